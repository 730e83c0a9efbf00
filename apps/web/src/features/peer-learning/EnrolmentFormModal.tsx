import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Checkbox, Input, MultiSelect, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { QueryError } from '../../components/PageState';
import {
  EnrolInPeerTrackDocument,
  PeerEnrolmentOptionsDocument,
  UpdatePeerEnrolmentDocument,
  type PeerEnrolmentFieldsFragment,
  type PeerTrackFieldsFragment,
} from '../../gql/graphql';
import { describeError, isStaleVersion, toApiProblem, type Message } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useViewer } from '../auth/useViewer';
import {
  enrolmentFormValues,
  LEVELS,
  toEnrolmentInput,
  trackMonths,
  validateEnrolmentForm,
  type EnrolmentFormValues,
} from './enrolmentForm';
import { formatMonth } from './labels';

interface Props {
  track: PeerTrackFieldsFragment;
  /** The own enrolment to change; null (or a withdrawn one) enrols anew. */
  enrolment: PeerEnrolmentFieldsFragment | null;
  onClose: () => void;
  /** A save was refused because the enrolment changed elsewhere: the page reloads it. */
  onStale: () => void;
}

/** The API's field reasons (paths like contactUserIds.0) that belong to one of this form's fields. */
const FIELD_REASONS: Record<string, { field: string; key: ParseKeys<'peerLearning'> }> = {
  NOT_A_COLLEAGUE: { field: 'contactUserIds', key: 'enrolment.validation.notAColleague' },
  INVALID_MONTH: { field: 'availableMonths', key: 'enrolment.validation.invalidMonth' },
};

export function EnrolmentFormModal({ track, enrolment, onClose, onStale }: Props) {
  const { t, i18n } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  const viewer = useViewer();
  const municipalityId = viewer.municipality?.id ?? '';
  const active = enrolment && !enrolment.withdrawnAt ? enrolment : null;
  const options = useQuery(PeerEnrolmentOptionsDocument);
  const refetchQueries = ['PeerEnrolments', 'PeerTrack'];
  const [enrol, enrolling] = useMutation(EnrolInPeerTrackDocument, { refetchQueries });
  const [update, updating] = useMutation(UpdatePeerEnrolmentDocument, { refetchQueries });
  const [problem, setProblem] = useState<Message | null>(null);
  const goals = [...track.goals].sort((a, b) => a.position - b.position);
  const months = trackMonths(track.startsOn, track.endsOn);

  const form = useForm<EnrolmentFormValues>({
    mode: 'controlled',
    initialValues: enrolmentFormValues(track, enrolment, viewer.id),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateEnrolmentForm(values)).map(([field, p]) => [field, p && t(p.key, p.values)]),
      ),
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const input = toEnrolmentInput(values);
    try {
      if (active) {
        await update({ variables: { id: active.id, input, expectedVersion: active.version } });
      } else {
        await enrol({ variables: { trackId: track.id, municipalityId, input } });
      }
      notify('success', t('enrolment.saved'));
      onClose();
    } catch (error) {
      if (isStaleVersion(error)) {
        onStale();
        setProblem({ key: 'errors.reason.STALE_VERSION' });
        return;
      }
      const errors: Record<string, string> = {};
      for (const { reason } of toApiProblem(error).fields) {
        const known = FIELD_REASONS[reason];
        if (known) {
          errors[known.field] = t(known.key);
        }
      }
      form.setErrors(errors);
      setProblem(Object.keys(errors).length > 0 ? null : describeError(error).message);
    }
  });

  const colleagues = options.data?.colleagues ?? [];
  // Contacts already chosen stay selectable by name even if they left the colleague list.
  const contactOptions = [
    ...colleagues.map((c) => ({ value: c.id, label: c.name })),
    ...(active?.contacts ?? [])
      .filter((c) => !colleagues.some((col) => col.id === c.userId))
      .map((c) => ({ value: c.userId, label: c.name })),
  ];
  const others = (options.data?.municipalities ?? [])
    .filter((m) => m.id !== municipalityId)
    .map((m) => ({ value: m.id, label: m.name }));

  return (
    <FormModal
      title={active ? t('enrolment.formEditTitle') : t('enrolment.formTitle', { track: track.title })}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      cancelLabel={t('enrolment.cancel')}
      submitLabel={t('enrolment.save')}
      submitting={enrolling.loading || updating.loading}
      size="xl"
    >
      {options.error && <QueryError error={options.error} onRetry={() => void options.refetch()} />}
      <Alert variant="light" color="blue">
        {t('enrolment.sensitive')}
      </Alert>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={600} size="sm">
          {t('enrolment.declarationsLegend')}
        </Text>
        <Text size="xs" c="dimmed" mb="xs">
          {t('enrolment.declarationsHint')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('detail.goals')}</Table.Th>
                <Table.Th>{t('enrolment.need')}</Table.Th>
                <Table.Th>{t('enrolment.share')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {goals.map((goal, i) => (
                <Table.Tr key={goal.id}>
                  <Table.Th scope="row" fw={500}>
                    {goal.title}
                  </Table.Th>
                  {(['need', 'share'] as const).map((kind) => (
                    <Table.Td key={kind}>
                      <SegmentedControl
                        aria-label={t(kind === 'need' ? 'enrolment.needOf' : 'enrolment.shareOf', {
                          goal: goal.title,
                        })}
                        size="xs"
                        data={LEVELS.map((value) => ({ value, label: t(`enrolment.level.${value}`) }))}
                        {...form.getInputProps(`declarations.${i}.${kind}`)}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {form.errors.declarations && (
          <Text c="red.9" size="sm" role="alert">
            {form.errors.declarations}
          </Text>
        )}
      </fieldset>
      <Checkbox.Group
        label={t('enrolment.months')}
        description={t('enrolment.monthsHint')}
        required
        {...form.getInputProps('availableMonths')}
      >
        <SimpleGrid cols={{ base: 3, sm: 6 }} mt="xs">
          {months.map((month) => (
            <Checkbox key={month} value={month} label={formatMonth(month, i18n.language)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <MultiSelect
        label={t('enrolment.contacts')}
        description={t('enrolment.contactsHint')}
        required
        data={contactOptions}
        searchable
        hidePickedOptions
        {...form.getInputProps('contactUserIds')}
      />
      <Input.Wrapper description={t('enrolment.preferencesHint')}>
        <Stack gap="sm">
          <MultiSelect
            label={t('enrolment.prefer')}
            data={others}
            searchable
            hidePickedOptions
            {...form.getInputProps('prefer')}
          />
          <MultiSelect
            label={t('enrolment.avoid')}
            data={others}
            searchable
            hidePickedOptions
            {...form.getInputProps('avoid')}
          />
        </Stack>
      </Input.Wrapper>
      <Checkbox
        label={t('enrolment.consent')}
        description={t('enrolment.consentHint')}
        {...form.getInputProps('consentShowGoals', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
