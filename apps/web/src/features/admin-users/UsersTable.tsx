import { ActionIcon, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconLock, IconLockOpen, IconPencil } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableTh } from '../../components/SortableTh';
import type { AdminUserFieldsFragment, UserSortField } from '../../gql/graphql';
import type { UserListParams } from './userListParams';
import { AppBadge } from '../../components/AppBadge';
import { dateTimeFormat } from '../../lib/dateFormat';

interface Props {
  users: AdminUserFieldsFragment[];
  viewerId: string;
  sort: Pick<UserListParams, 'sortField' | 'sortDirection'>;
  onSort: (field: UserSortField) => void;
  onEdit: (user: AdminUserFieldsFragment) => void;
  onToggleDisabled: (user: AdminUserFieldsFragment) => void;
}

export function UsersTable({ users, viewerId, sort, onSort, onEdit, onToggleDisabled }: Props) {
  const { t, i18n } = useTranslation();
  const dateFormat = useMemo(() => dateTimeFormat(i18n.language, { dateStyle: 'medium' }), [i18n.language]);
  const sortLabel = t(`adminUsers.columns.${sort.sortField}`);
  const requestedRoleLabel = (grant: NonNullable<AdminUserFieldsFragment['pendingRoleGrant']>) =>
    grant.municipality
      ? `${t(`roles.${grant.requestedRole}`)} (${grant.municipality.name})`
      : t(`roles.${grant.requestedRole}`);
  // One header per sortable column: its name, and the button's accessible name "sort by <name>".
  const sortableTh = (field: UserSortField) => {
    const label = t(`adminUsers.columns.${field}`);
    return (
      <SortableTh
        field={field}
        sort={sort}
        onSort={onSort}
        label={label}
        sortLabel={t('adminUsers.sortBy', { field: label })}
      />
    );
  };

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <VisuallyHidden component="caption">
          {t('adminUsers.tableCaption', {
            field: sortLabel,
            direction: t(sort.sortDirection === 'ASC' ? 'adminUsers.ascending' : 'adminUsers.descending'),
          })}
        </VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {sortableTh('NAME')}
            {sortableTh('EMAIL')}
            {sortableTh('ROLE')}
            <Table.Th>{t('adminUsers.columns.municipality')}</Table.Th>
            {sortableTh('CREATED_AT')}
            <Table.Th>{t('adminUsers.columns.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('adminUsers.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const isSelf = user.id === viewerId;
            return (
              <Table.Tr key={user.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {user.name}
                    {isSelf && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        ({t('adminUsers.you')})
                      </Text>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{user.email}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{user.role ? t(`roles.${user.role}`) : t('roles.none')}</Text>
                  {user.pendingRoleGrant && (
                    <Text size="xs" fw={600} c="blue.9" mt={4}>
                      {t('adminUsers.pending.hint', { role: requestedRoleLabel(user.pendingRoleGrant) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{user.municipality?.name ?? '—'}</Table.Td>
                <Table.Td>{dateFormat.format(new Date(user.createdAt))}</Table.Td>
                <Table.Td>
                  <AppBadge tone={user.disabled ? 'neutral' : 'success'} variant="light">
                    {t(user.disabled ? 'adminUsers.status.disabled' : 'adminUsers.status.active')}
                  </AppBadge>
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray.8"
                        aria-label={t('adminUsers.actionsFor', { name: user.name })}
                      >
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(user)}>
                        {t('adminUsers.edit')}
                      </Menu.Item>
                      {!isSelf && (
                        <Menu.Item
                          color={user.disabled ? undefined : 'red.9'}
                          leftSection={
                            user.disabled ? <IconLockOpen size={16} aria-hidden /> : <IconLock size={16} aria-hidden />
                          }
                          onClick={() => onToggleDisabled(user)}
                        >
                          {t(user.disabled ? 'adminUsers.enable' : 'adminUsers.disable')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
