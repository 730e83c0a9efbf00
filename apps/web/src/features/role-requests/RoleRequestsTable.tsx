import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleGrantFieldsFragment, RoleGrantStatus } from '../../gql/graphql';
import { AppBadge } from '../../components/AppBadge';
import type { BadgeTone } from '../../components/badgeStyles';
import { dateTimeFormat } from '../../lib/dateFormat';

const STATUS_TONES: Record<RoleGrantStatus, BadgeTone> = {
  PENDING: 'info',
  APPROVED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'neutral',
};

interface Props {
  grants: RoleGrantFieldsFragment[];
  onApprove: (grant: RoleGrantFieldsFragment) => void;
  onReject: (grant: RoleGrantFieldsFragment) => void;
}

export function RoleRequestsTable({ grants, onApprove, onReject }: Props) {
  const { t, i18n } = useTranslation('roleRequests');
  const { t: tc } = useTranslation();
  const dateFormat = useMemo(
    () => dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="sm">
        <VisuallyHidden component="caption">{t('caption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.user')}</Table.Th>
            <Table.Th>{t('columns.role')}</Table.Th>
            <Table.Th>{t('columns.municipality')}</Table.Th>
            <Table.Th>{t('columns.requestedBy')}</Table.Th>
            <Table.Th>{t('columns.requestedAt')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grants.map((grant) => (
            <Table.Tr key={grant.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {grant.user.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {grant.user.email}
                </Text>
              </Table.Td>
              <Table.Td>{tc(`roles.${grant.requestedRole}`)}</Table.Td>
              <Table.Td>{grant.municipality?.name ?? '—'}</Table.Td>
              <Table.Td>{grant.requestedBy?.name ?? t('install')}</Table.Td>
              <Table.Td>{dateFormat.format(new Date(grant.requestedAt))}</Table.Td>
              <Table.Td>
                <AppBadge variant="outline" tone={STATUS_TONES[grant.status]}>
                  {t(`status.${grant.status}`)}
                </AppBadge>
                {grant.note && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {grant.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {grant.viewerCan.decide ? (
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      onClick={() => onApprove(grant)}
                      aria-label={`${t('approve')}: ${grant.user.name}`}
                    >
                      {t('approve')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onReject(grant)}
                      aria-label={`${t('reject')}: ${grant.user.name}`}
                    >
                      {t('reject')}
                    </Button>
                  </Group>
                ) : (
                  grant.status === 'PENDING' && (
                    <Text size="xs" c="dimmed">
                      {t('ownRequest')}
                    </Text>
                  )
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
