import { ActionIcon, Badge, Group, Menu, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronUp,
  IconDots,
  IconLock,
  IconLockOpen,
  IconPencil,
  IconSelector,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUserFieldsFragment, UserSortField } from '../../gql/graphql';
import type { UserListParams } from './userListParams';

interface Props {
  users: AdminUserFieldsFragment[];
  viewerId: string;
  sort: Pick<UserListParams, 'sortField' | 'sortDirection'>;
  onSort: (field: UserSortField) => void;
  onEdit: (user: AdminUserFieldsFragment) => void;
  onToggleDisabled: (user: AdminUserFieldsFragment) => void;
}

function SortableTh({ field, sort, onSort }: { field: UserSortField } & Pick<Props, 'sort' | 'onSort'>) {
  const { t } = useTranslation();
  const active = sort.sortField === field;
  const Icon = !active ? IconSelector : sort.sortDirection === 'ASC' ? IconChevronUp : IconChevronDown;
  const label = t(`adminUsers.columns.${field}`);
  return (
    <Table.Th aria-sort={active ? (sort.sortDirection === 'ASC' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton onClick={() => onSort(field)} aria-label={t('adminUsers.sortBy', { field: label })}>
        <Group gap={4} wrap="nowrap">
          <Text fw={700} size="sm">
            {label}
          </Text>
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function UsersTable({ users, viewerId, sort, onSort, onEdit, onToggleDisabled }: Props) {
  const { t, i18n } = useTranslation();
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }), [i18n.language]);
  const sortLabel = t(`adminUsers.columns.${sort.sortField}`);

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
            <SortableTh field="NAME" sort={sort} onSort={onSort} />
            <SortableTh field="EMAIL" sort={sort} onSort={onSort} />
            <SortableTh field="ROLE" sort={sort} onSort={onSort} />
            <Table.Th>{t('adminUsers.columns.municipality')}</Table.Th>
            <SortableTh field="CREATED_AT" sort={sort} onSort={onSort} />
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
                <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                <Table.Td>{user.municipality?.name ?? '—'}</Table.Td>
                <Table.Td>{dateFormat.format(new Date(user.createdAt))}</Table.Td>
                <Table.Td>
                  <Badge color={user.disabled ? 'gray.8' : 'green.9'} variant="outline">
                    {t(user.disabled ? 'adminUsers.status.disabled' : 'adminUsers.status.active')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray.8" aria-label={t('adminUsers.actionsFor', { name: user.name })}>
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
