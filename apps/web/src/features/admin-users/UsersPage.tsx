import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../components/ListPagination';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { UsersDocument, type AdminUserFieldsFragment } from '../../gql/graphql';
import { pageWindow } from '../../lib/listParams';
import { useListParams } from '../../lib/useListParams';
import { PATHS } from '../../lib/navigation';
import { useViewer } from '../auth/useViewer';
import { InviteAccountModal } from '../invitations/InviteAccountModal';
import { UserFilters } from './UserFilters';
import { UserFormModal } from './UserFormModal';
import { useMunicipalityOptions } from './useMunicipalityOptions';
import { UsersTable } from './UsersTable';
import { useToggleDisabled } from './useToggleDisabled';
import { nextSort, userListParams } from './userListParams';

export function UsersPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { params, update, searchInput, setSearchInput, clearFilters, filtered } = useListParams(userListParams);
  const [editing, setEditing] = useState<AdminUserFieldsFragment | null>(null);
  const [inviting, setInviting] = useState(false);
  const municipalities = useMunicipalityOptions();
  const toggleDisabled = useToggleDisabled();

  const { data, previousData, loading, error, refetch } = useQuery(UsersDocument, {
    variables: {
      filter: {
        search: params.search.trim() || null,
        role: params.role,
        municipalityId: params.municipalityId,
      },
      sort: { field: params.sortField, direction: params.sortDirection },
      page: pageWindow(params.page),
    },
  });
  // Keep showing the previous page while the next one loads, instead of flashing skeletons.
  const page = data?.users ?? previousData?.users;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('adminUsers.title')}
        description={t('adminUsers.intro')}
        actions={
          <Group gap="sm">
            <Button component={Link} to={PATHS.accountInvitations} variant="default">
              {t('adminUsers.invitations')}
            </Button>
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setInviting(true)}>
              {t('adminUsers.invite')}
            </Button>
          </Group>
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <UserFilters
            search={searchInput}
            onSearchChange={setSearchInput}
            role={params.role}
            onRoleChange={(role) => update({ role })}
            municipalityId={params.municipalityId}
            onMunicipalityChange={(municipalityId) => update({ municipalityId })}
            municipalityOptions={municipalities.options}
          />
          {municipalities.error && (
            <QueryError error={municipalities.error} onRetry={() => void municipalities.refetch()} />
          )}
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !page ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden role="status">{t('app.loading')}</VisuallyHidden>
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : (
            <Stack gap="md" aria-busy={loading}>
              <Text size="sm" c="dimmed" role="status">
                {t('adminUsers.total', { count: page.total })}
              </Text>
              {page.items.length === 0 ? (
                <Stack align="flex-start" gap="xs" py="lg">
                  <Text>{t(filtered ? 'adminUsers.emptyFiltered' : 'adminUsers.empty')}</Text>
                  {filtered && (
                    <Button variant="default" size="xs" onClick={clearFilters}>
                      {t('adminUsers.clearFilters')}
                    </Button>
                  )}
                </Stack>
              ) : (
                <UsersTable
                  users={page.items}
                  viewerId={viewer.id}
                  sort={params}
                  onSort={(field) => update(nextSort(params, field))}
                  onEdit={setEditing}
                  onToggleDisabled={toggleDisabled}
                />
              )}
              <ListPagination
                total={page.total}
                page={params.page}
                onChange={(value) => update({ page: value })}
                label={t('adminUsers.pagination')}
              />
            </Stack>
          )}
        </Stack>
      </Card>
      {editing !== null && (
        <UserFormModal
          user={editing}
          viewerId={viewer.id}
          municipalityOptions={municipalities.options}
          onClose={() => setEditing(null)}
        />
      )}
      {inviting && <InviteAccountModal onClose={() => setInviting(false)} onInvited={() => undefined} />}
    </Stack>
  );
}
