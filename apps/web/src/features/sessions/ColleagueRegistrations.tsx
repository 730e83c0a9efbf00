import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import {
  RegisterColleagueDocument,
  SessionColleaguesDocument,
  SessionRegistrationsDocument,
  type SessionQuery,
} from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { RegistrationsTable } from './RegistrationsTable';
import { REGISTRATION_QUERIES, useCancelRegistration } from './useRegistrationActions';

type Session = SessionQuery['session'];

/** Coordinators: the own municipality's registrations, and registering a colleague. */
export function ColleagueRegistrations({ session, viewerId }: { session: Session; viewerId: string }) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const [colleagueId, setColleagueId] = useState<string | null>(null);
  const registrations = useQuery(SessionRegistrationsDocument, { variables: { sessionId: session.id } });
  const colleagues = useQuery(SessionColleaguesDocument);
  const cancel = useCancelRegistration();
  const [registerColleague, { loading }] = useMutation(RegisterColleagueDocument, {
    refetchQueries: REGISTRATION_QUERIES,
    awaitRefetchQueries: true,
  });

  const taken = new Set(
    (registrations.data?.sessionRegistrations ?? [])
      .filter((r) => r.status !== 'CANCELLED')
      .map((r) => r.participant.id),
  );
  const options = (colleagues.data?.colleagues ?? [])
    .filter((person) => person.id !== viewerId && !taken.has(person.id))
    .map((person) => ({ value: person.id, label: person.name }));
  const canRegister = session.status === 'OPEN' || session.status === 'FULL';

  const submit = () => {
    const name = options.find((o) => o.value === colleagueId)?.label ?? '';
    if (!colleagueId) {
      return;
    }
    registerColleague({ variables: { sessionId: session.id, userId: colleagueId } })
      .then(({ data }) => {
        const registration = data?.registerColleague;
        setColleagueId(null);
        if (registration?.status === 'WAITLISTED') {
          notify('info', t('colleague.waitlisted', { name, position: registration.waitlistPosition ?? '?' }));
        } else {
          notify('success', t('colleague.registered', { name }));
        }
      })
      .catch((error: unknown) => {
        const { message } = describeError(error);
        notify('error', tc(message.key, message.values));
      });
  };

  const list = registrations.data?.sessionRegistrations;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="colleague-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="colleague-title">
            {t('colleague.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('colleague.intro')}
          </Text>
        </div>
        {canRegister && (
          <Group align="flex-end" gap="sm">
            <Select
              label={t('colleague.select')}
              placeholder={t('colleague.selectPlaceholder')}
              data={options}
              value={colleagueId}
              onChange={setColleagueId}
              searchable
              w={{ base: '100%', sm: 280 }}
            />
            <Button onClick={submit} disabled={!colleagueId} loading={loading}>
              {t('colleague.register')}
            </Button>
          </Group>
        )}
        {colleagues.error && <QueryError error={colleagues.error} onRetry={() => void colleagues.refetch()} />}
        {registrations.error ? (
          <QueryError error={registrations.error} onRetry={() => void registrations.refetch()} />
        ) : !list ? (
          <Skeleton height={80} />
        ) : list.length === 0 ? (
          <Text size="sm">{t('colleague.none')}</Text>
        ) : (
          <RegistrationsTable
            registrations={list}
            showMunicipality={false}
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
        )}
      </Stack>
    </Card>
  );
}
