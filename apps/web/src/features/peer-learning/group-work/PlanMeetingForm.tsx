import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanPeerMeetingDocument, type PeerGroupWorkQuery, type PeerMeetingKind } from '../../../gql/graphql';
import { describeError } from '../../../lib/errors';
import { notify } from '../../../lib/notify';
import { DateTimeField } from '../../../components/DateFields';

type Work = PeerGroupWorkQuery['peerGroupWork'];

const KINDS: readonly PeerMeetingKind[] = ['SITE_VISIT', 'INTERVISIE', 'OTHER'];

/** Plans a meeting of the group: kind, time (local), place or online link, and the hosting member. */
export function PlanMeetingForm({ work }: { work: Work }) {
  const { t } = useTranslation('peerGroupWork');
  const { t: tc } = useTranslation();
  const [kind, setKind] = useState<PeerMeetingKind>('SITE_VISIT');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [location, setLocation] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [host, setHost] = useState('');
  const [plan, { loading }] = useMutation(PlanPeerMeetingDocument, { refetchQueries: ['PeerGroupWork'] });

  const submit = async () => {
    try {
      await plan({
        variables: {
          groupId: work.groupId,
          input: {
            kind,
            startsAt: new Date(startsAt).toISOString(),
            endsAt: new Date(endsAt).toISOString(),
            location,
            onlineUrl: onlineUrl.trim() || null,
            hostMunicipalityId: host || null,
          },
        },
      });
      notify('success', t('planned'));
      setStartsAt('');
      setEndsAt('');
    } catch (problem) {
      const { message } = describeError(problem);
      notify('error', tc(message.key, message.values));
    }
  };

  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('kindLabel')}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as PeerMeetingKind)}
        data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}` as const) }))}
      />
      <Group grow>
        <DateTimeField label={t('startsAt')} value={startsAt} onChange={setStartsAt} required />
        <DateTimeField label={t('endsAt')} value={endsAt} onChange={setEndsAt} required />
      </Group>
      <TextInput
        label={t('location')}
        value={location}
        maxLength={500}
        onChange={(e) => setLocation(e.currentTarget.value)}
      />
      <TextInput
        label={t('onlineUrl')}
        value={onlineUrl}
        type="url"
        onChange={(e) => setOnlineUrl(e.currentTarget.value)}
      />
      <NativeSelect
        label={t('hostLabel')}
        value={host}
        onChange={(e) => setHost(e.currentTarget.value)}
        data={[
          { value: '', label: t('noHost') },
          ...work.members.map((m) => ({ value: m.municipalityId, label: m.name })),
        ]}
      />
      <Button onClick={() => void submit()} loading={loading} disabled={!startsAt || !endsAt} w="fit-content">
        {t('plan')}
      </Button>
    </Stack>
  );
}
