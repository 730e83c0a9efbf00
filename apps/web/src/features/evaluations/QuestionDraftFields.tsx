import { ActionIcon, Card, Group, NativeSelect, Stack, Switch, Text, TextInput } from '@mantine/core';
import { AppBadge } from '../../components/AppBadge';
import {
  EVALUATION_QUESTION_TEXT_MAX,
  EVALUATION_SCALE_LABEL_MAX,
  EVALUATION_SCALE_MAX_POINTS,
  EVALUATION_SCALE_MIN_POINTS,
} from '@rode-draad/shared';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EvaluationQuestionKind } from '../../gql/graphql';
import type { QuestionDraft } from './questionDraft';

interface Props {
  draft: QuestionDraft;
  number: number;
  count: number;
  textError: boolean;
  onChange: (draft: QuestionDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

const POINTS = Array.from({ length: EVALUATION_SCALE_MAX_POINTS - EVALUATION_SCALE_MIN_POINTS + 1 }, (_, i) =>
  String(i + EVALUATION_SCALE_MIN_POINTS),
);

/** One question in the set editor: kind, wording, scale and labels, required; move and remove. */
export function QuestionDraftFields({ draft, number, count, textError, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation('evaluations');
  const set = (patch: Partial<QuestionDraft>) => onChange({ ...draft, ...patch });
  return (
    <Card withBorder padding="sm" component="fieldset" m={0} aria-label={t('set.question', { number })}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={700} size="sm" aria-hidden>
              {t('set.question', { number })}
            </Text>
            {draft.answered && (
              <AppBadge tone="neutral" tt="none" fw={500}>
                {t('set.answered')}
              </AppBadge>
            )}
          </Group>
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              color="gray.8"
              aria-label={t('set.moveUp', { number })}
              disabled={number === 1}
              onClick={() => onMove(-1)}
            >
              <IconArrowUp size={18} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray.8"
              aria-label={t('set.moveDown', { number })}
              disabled={number === count}
              onClick={() => onMove(1)}
            >
              <IconArrowDown size={18} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={t('set.remove', { number })}
              disabled={count === 1}
              onClick={onRemove}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('set.kind')}
            value={draft.kind}
            onChange={(event) => set({ kind: event.currentTarget.value as EvaluationQuestionKind })}
            data={(['SCALE', 'OPEN'] as const).map((kind) => ({ value: kind, label: t(`set.kinds.${kind}`) }))}
          />
          {draft.kind === 'SCALE' && (
            <NativeSelect
              label={t('set.scaleMax')}
              value={String(draft.scaleMax)}
              onChange={(event) => set({ scaleMax: Number(event.currentTarget.value) })}
              data={POINTS}
            />
          )}
        </Group>
        <TextInput
          label={t('set.text')}
          value={draft.text}
          onChange={(event) => set({ text: event.currentTarget.value })}
          maxLength={EVALUATION_QUESTION_TEXT_MAX}
          required
          error={textError ? t('set.textRequired') : undefined}
        />
        {draft.kind === 'SCALE' && (
          <Group grow>
            <TextInput
              label={t('set.lowLabel')}
              value={draft.lowLabel}
              onChange={(event) => set({ lowLabel: event.currentTarget.value })}
              maxLength={EVALUATION_SCALE_LABEL_MAX}
            />
            <TextInput
              label={t('set.highLabel')}
              value={draft.highLabel}
              onChange={(event) => set({ highLabel: event.currentTarget.value })}
              maxLength={EVALUATION_SCALE_LABEL_MAX}
            />
          </Group>
        )}
        <Switch
          label={t('set.requiredSwitch')}
          checked={draft.required}
          onChange={(event) => set({ required: event.currentTarget.checked })}
        />
      </Stack>
    </Card>
  );
}
