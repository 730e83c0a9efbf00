import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { modals } from '@mantine/modals';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AdviceThemesDocument, type AdvicePriority } from '../../gql/graphql';

/** The API's bounds (regional-advice.types.ts). */
export const ADVICE_MAX = 8;
export const ADVICE_TITLE_MAX = 200;
export const ADVICE_BODY_MAX = 4000;
const PRIORITIES: AdvicePriority[] = ['HIGH', 'MEDIUM', 'LOW'];

export interface AdviceDraftValue {
  key: string;
  title: string;
  body: string;
  priority: AdvicePriority;
  themeIds: string[];
}

/** The publish form's values (PublishPicturePage). */
export interface PublishFormValues {
  note: string;
  advice: AdviceDraftValue[];
}

/** Validation rules for the publish form's `advice` list, in the form's own language. */
export function useAdviceDraftRules() {
  const { t } = useTranslation('regionalAdvice');
  return {
    title: (value: string) =>
      !value.trim()
        ? t('draft.required')
        : value.trim().length > ADVICE_TITLE_MAX
          ? t('form.tooLong', { max: ADVICE_TITLE_MAX })
          : null,
    body: (value: string) =>
      !value.trim()
        ? t('draft.required')
        : value.trim().length > ADVICE_BODY_MAX
          ? t('form.tooLong', { max: ADVICE_BODY_MAX })
          : null,
  };
}

/** The analyst drafts the regional advice in the publish flow; it is published with the snapshot. */
export function AdviceDraft({ form }: { form: UseFormReturnType<PublishFormValues> }) {
  const { t } = useTranslation('regionalAdvice');
  const { t: tc } = useTranslation();
  const themes = useQuery(AdviceThemesDocument);
  const items = form.getValues().advice;
  const themeOptions = (themes.data?.themes.items ?? []).map((th) => ({ value: th.id, label: th.title }));

  const add = () =>
    form.insertListItem('advice', {
      key: crypto.randomUUID(),
      title: '',
      body: '',
      priority: 'MEDIUM',
      themeIds: [],
    } satisfies AdviceDraftValue);

  const remove = (index: number) =>
    modals.openConfirmModal({
      title: t('draft.removeTitle'),
      children: <Text size="sm">{t('draft.removeBody')}</Text>,
      labels: { confirm: t('draft.removeConfirm'), cancel: t('draft.cancel') },
      confirmProps: { color: 'red.9' },
      closeButtonProps: { 'aria-label': tc('common.close') },
      onConfirm: () => form.removeListItem('advice', index),
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="advice-draft-title">
      <Title order={2} size="h4" id="advice-draft-title">
        {t('draft.title')}
      </Title>
      <Text size="sm">{t('draft.intro')}</Text>
      {items.length === 0 && <Text size="sm">{t('draft.none')}</Text>}
      {items.map((item, index) => (
        <Card key={item.key} withBorder padding="md">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={500}>{t('draft.item', { n: index + 1 })}</Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`${t('draft.remove')} ${index + 1}`}
                onClick={() => remove(index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
            <TextInput label={t('draft.adviceTitle')} required {...form.getInputProps(`advice.${index}.title`)} />
            <Textarea
              label={t('draft.body')}
              required
              autosize
              minRows={2}
              {...form.getInputProps(`advice.${index}.body`)}
            />
            <Group grow align="flex-start">
              <Select
                label={t('draft.priority')}
                data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
                allowDeselect={false}
                {...form.getInputProps(`advice.${index}.priority`)}
              />
              <MultiSelect
                label={t('draft.themes')}
                data={themeOptions}
                searchable
                disabled={themes.loading}
                {...form.getInputProps(`advice.${index}.themeIds`)}
              />
            </Group>
          </Stack>
        </Card>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={add}
          disabled={items.length >= ADVICE_MAX}
        >
          {t('draft.add')}
        </Button>
        {items.length >= ADVICE_MAX && <Text size="sm">{t('draft.max', { max: ADVICE_MAX })}</Text>}
      </Group>
    </Stack>
  );
}
