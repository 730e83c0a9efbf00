import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { moveGoal, TRACK_GOALS_MAX, type TrackFormValues } from './trackForm';

/** The track's learning goals as an ordered list: edit, add, remove and move each by buttons (keyboard friendly). */
export function TrackGoalsField({ form }: { form: UseFormReturnType<TrackFormValues> }) {
  const { t } = useTranslation('peerLearning');
  const goals = form.values.goals;
  const listError = form.errors.goals;
  return (
    <Input.Wrapper
      label={t('form.goals')}
      description={t('form.goalsHint', { max: TRACK_GOALS_MAX })}
      error={listError}
      required
    >
      <Stack gap="xs" mt={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {goals.map((_, i) => {
          const n = i + 1;
          return (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap" component="li">
              <TextInput
                aria-label={t('form.goal', { n })}
                placeholder={t('form.goal', { n })}
                style={{ flex: 1 }}
                autoComplete="off"
                {...form.getInputProps(`goals.${i}`)}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('form.moveUp', { n })}
                disabled={i === 0}
                onClick={() => form.setFieldValue('goals', moveGoal(goals, i, -1))}
              >
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('form.moveDown', { n })}
                disabled={i === goals.length - 1}
                onClick={() => form.setFieldValue('goals', moveGoal(goals, i, 1))}
              >
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="lg"
                color="red.9"
                aria-label={t('form.removeGoal', { n })}
                disabled={goals.length === 1}
                onClick={() => form.removeListItem('goals', i)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
      <Button
        variant="default"
        size="xs"
        mt="xs"
        leftSection={<IconPlus size={14} aria-hidden />}
        disabled={goals.length >= TRACK_GOALS_MAX}
        onClick={() => form.insertListItem('goals', '')}
      >
        {t('form.addGoal')}
      </Button>
    </Input.Wrapper>
  );
}
