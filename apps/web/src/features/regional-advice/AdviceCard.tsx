import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconMessageReply } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdviceAnswerStatus, RegionalAdviceFieldsFragment } from '../../gql/graphql';
import { useDateFormat } from '../picture/PictureParts';
import { AppBadge } from '../../components/AppBadge';
import type { BadgeTone } from '../../components/badgeStyles';

const STATUS_TONES: Record<AdviceAnswerStatus | 'NONE', BadgeTone> = {
  NONE: 'neutral',
  NOT_STARTED: 'warning',
  PLANNED: 'info',
  UNDER_WAY: 'progress',
  ANSWERED: 'success',
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
            <AppBadge variant="light" tone="neutral">
              {t(`priority.${advice.priority}`)}
            </AppBadge>
            <AppBadge tone={STATUS_TONES[status]} variant="filled">
              {t(`status.${status}`)}
            </AppBadge>
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
