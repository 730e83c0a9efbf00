import { useApolloClient, useMutation } from '@apollo/client/react';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { StaleVersionNotice } from '../../../components/StaleVersionNotice';
import {
  PeerGroupWorkDocument,
  UpdatePeerMeetingDocument,
  type PeerGroupWorkQuery,
  type PeerMeetingKind,
} from '../../../gql/graphql';
import { describeError, type Message } from '../../../lib/errors';
import { translateFieldErrors } from '../../../lib/formErrors';
import { notify } from '../../../lib/notify';
import { useStaleVersion } from '../../../lib/useStaleVersion';
import { meetingFormValues, toMeetingInput, type MeetingFormValues } from './meetingForm';
import { DateTimeField } from '../../../components/DateFields';

type Work = PeerGroupWorkQuery['peerGroupWork'];
type Meeting = Work['meetings'][number];

const KINDS: readonly PeerMeetingKind[] = ['SITE_VISIT', 'INTERVISIE', 'OTHER'];

/**
 * Edits a planned meeting (members who may plan, and staff). A save refused because someone else
 * changed the meeting first keeps the input and shows the stored version beside it.
 */
export function EditMeetingModal({ work, meeting, onClose }: { work: Work; meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation('peerGroupWork');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const [update, { loading }] = useMutation(UpdatePeerMeetingDocument, { refetchQueries: ['PeerGroupWork'] });
  const [problem, setProblem] = useState<Message | null>(null);
  const stale = useStaleVersion(meeting.version, async () => {
    const { data } = await client.query({
      query: PeerGroupWorkDocument,
      variables: { groupId: work.groupId },
      fetchPolicy: 'network-only',
    });
    return data?.peerGroupWork.meetings.find((m) => m.id === meeting.id) ?? null;
  });
  const form = useForm<MeetingFormValues>({
    mode: 'controlled',
    initialValues: meetingFormValues(meeting),
    validate: {
      startsAt: (value) => (value ? null : tc('errors.field.REQUIRED')),
      endsAt: (value) => (value ? null : tc('errors.field.REQUIRED')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await update({
        variables: { meetingId: meeting.id, expectedVersion: stale.expectedVersion, input: toMeetingInput(values) },
      });
      notify('success', t('meetingUpdated'));
      onClose();
    } catch (error) {
      if (stale.handle(error)) {
        return;
      }
      const { message, fieldErrors } = describeError(error);
      const errors = translateFieldErrors(fieldErrors, tc);
      form.setErrors(errors);
      setProblem(Object.keys(errors).length > 0 ? null : message);
    }
  });

  const hostName = (id: string) => work.members.find((m) => m.municipalityId === id)?.name ?? t('noHost');
  return (
    <FormModal
      title={t('editMeeting')}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      notice={
        stale.stale && (
          <StaleVersionNotice
            mine={form.values}
            current={stale.current && meetingFormValues(stale.current)}
            reloading={stale.reloading}
            labels={{
              kind: t('kindLabel'),
              startsAt: t('startsAt'),
              endsAt: t('endsAt'),
              location: t('location'),
              onlineUrl: t('onlineUrl'),
              hostMunicipalityId: t('hostLabel'),
            }}
            show={{ kind: (kind) => t(`kind.${kind}`), hostMunicipalityId: hostName }}
            onTakeCurrent={() => stale.current && form.setValues(meetingFormValues(stale.current))}
          />
        )
      }
      cancelLabel={t('close')}
      submitLabel={t('save')}
      submitting={loading}
    >
      <NativeSelect
        label={t('kindLabel')}
        data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        data-autofocus
        {...form.getInputProps('kind')}
      />
      <Group grow align="flex-start">
        <DateTimeField label={t('startsAt')} required {...form.getInputProps('startsAt')} />
        <DateTimeField label={t('endsAt')} required {...form.getInputProps('endsAt')} />
      </Group>
      <TextInput label={t('location')} maxLength={500} {...form.getInputProps('location')} />
      <TextInput label={t('onlineUrl')} type="url" {...form.getInputProps('onlineUrl')} />
      <NativeSelect
        label={t('hostLabel')}
        data={[
          { value: '', label: t('noHost') },
          ...work.members.map((m) => ({ value: m.municipalityId, label: m.name })),
        ]}
        {...form.getInputProps('hostMunicipalityId')}
      />
    </FormModal>
  );
}
