import { useApolloClient, useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { StaleVersionNotice } from '../../../components/StaleVersionNotice';
import { PeerGroupWorkDocument, UpdatePeerLogEntryDocument, type PeerGroupWorkQuery } from '../../../gql/graphql';
import { describeError, type Message } from '../../../lib/errors';
import { translateFieldErrors } from '../../../lib/formErrors';
import { notify } from '../../../lib/notify';
import { useStaleVersion } from '../../../lib/useStaleVersion';

type Entry = PeerGroupWorkQuery['peerGroupWork']['meetings'][number]['log'][number];
type LogValues = { discussed: string; agreed: string };

const logValues = (entry: Entry): LogValues => ({ discussed: entry.discussed, agreed: entry.agreed });

/** Edits the viewer's own log entry, with the same stale-version handling as every edit form. */
export function EditLogEntryModal({ groupId, entry, onClose }: { groupId: string; entry: Entry; onClose: () => void }) {
  const { t } = useTranslation('peerGroupWork');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const [update, { loading }] = useMutation(UpdatePeerLogEntryDocument, { refetchQueries: ['PeerGroupWork'] });
  const [problem, setProblem] = useState<Message | null>(null);
  const stale = useStaleVersion(entry.version, async () => {
    const { data } = await client.query({
      query: PeerGroupWorkDocument,
      variables: { groupId },
      fetchPolicy: 'network-only',
    });
    return data?.peerGroupWork.meetings.flatMap((m) => m.log).find((e) => e.id === entry.id) ?? null;
  });
  const form = useForm<LogValues>({
    mode: 'controlled',
    initialValues: logValues(entry),
    validate: (values) => (values.discussed.trim() || values.agreed.trim() ? {} : { discussed: t('logRequired') }),
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await update({ variables: { entryId: entry.id, expectedVersion: stale.expectedVersion, input: values } });
      notify('success', t('logUpdated'));
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

  return (
    <FormModal
      title={t('editLog')}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      notice={
        stale.stale && (
          <StaleVersionNotice
            mine={form.values}
            current={stale.current && logValues(stale.current)}
            reloading={stale.reloading}
            labels={{ discussed: t('discussed'), agreed: t('agreed') }}
            onTakeCurrent={() => stale.current && form.setValues(logValues(stale.current))}
          />
        )
      }
      cancelLabel={t('close')}
      submitLabel={t('save')}
      submitting={loading}
    >
      <Textarea
        label={t('discussed')}
        maxLength={5000}
        autosize
        minRows={3}
        data-autofocus
        {...form.getInputProps('discussed')}
      />
      <Textarea label={t('agreed')} maxLength={5000} autosize minRows={2} {...form.getInputProps('agreed')} />
    </FormModal>
  );
}
