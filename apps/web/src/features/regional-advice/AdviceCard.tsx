import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconMessageReply } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdviceAnswerStatus, RegionalAdviceFieldsFragment } from '../../gql/graphql';
import { useDateFormat } from '../picture/PictureParts';

// White text on shades darker than Mantine's 9 (orange.9 and green.9 fall below 4.5:1): all above 6:1.
const STATUS_COLOURS: Record<AdviceAnswerStatus | 'NONE', string> = {
  NONE: '#3b4148',
  NOT_STARTED: '#9a3412',
  PLANNED: '#174a8c',
  UNDER_WAY: '#3b3f99',
  ANSWERED: '#1e6630',
};

const titles = (items: { title: string }[]) => items.map((i) => i.title).join('; ');

interface Props {
  advice: RegionalAdviceFieldsFragment;
  /** Headings one level below the list's; the printable report passes its own. */
  headingOrder?: 3 | 4;
  onAnswer?: (advice: RegionalAdviceFieldsFragment) => void;
}

/** One piece of regional advice with the programme's current answer and its answer over time. */
export function AdviceCard({ advice, headingOrder = 3, onAnswer }: Props) {
  const { t } = useTranslation('regionalAdvice');
  const formatDate = useDateFormat();
  const status = advice.answer?.status ?? 'NONE';
  const linked = advice.answer ? [...advice.answer.activities, ...advice.answer.tracks] : [];
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`advice-${advice.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={headingOrder} size="h5" id={`advice-${advice.id}`}>
            {advice.position + 1}. {advice.title}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color="gray">
              {t(`priority.${advice.priority}`)}
            </Badge>
            <Badge color={STATUS_COLOURS[status]}>{t(`status.${status}`)}</Badge>
          </Group>
        </Group>
        {advice.themes.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('themes', { themes: titles(advice.themes) })}
          </Text>
        )}
        <Text style={{ whiteSpace: 'pre-wrap' }}>{advice.body}</Text>
        {advice.answer && (
          <Stack gap={4}>
            <Text fw={500}>{t('answer')}</Text>
            <Text size="sm">{advice.answer.explanation}</Text>
            {linked.length > 0 && <Text size="sm">{t('linked', { items: titles(linked) })}</Text>}
          </Stack>
        )}
        {advice.answerHistory.length > 0 && (
          <Stack gap={4}>
            <Text fw={500} size="sm">
              {t('history')}
            </Text>
            <List size="sm" spacing={2}>
              {advice.answerHistory.map((e) => (
                <List.Item key={e.version}>
                  {t('historyEntry', { date: formatDate(e.at), status: t(`status.${e.status}`) })}
                  {e.byName ? ` ${t('by', { name: e.byName })}` : ''}. {e.explanation}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {onAnswer && advice.viewerCan.answer && (
          <Group justify="flex-end">
            <Button
              variant="light"
              leftSection={<IconMessageReply size={16} aria-hidden />}
              onClick={() => onAnswer(advice)}
              aria-describedby={`advice-${advice.id}`}
            >
              {advice.answer ? t('change') : t('give')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
