import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { RegisterColleagueDocument, SessionColleaguesDocument } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';

interface Props {
  session: { id: string; title: string; when: string } | null;
  onClose: () => void;
  onRegistered: () => Promise<unknown>;
}

/** Registers a colleague for a session from a recommendation's offer, with the sessions page's own mutation. */
export function RegisterColleagueModal({ session, onClose, onRegistered }: Props) {
  const { t } = useTranslation('learningLinks');
  const { t: tc } = useTranslation();
  const [colleagueId, setColleagueId] = useState<string | null>(null);
  const colleagues = useQuery(SessionColleaguesDocument, { skip: !session });
  const [register, { loading }] = useMutation(RegisterColleagueDocument);
  const options = (colleagues.data?.colleagues ?? []).map((person) => ({ value: person.id, label: person.name }));

  const close = () => {
    setColleagueId(null);
    onClose();
  };
  const submit = async () => {
    if (!session || !colleagueId) {
      return;
    }
    const name = options.find((o) => o.value === colleagueId)?.label ?? '';
    try {
      const { data } = await register({ variables: { sessionId: session.id, userId: colleagueId } });
      notify(
        data?.registerColleague.status === 'WAITLISTED' ? 'info' : 'success',
        t(data?.registerColleague.status === 'WAITLISTED' ? 'register.waitlisted' : 'register.done', { name }),
      );
      close();
      await onRegistered();
    } catch (error) {
      const { message } = describeError(error);
      notify('error', tc(message.key, message.values));
    }
  };

  return (
    <Modal
      opened={session !== null}
      onClose={close}
      title={t('register.title')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm">
        {session && (
          <Text size="sm">
            {session.title} · {session.when}
          </Text>
        )}
        {colleagues.error && <QueryError error={colleagues.error} onRetry={() => void colleagues.refetch()} />}
        <Select
          label={t('register.colleague')}
          data={options}
          searchable
          value={colleagueId}
          onChange={setColleagueId}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('register.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={loading} disabled={!colleagueId}>
            {t('register.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
