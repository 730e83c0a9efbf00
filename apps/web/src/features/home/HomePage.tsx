import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { HomeDocument } from '../../gql/graphql';
import { useViewer } from '../auth/useViewer';
import { AdministrationSections } from './AdministrationSections';
import { AnalysisSections } from './AnalysisSections';
import { FollowUpSections } from './FollowUpSections';
import { PendingHome } from './PendingHome';
import { PersonalSections } from './PersonalSections';
import { ProgrammeSections } from './ProgrammeSections';
import { TrackSection } from './TrackSection';

/**
 * "What now?": the viewer's live items, each linking to where it is handled. Which sections show
 * is the API's answer (a section is null when it is not the viewer's work), never a role check here.
 */
export function HomePage() {
  const viewer = useViewer();
  if (!viewer.role) {
    return <PendingHome name={viewer.name} />;
  }
  return <RoleHome />;
}

function RoleHome() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(HomeDocument, { fetchPolicy: 'cache-and-network' });
  const role = t(`roles.${viewer.role ?? 'none'}`);
  const description = (
    <>
      {t('home.signedInAs', { role })}{' '}
      {viewer.municipality ? (
        <>
          {t('home.municipality')}: <strong>{viewer.municipality.name}</strong> ({viewer.municipality.code})
        </>
      ) : (
        t('home.region')
      )}
    </>
  );
  const home = data?.home;

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader title={t('home.title', { name: viewer.name })} description={description} />
      {error && !home ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !home ? (
        <Stack gap="md" aria-busy={loading}>
          <Text role="status" size="sm" c="dimmed">
            {t('home.loading')}
          </Text>
          <Skeleton height={120} />
          <Skeleton height={120} />
        </Stack>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
          <PersonalSections home={home} />
          <FollowUpSections home={home} />
          {home.programme && <ProgrammeSections programme={home.programme} />}
          {home.analysis && <AnalysisSections analysis={home.analysis} />}
          <AdministrationSections home={home} />
          <TrackSection home={home} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
