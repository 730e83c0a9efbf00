import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import {
  ParticipantListCsvDocument,
  RecordAttendanceDocument,
  SessionRegistrationsDocument,
  type SessionQuery,
} from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { zonedDayKey } from './calendarDays';
import { RegistrationsTable } from './RegistrationsTable';
import { downloadText } from '../../lib/download';
import { REGISTRATION_QUERIES, useCancelRegistration } from './useRegistrationActions';

type Session = SessionQuery['session'];

const fileSlug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** Programme staff: all registrations, attendance once the session has started, and the CSV export. */
export function StaffRegistrations({ session }: { session: Session }) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(SessionRegistrationsDocument, { variables: { sessionId: session.id } });
  const cancel = useCancelRegistration();
  const [recordAttendance, { loading: saving }] = useMutation(RecordAttendanceDocument, {
    refetchQueries: REGISTRATION_QUERIES,
  });
  const [exporting, setExporting] = useState(false);
  const [edits, setEdits] = useState<Record<string, boolean>>({});
  const registrations = data?.sessionRegistrations;
  const started = new Date(session.startsAt).getTime() <= Date.now();

  const attendance = useMemo(() => {
    const recorded = Object.fromEntries((registrations ?? []).map((r) => [r.id, r.attended ?? false]));
    return { ...recorded, ...edits };
  }, [registrations, edits]);

  const fail = (problem: unknown) => {
    const { message } = describeError(problem);
    notify('error', tc(message.key, message.values));
  };

  const save = () => {
    const confirmed = (registrations ?? []).filter((r) => r.status === 'CONFIRMED');
    recordAttendance({
      variables: {
        sessionId: session.id,
        attendance: confirmed.map((r) => ({ registrationId: r.id, attended: attendance[r.id] ?? false })),
      },
    })
      .then(() => {
        setEdits({});
        notify('success', t('registrations.attendanceSaved'));
      })
      .catch(fail);
  };

  const exportCsv = () => {
    setExporting(true);
    client
      .query({ query: ParticipantListCsvDocument, variables: { sessionId: session.id }, fetchPolicy: 'network-only' })
      .then(({ data: csv }) => {
        if (csv) {
          downloadText(
            csv.participantListCsv,
            `deelnemers-${zonedDayKey(session.startsAt)}-${fileSlug(session.activity.title)}.csv`,
          );
          notify('success', t('registrations.exported'));
        }
      })
      .catch(fail)
      .finally(() => setExporting(false));
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="staff-registrations-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="staff-registrations-title">
            {t('registrations.title')}
          </Title>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={exportCsv}
            loading={exporting}
          >
            {t('registrations.exportCsv')}
          </Button>
        </Group>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !registrations ? (
          <Skeleton height={120} />
        ) : registrations.length === 0 ? (
          <Text size="sm">{t('registrations.none')}</Text>
        ) : (
          <>
            {!started && (
              <Text size="sm" c="dimmed">
                {t('registrations.attendanceLater')}
              </Text>
            )}
            <RegistrationsTable
              registrations={registrations}
              showMunicipality
              attendance={attendance}
              attendanceEditable={started && session.status !== 'CANCELLED'}
              onAttendanceChange={(id, attended) => setEdits((current) => ({ ...current, [id]: attended }))}
              onCancel={(r) =>
                cancel({
                  registrationId: r.id,
                  status: r.status,
                  title: session.activity.title,
                  waitlistLength: session.waitlistLength,
                  participantName: r.participant.name,
                })
              }
            />
            {started && session.status !== 'CANCELLED' && registrations.some((r) => r.status === 'CONFIRMED') && (
              <Group>
                <Button onClick={save} loading={saving}>
                  {t('registrations.saveAttendance')}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
