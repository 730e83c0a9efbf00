import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Divider, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/PageState';
import { CancelPeerMeetingDocument, PeerGroupWorkDocument } from '../../../gql/graphql';
import { describeError } from '../../../lib/errors';
import { notify } from '../../../lib/notify';
import { EditMeetingModal } from './EditMeetingModal';
import { GroupEvaluation } from './GroupEvaluation';
import { MeetingLog } from './MeetingLog';
import { meetingState, sortMeetings } from './meetingState';
import { PlanMeetingForm } from './PlanMeetingForm';
import { AppBadge } from '../../../components/AppBadge';
import { dateTimeFormat } from '../../../lib/dateFormat';

/**
 * A published group at work: its meetings with their shared logs, planning, and the own
 * municipality's evaluation. Ready to mount on the group page (`<PeerGroupWorkPanel groupId=… />`);
 * what the viewer may do comes from `viewerCan`, never from a role.
 */
export function PeerGroupWorkPanel({ groupId }: { groupId: string }) {
  const { t, i18n } = useTranslation('peerGroupWork');
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(PeerGroupWorkDocument, { variables: { groupId } });
  const [cancel] = useMutation(CancelPeerMeetingDocument, { refetchQueries: ['PeerGroupWork'] });
  const [editing, setEditing] = useState<string | null>(null);
  const when = useMemo(
    () => dateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
    [i18n.language],
  );
  if (error) {
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  const work = data?.peerGroupWork;
  if (!work) {
    return <Skeleton height={200} />;
  }

  const cancelMeeting = async (id: string, version: number) => {
    try {
      await cancel({ variables: { meetingId: id, expectedVersion: version } });
      notify('success', t('cancelled'));
    } catch (problem) {
      const { message } = describeError(problem);
      notify('error', tc(message.key, message.values));
    }
  };

  return (
    <Stack>
      <Title order={2}>{t('meetings')}</Title>
      {work.meetings.length === 0 && <Text>{t('noMeetings')}</Text>}
      {sortMeetings(work.meetings).map((meeting) => {
        const state = meetingState(meeting);
        const title = `${t(`kind.${meeting.kind}`)}: ${when.format(new Date(meeting.startsAt))}`;
        return (
          <Card key={meeting.id} withBorder>
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={3} size="h4">
                  {title}
                </Title>
                <AppBadge
                  tone={state === 'CANCELLED' ? 'neutral' : state === 'HELD' ? 'success' : 'info'}
                  variant="filled"
                >
                  {t(`state.${state}`)}
                </AppBadge>
              </Group>
              {meeting.location && <Text size="sm">{meeting.location}</Text>}
              {meeting.onlineUrl && (
                <Text size="sm">
                  {t('online')}: <a href={meeting.onlineUrl}>{meeting.onlineUrl}</a>
                </Text>
              )}
              {meeting.hostMunicipalityName && (
                <Text size="sm">{t('host', { name: meeting.hostMunicipalityName })}</Text>
              )}
              {work.viewerCan.planMeetings && state !== 'CANCELLED' && (
                <Group gap="xs">
                  <Button
                    variant="default"
                    size="xs"
                    aria-label={`${t('edit')}: ${title}`}
                    onClick={() => setEditing(meeting.id)}
                  >
                    {t('edit')}
                  </Button>
                  {state === 'UPCOMING' && (
                    <Button
                      variant="default"
                      size="xs"
                      aria-label={`${t('cancel')}: ${title}`}
                      onClick={() => void cancelMeeting(meeting.id, meeting.version)}
                    >
                      {t('cancel')}
                    </Button>
                  )}
                </Group>
              )}
              {state !== 'CANCELLED' && (
                <>
                  <Divider />
                  <MeetingLog groupId={work.groupId} meeting={meeting} canWrite={work.viewerCan.writeLog} />
                </>
              )}
            </Stack>
          </Card>
        );
      })}
      {work.viewerCan.planMeetings && (
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('plan')}
          </Title>
          <PlanMeetingForm work={work} />
        </Card>
      )}
      <Card withBorder>
        <GroupEvaluation work={work} />
      </Card>
      {editing && work.meetings.some((m) => m.id === editing) && (
        <EditMeetingModal
          work={work}
          meeting={work.meetings.find((m) => m.id === editing)!}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
