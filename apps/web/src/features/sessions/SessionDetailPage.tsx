import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { SessionDocument, type SessionQuery } from '../../gql/graphql';
import { toApiProblem } from '../../lib/errors';
import { PATHS } from '../../lib/navigation';
import { SessionExtras } from '../session-extras/SessionExtras';
import { useCan } from '../auth/useCan';
import { useViewer } from '../auth/useViewer';
import { EvaluationPanel } from '../evaluations/EvaluationPanel';
import { EvaluationResults } from '../evaluations/EvaluationResults';
import { ColleagueRegistrations } from './ColleagueRegistrations';
import { MunicipalityCounts } from './MunicipalityCounts';
import { RegistrationPanel } from './RegistrationPanel';
import { SessionEditAction } from './SessionEditAction';
import { SessionFacts } from './SessionFacts';
import { StaffRegistrations } from './StaffRegistrations';

function Participants({ session }: { session: SessionQuery['session'] }) {
  const { t } = useTranslation('sessions');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="participants-title">
      <Title order={2} size="h3" id="participants-title" mb="sm">
        {t('detail.participants')}
      </Title>
      {!session.participants ? (
        <Text size="sm">{t('detail.participantsHidden')}</Text>
      ) : session.participants.length === 0 ? (
        <Text size="sm">{t('detail.noParticipants')}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {session.participants.map((p, index) => (
            <List.Item key={index}>
              {p.name} ({p.municipality.name})
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

export function SessionDetailPage() {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const viewer = useViewer();
  const can = useCan();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(SessionDocument, { variables: { id } });
  const session = data?.session;

  const back = (
    <Anchor component={Link} to={PATHS.sessions} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );

  if (error) {
    const notFound = toApiProblem(error).code === 'NOT_FOUND';
    return (
      <Stack gap="lg">
        {back}
        <PageHeader title={t('title')} />
        {notFound ? <Text>{t('detail.notFound')}</Text> : <QueryError error={error} onRetry={() => void refetch()} />}
      </Stack>
    );
  }
  if (!session) {
    return (
      <Stack gap="md" aria-busy="true">
        {back}
        <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
        <Skeleton height={40} width="60%" />
        <Skeleton height={200} />
      </Stack>
    );
  }

  const isStaff = can('REGISTRATION_READ');
  const registers = can('REGISTRATION_SELF');
  const ended = new Date(session.endsAt).getTime() <= Date.now();
  // Attendees evaluate after the session; the panel shows the form or what they answered.
  const attended = ended && session.viewerRegistration?.attended === true;

  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={session.activity.title}
        description={t(`formats.${session.activity.format}`)}
        actions={
          session.viewerCan.edit && (
            <Group gap="sm">
              {/* The activity holds the other sessions, cancelling and the evaluation questions. */}
              <Button component={Link} to={generatePath(PATHS.activity, { id: session.activity.id })} variant="default">
                {t('detail.toActivity')}
              </Button>
              <SessionEditAction
                sessionId={session.id}
                activityId={session.activity.id}
                onSaved={() => void refetch()}
              />
            </Group>
          )
        }
      />
      <SessionFacts session={session} />
      <SessionExtras sessionId={session.id} />
      {registers && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {!ended && <RegistrationPanel session={session} />}
          {attended && <EvaluationPanel sessionId={session.id} />}
          <Participants session={session} />
        </SimpleGrid>
      )}
      {can('REGISTRATION_COLLEAGUES') && <ColleagueRegistrations session={session} viewerId={viewer.id} />}
      {isStaff && (
        <>
          <Title order={2} size="h2" mt="md">
            {t('staff.title')}
          </Title>
          <StaffRegistrations session={session} />
          <MunicipalityCounts sessionId={session.id} />
          {ended && <EvaluationResults sessionId={session.id} />}
        </>
      )}
      {!registers && !isStaff && <Participants session={session} />}
    </Stack>
  );
}
