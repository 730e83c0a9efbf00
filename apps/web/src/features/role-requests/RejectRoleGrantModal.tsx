import { useMutation } from '@apollo/client/react';
import { Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { RejectRoleGrantDocument, type RoleGrantFieldsFragment } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { notify } from '../../lib/notify';

/** Matches the API's limit on a decision note. */
const NOTE_MAX_LENGTH = 500;

interface Props {
  grant: RoleGrantFieldsFragment;
  onClose: () => void;
}

/** Rejecting asks for confirmation and takes an optional note for the requester and the account. */
export function RejectRoleGrantModal({ grant, onClose }: Props) {
  const { t } = useTranslation('roleRequests');
  const { t: tc } = useTranslation();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Message | null>(null);
  const [reject, { loading }] = useMutation(RejectRoleGrantDocument);
  const values = { name: grant.user.name, role: tc(`roles.${grant.requestedRole}`) };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    reject({ variables: { id: grant.id, note: note.trim() || null } })
      .then(() => {
        notify('success', t('rejected', values));
        onClose();
      })
      .catch((error: unknown) => setProblem(describeError(error).message));
  };

  return (
    <FormModal
      title={t('rejectTitle', values)}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      cancelLabel={t('cancel')}
      submitLabel={t('reject')}
      submitting={loading}
    >
      <Text size="sm">{t('rejectBody', values)}</Text>
      <Textarea
        label={t('note')}
        description={t('noteHint')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        maxLength={NOTE_MAX_LENGTH}
        autosize
        minRows={2}
        data-autofocus
      />
    </FormModal>
  );
}
