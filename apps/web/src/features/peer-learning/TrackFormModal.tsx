import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Checkbox,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { QueryError } from '../../components/PageState';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import {
  CreatePeerTrackDocument,
  PeerTrackDocument,
  PeerTrackFormOptionsDocument,
  UpdatePeerTrackDocument,
  type PeerTrackFieldsFragment,
} from '../../gql/graphql';
import { describeError, toApiProblem, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useStaleVersion } from '../../lib/useStaleVersion';
import { TrackGoalsField } from './TrackGoalsField';
import { toTrackInput, trackFormValues, validateTrackForm, type TrackFormValues } from './trackForm';
import { DateField, TimeField } from '../../components/DateFields';

interface Props {
  /** null: a new track. */
  track: PeerTrackFieldsFragment | null;
  onClose: () => void;
  onSaved: (track: PeerTrackFieldsFragment) => void;
}

/** The API's field reasons this form words its own way. */
const FIELD_REASONS: Partial<Record<string, ParseKeys<'peerLearning'>>> = {
  OUTSIDE_PROGRAMME_PERIOD: 'validation.outsideProgramme',
  UNKNOWN_THEME: 'validation.unknownTheme',
};

/** The API names the enrolment window's fields by instant; the form by their date inputs. */
const FORM_FIELDS: Record<string, string> = {
  enrolmentOpensAt: 'opensDate',
  enrolmentClosesAt: 'closesDate',
  evaluationClosesAt: 'evaluationDate',
};

