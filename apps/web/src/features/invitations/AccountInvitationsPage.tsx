import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { AppBadge } from '../../components/AppBadge';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/ListPagination';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import {
  AccountInvitationsDocument,
  type InvitationStatus,
  ResendAccountInvitationDocument,
  RevokeAccountInvitationDocument,
  type AccountInvitationFieldsFragment,
} from '../../gql/graphql';
import { formatAmsterdamDate } from '../../lib/amsterdamTime';
import { describeError } from '../../lib/errors';
import { pageWindow } from '../../lib/listParams';
import { notify } from '../../lib/notify';
import { useSearchParams } from 'react-router';
import { InviteAccountModal } from './InviteAccountModal';

const STATUSES: readonly InvitationStatus[] = ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'];
const isStatus = (value: string | null): value is InvitationStatus => STATUSES.some((status) => status === value);

/**
 * Invitations to new accounts: administrators see all, coordinators their municipality's. Invite,
 * resend (a new link, the old one stops) and revoke. In the demo no e-mail goes out, so the link
 * is shown here to hand over.
 */
export function AccountInvitationsPage() {
  const { t, i18n } = useTranslation('invitations');
  const { t: tc } = useTranslation();
  // The home page links here with ?status=PENDING.
  const [searchParams] = useSearchParams();
  const [status, setStatus] = useState<InvitationStatus | null>(() => {
    const requested = searchParams.get('status');
    return isStatus(requested) ? requested : null;
  });
  const [page, setPage] = useState(1);
  const [inviting, setInviting] = useState(false);
  const { data, previousData, error, refetch } = useQuery(AccountInvitationsDocument, {
    variables: { filter: { status }, page: pageWindow(page) },
    fetchPolicy: 'cache-and-network',
  });
  const [revoke] = useMutation(RevokeAccountInvitationDocument);
  const [resend] = useMutation(ResendAccountInvitationDocument);
  const list = data?.accountInvitations ?? previousData?.accountInvitations;

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notify('success', done);
      await refetch();
    } catch (failure) {
      const { message } = describeError(failure);
      notify('error', tc(message.key, message.values));
    }
  };

  const row = (invitation: AccountInvitationFieldsFragment) => (
    <Table.Tr key={invitation.id}>
      <Table.Td>{invitation.name}</Table.Td>
      <Table.Td>{invitation.email}</Table.Td>
      <Table.Td>
        {tc(`roles.${invitation.role}`)}
        {invitation.municipalityName && ` (${invitation.municipalityName})`}
      </Table.Td>
      <Table.Td>
        <AppBadge tone="neutral">{t(`statuses.${invitation.status}`)}</AppBadge>
      </Table.Td>
      <Table.Td>{formatAmsterdamDate(invitation.expiresAt, i18n.language)}</Table.Td>
      <Table.Td>{invitation.invitedByName ?? ''}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {invitation.demoLink && (
            <Anchor href={invitation.demoLink} underline="always" size="sm">
              {t('list.demoLink')}
            </Anchor>
          )}
          {invitation.status !== 'ACCEPTED' && (
            <Button
              size="xs"
              variant="default"
              aria-label={t('list.resendFor', { email: invitation.email })}
              onClick={() =>
                void act(
                  () => resend({ variables: { id: invitation.id } }),
                  t('list.resent', { email: invitation.email }),
                )
              }
            >
              {t('list.resend')}
            </Button>
          )}
          {invitation.status === 'PENDING' && (
            <Button
              size="xs"
              variant="default"
              aria-label={t('list.revokeFor', { email: invitation.email })}
              onClick={() =>
                void act(
                  () => revoke({ variables: { id: invitation.id } }),
                  t('list.revoked', { email: invitation.email }),
                )
              }
            >
              {t('list.revoke')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setInviting(true)}>
            {t('invite.open')}
          </Button>
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Select
            label={t('list.status')}
            placeholder={t('list.allStatuses')}
            data={STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
            value={status}
            clearable
            w={240}
            onChange={(value) => {
              setStatus(isStatus(value) ? value : null);
              setPage(1);
            }}
          />
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : list ? (
            <>
              <Text size="sm" c="dimmed" role="status">
                {t('list.total', { count: list.total })}
              </Text>
              {list.items.length > 0 && (
                <Table.ScrollContainer minWidth={760}>
                  <Table>
                    <Table.Caption>{t('list.caption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('invite.name')}</Table.Th>
                        <Table.Th>{t('invite.email')}</Table.Th>
                        <Table.Th>{t('invite.role')}</Table.Th>
                        <Table.Th>{t('list.status')}</Table.Th>
                        <Table.Th>{t('list.expires')}</Table.Th>
                        <Table.Th>{t('list.invitedBy')}</Table.Th>
                        <Table.Th>{t('list.actions')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>{list.items.map(row)}</Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <ListPagination total={list.total} page={page} onChange={setPage} label={t('list.pagination')} />
            </>
          ) : (
            <Text role="status">{tc('app.loading')}</Text>
          )}
        </Stack>
      </Card>
      {inviting && <InviteAccountModal onClose={() => setInviting(false)} onInvited={() => void refetch()} />}
    </Stack>
  );
}
