import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Stack, Text } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { MyPendingRoleGrantDocument } from '../../gql/graphql';

/** The home page of an account without a role yet: what it waits for, and that nothing confidential is open meanwhile. */
export function PendingHome({ name }: { name: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyPendingRoleGrantDocument, { fetchPolicy: 'network-only' });
  const grant = data?.me?.pendingRoleGrant;
  const role = grant
    ? grant.municipality
      ? `${t(`roles.${grant.requestedRole}`)} (${grant.municipality.name})`
      : t(`roles.${grant.requestedRole}`)
    : null;

  return (
    <Stack gap="lg" maw={820}>
      <PageHeader title={t('home.title', { name })} description={t('app.tagline')} />
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton height={96} aria-busy="true" />
      ) : (
        <Alert
          variant="light"
          color="blue"
          icon={<IconHourglass aria-hidden />}
          title={role ? t('home.pending.title') : undefined}
        >
          <Stack gap="xs">
            <Text size="sm">{role ? t('home.pending.body', { role }) : t('home.pending.noRequest')}</Text>
            <Text size="sm">{t('home.pending.meanwhile')}</Text>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