export function TrackFormModal({ track, onClose, onSaved }: Props) {
  const { t } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  const isNew = track === null;
  const client = useApolloClient();
  const options = useQuery(PeerTrackFormOptionsDocument);
  const programmes = options.data?.programmes ?? [];
  const themes = options.data?.themes.items ?? [];
  const [createTrack, created] = useMutation(CreatePeerTrackDocument, { refetchQueries: ['PeerTracks'] });
  const [updateTrack, updated] = useMutation(UpdatePeerTrackDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const stale = useStaleVersion(track?.version ?? 0, async () =>
    track
      ? ((await client.query({ query: PeerTrackDocument, variables: { id: track.id }, fetchPolicy: 'network-only' }))
          .data?.peerTrack ?? null)
      : null,
  );
  const defaultProgramme = programmes.find((p) => p.status === 'ACTIVE')?.id ?? programmes[0]?.id ?? null;

  const form = useForm<TrackFormValues>({
    mode: 'controlled',
    initialValues: trackFormValues(track, null),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateTrackForm(values)).map(([field, p]) => [field, p && t(p.key, p.values)]),
      ),
  });
  useRevalidateOnLanguageChange(form);
  if (isNew && form.values.programmeId === null && defaultProgramme) {
    form.setFieldValue('programmeId', defaultProgramme);
  }

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const input = toTrackInput(values);
    try {
      const saved = isNew
        ? (await createTrack({ variables: { input } })).data?.createPeerTrack
        : (await updateTrack({ variables: { id: track.id, input, expectedVersion: stale.expectedVersion } })).data
            ?.updatePeerTrack;
      notify('success', t(isNew ? 'form.created' : 'form.updated', { title: input.title }));
      if (saved) {
        onSaved(saved);
      }
      onClose();
    } catch (error) {
      if (stale.handle(error)) {
        return;
      }
      const { message, fieldErrors } = describeError(error);
      const translated = translateFieldErrors(fieldErrors, tc);
      const errors: Record<string, string> = {};
      for (const [field, text] of Object.entries(translated)) {
        errors[FORM_FIELDS[field] ?? field] = text;
      }
      for (const { field, reason } of toApiProblem(error).fields) {
        const key = FIELD_REASONS[reason];
        const name = field.split('.').pop() ?? field;
        if (key) {
          errors[FORM_FIELDS[name] ?? name] = t(key);
        }
      }
      form.setErrors(errors);
      setProblem(Object.keys(errors).length > 0 ? null : message);
    }
  });

  const themeTitle = (id: string) => themes.find((theme) => theme.id === id)?.title ?? id;
  const linked = new Set(track?.themes.map((theme) => theme.id) ?? []);

  return (
    <FormModal
      title={t(isNew ? 'form.createTitle' : 'form.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      notice={
        stale.stale && (
          <StaleVersionNotice
            mine={form.values}
            current={stale.current && trackFormValues(stale.current, null)}
            reloading={stale.reloading}
            labels={{
              title: t('form.title'),
              themeIds: t('form.themes'),
              description: t('form.description'),
              goals: t('form.goals'),
              startsOn: t('form.startsOn'),
              endsOn: t('form.endsOn'),
              opensDate: t('form.opensDate'),
              opensTime: t('form.opensDate'),
              closesDate: t('form.closesDate'),
              closesTime: t('form.closesDate'),
              evaluationDate: t('form.evaluationDate'),
              groupForm: t('form.groupForm'),
              multipleGroupsAllowed: t('form.multipleGroups'),
            }}
            show={{
              themeIds: (ids) => ids.map(themeTitle).join(', '),
              goals: (goals) => goals.map((goal, i) => `${i + 1}. ${goal}`).join('\n'),
              groupForm: (value) => t(`groupForm.${value}`),
              multipleGroupsAllowed: (value) => t(value ? 'detail.yes' : 'detail.no'),
            }}
            onTakeCurrent={() => stale.current && form.setValues(trackFormValues(stale.current, null))}
          />
        )
      }
      cancelLabel={t('form.cancel')}
      submitLabel={t(isNew ? 'form.saveCreate' : 'form.saveEdit')}
      submitting={created.loading || updated.loading}
      size="xl"
    >
      {options.error && <QueryError error={options.error} onRetry={() => void options.refetch()} />}
      <Select
        label={t('form.programme')}
        required
        data={programmes.map((p) => ({ value: p.id, label: `${p.name} (${p.startYear}–${p.endYear})` }))}
        allowDeselect={false}
        disabled={!isNew}
        {...form.getInputProps('programmeId')}
      />
      <MultiSelect
        label={t('form.themes')}
        placeholder={t('form.themesPlaceholder')}
        required
        data={themes.map((theme) => ({
          value: theme.id,
          label: theme.title,
          disabled: !theme.active && !linked.has(theme.id),
        }))}
        searchable
        hidePickedOptions
        {...form.getInputProps('themeIds')}
      />
      <TextInput label={t('form.title')} required data-autofocus autoComplete="off" {...form.getInputProps('title')} />
      <Textarea label={t('form.description')} autosize minRows={3} maxRows={8} {...form.getInputProps('description')} />
      <TrackGoalsField form={form} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('form.startsOn')} required {...form.getInputProps('startsOn')} />
        <DateField label={t('form.endsOn')} required {...form.getInputProps('endsOn')} />
      </SimpleGrid>
      <Stack gap={4}>
        <Group grow align="flex-start">
          <DateField label={t('form.opensDate')} required {...form.getInputProps('opensDate')} />
          <TimeField label={t('form.opensTime')} required {...form.getInputProps('opensTime')} />
          <DateField label={t('form.closesDate')} required {...form.getInputProps('closesDate')} />
          <TimeField label={t('form.closesTime')} required {...form.getInputProps('closesTime')} />
        </Group>
        <Group grow align="flex-start">
          <DateField label={t('form.evaluationDate')} {...form.getInputProps('evaluationDate')} />
          <TimeField label={t('form.evaluationTime')} {...form.getInputProps('evaluationTime')} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('form.timeZone')}
        </Text>
      </Stack>
      <Radio.Group label={t('form.groupForm')} required {...form.getInputProps('groupForm')}>
        <Stack gap="xs" mt={4}>
          <Radio value="PAIRS" label={t('groupForm.PAIRS')} />
          <Radio value="PAIRS_OR_TRIOS" label={t('groupForm.PAIRS_OR_TRIOS')} />
        </Stack>
      </Radio.Group>
      <Checkbox
        label={t('form.multipleGroups')}
        {...form.getInputProps('multipleGroupsAllowed', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
