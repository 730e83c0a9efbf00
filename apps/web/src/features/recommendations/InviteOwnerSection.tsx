import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { hasLength, isEmail, useForm } from '@mantine/form';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH } from '@rode-draad/shared';
import { useTranslation } from 'react-i18next';
import { InviteOwnerDocument, OwnerInvitationsDocument, RevokeInvitationDocument } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { AppBadge } from '../../components/AppBadge';

/**
 * Coordinators: invite a colleague without an account to own this recommendation, see the
 * invitations and revoke open ones. In the demo no e-mail is sent, so the link is shown here.
 */
export function InviteOwnerSection({ recommendationId }: { recommendationId: string }) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const { data, refetch } = useQuery(OwnerInvitationsDocument, { variables: { recommendationId } });
  const [invite, { loading }] = useMutation(InviteOwnerDocument);
  const [revoke] = useMutation(RevokeInvitationDocument);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '' },
    validate: {
      name: hasLength({ min: 1, max: NAME_MAX_LENGTH }, tc('validation.required')),
      email: isEmail(tc('validation.email')),
    },
  });
  const fail = (error: unknown) => {
    const { message, fieldErrors } = describeError(error);
    if (Object.keys(fieldErrors).length > 0) {
      form.setErrors(translateFieldErrors(fieldErrors, tc));
    } else {
      notify('error', tc(message.key, message.values));
    }
  };
  const submit = form.onSubmit(async ({ name, email }) => {
    try {
      await invite({
        variables: { input: { recommendationId, name: name.trim(), email: email.trim().slice(0, EMAIL_MAX_LENGTH) } },
      });
      form.reset();
      notify('success', t('invite.sent'));
      await refetch();
    } catch (error) {
      fail(error);
    }
  });
  const invitations = data?.ownerInvitations ?? [];
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('invite.title')}
      </Title>
      <Text size="sm">{t('invite.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end">
          <TextInput label={t('invite.name')} required key={form.key('name')} {...form.getInputProps('name')} />
          <TextInput
            label={t('invite.email')}
            type="email"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <Button type="submit" loading={loading}>
            {t('invite.submit')}
          </Button>
        </Group>
      </form>
      {invitations.length > 0 && (
        <Table>
          <Table.Caption>{t('invite.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invite.name')}</Table.Th>
              <Table.Th>{t('invite.email')}</Table.Th>
              <Table.Th>{t('invite.status')}</Table.Th>
              <Table.Th>{t('invite.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td>{invitation.name}</Table.Td>
                <Table.Td>{invitation.email}</Table.Td>
                <Table.Td>
                  <AppBadge variant="outline" tone="neutral">
                    {t(`invite.statuses.${invitation.status}`)}
                  </AppBadge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {invitation.demoLink && (
                      <Anchor href={invitation.demoLink} underline="always" size="sm">
                        {t('invite.demoLink')}
                      </Anchor>
                    )}
                    {invitation.status === 'PENDING' && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('invite.revokeFor', { email: invitation.email })}
                        onClick={() =>
                          void revoke({ variables: { id: invitation.id } })
                            .then(() => refetch())
                            .catch(fail)
                        }
                      >
                        {t('invite.revoke')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
