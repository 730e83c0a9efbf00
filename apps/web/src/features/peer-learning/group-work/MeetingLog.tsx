import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddPeerLogEntryDocument, type PeerGroupWorkQuery } from '../../../gql/graphql';
import { describeError } from '../../../lib/errors';
import { notify } from '../../../lib/notify';
import { EditLogEntryModal } from './EditLogEntryModal';

type Meeting = PeerGroupWorkQuery['peerGroupWork']['meetings'][number];

/** A meeting's shared log: what was discussed and agreed, by whom; members append to it. */
export function MeetingLog({ groupId, meeting, canWrite }: { groupId: string; meeting: Meeting; canWrite: boolean }) {
  const { t } = useTranslation('peerGroupWork');
  const { t: tc } = useTranslation();
  const [discussed, setDiscussed] = useState('');
  const [agreed, setAgreed] = useState('');
  const [add, { loading }] = useMutation(AddPeerLogEntryDocument, { refetchQueries: ['PeerGroupWork'] });
  const [editing, setEditing] = useState<string | null>(null);
  const editedEntry = meeting.log.find((entry) => entry.id === editing);

  const submit = async () => {
    try {
      await add({ variables: { meetingId: meeting.id, input: { discussed, agreed } } });
      setDiscussed('');
      setAgreed('');
      notify('success', t('logAdded'));
    } catch (problem) {
      const { message } = describeError(problem);
      notify('error', tc(message.key, message.values));
    }
  };

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('log')}</Text>
      <Text size="sm" c="dimmed">
        {t('logHint')}
      </Text>
      {meeting.log.length === 0 && <Text size="sm">{t('noLog')}</Text>}
      {meeting.log.map((entry) => (
        <Stack key={entry.id} gap={2}>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('by', { name: entry.authorName, municipality: entry.authorMunicipalityName })}
            </Text>
            {entry.viewerCanEdit && (
              <Button
                variant="subtle"
                size="compact-xs"
                aria-label={t('editLogOf', { name: entry.authorName })}
                onClick={() => setEditing(entry.id)}
              >
                {t('edit')}
              </Button>
            )}
          </Group>
          {entry.discussed && (
            <Text size="sm">
              <strong>{t('discussed')}:</strong> {entry.discussed}
            </Text>
          )}
          {entry.agreed && (
            <Text size="sm">
              <strong>{t('agreed')}:</strong> {entry.agreed}
            </Text>
          )}
        </Stack>
      ))}
      {canWrite && meeting.status !== 'CANCELLED' && (
        <Stack gap="xs">
          <Textarea
            label={t('discussed')}
            value={discussed}
            maxLength={5000}
            onChange={(e) => setDiscussed(e.currentTarget.value)}
          />
          <Textarea
            label={t('agreed')}
            value={agreed}
            maxLength={5000}
            onChange={(e) => setAgreed(e.currentTarget.value)}
          />
          <Button
            onClick={() => void submit()}
            loading={loading}
            disabled={!discussed.trim() && !agreed.trim()}
            w="fit-content"
          >
            {t('addLog')}
          </Button>
        </Stack>
      )}
      {editedEntry && <EditLogEntryModal groupId={groupId} entry={editedEntry} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
