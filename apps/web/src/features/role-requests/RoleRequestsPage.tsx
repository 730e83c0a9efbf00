import { useQuery } from '@apollo/client/react';
import { Card, SegmentedControl, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { RoleGrantsDocument, type RoleGrantFieldsFragment } from '../../gql/graphql';
import { RejectRoleGrantModal } from './RejectRoleGrantModal';
import { RoleRequestsTable } from './RoleRequestsTable';
import { useApproveRoleGrant } from './useApproveRoleGrant';

type Shown = 'PENDING' | 'ALL';

/** RIEC analysts: approve or reject the roles that open confidential data, for their region. */
export function RoleRequestsPage() {
  const { t } = useTranslation('roleRequests');
  const { t: tc } = useTranslation();
  const [shown, setShown] = useState<Shown>('PENDING');
  const [rejecting, setRejecting] = useState<RoleGrantFieldsFragment | null>(null);
  const approve = useApproveRoleGrant();
  const { data, previousData, loading, error, refetch } = useQuery(RoleGrantsDocument, {
    variables: { status: shown === 'PENDING' ? 'PENDING' : null },
    // A decision moves a request out of the pending list: ask again rather than patch the cache.
    fetchPolicy: 'cache-and-network',
  });
  const grants = (data ?? previousData)?.roleGrants;
  const visible = shown === 'PENDING' ? grants?.filter((g) => g.status === 'PENDING') : grants;

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <SegmentedControl
            aria-label={t('filter.label')}
            value={shown}
            onChange={(value) => setShown(value === 'ALL' ? 'ALL' : 'PENDING')}
            data={[
              { value: 'PENDING', label: t('filter.PENDING') },
              { value: 'ALL', label: t('filter.ALL') },
            ]}
            w="fit-content"
          />
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !visible ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
              {Array.from({ length: 4 }, (_, i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : visible.length === 0 ? (
            <Text py="lg">{t(shown === 'PENDING' ? 'empty' : 'emptyAll')}</Text>
          ) : (
            <Stack gap="md" aria-busy={loading}>
              <RoleRequestsTable grants={visible} onApprove={approve} onReject={setRejecting} />
            </Stack>
          )}
        </Stack>
      </Card>
      {rejecting && <RejectRoleGrantModal grant={rejecting} onClose={() => setRejecting(null)} />}
    </Stack>
  );
}
