import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Select, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, ROLES, roleNeedsMunicipality } from '@rode-draad/shared';
import { IconHourglass, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import { AdminUserDocument, UpdateUserDocument, type AdminUserFieldsFragment } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { isRole } from '../../lib/roles';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { notify } from '../../lib/notify';
import { useStaleVersion } from '../../lib/useStaleVersion';
import { userFormValues, type UserFormValues } from './userFormValues';

interface Props {
  user: AdminUserFieldsFragment;
  viewerId: string;
  municipalityOptions: { value: string; label: string }[];
  onClose: () => void;
}

/** Edits an account. New accounts come through an invitation (features/invitations): nobody types someone else's password. */
export function UserFormModal({ user, viewerId, municipalityOptions, onClose }: Props) {
  const { t } = useTranslation();
  const isSelf = user.id === viewerId;
  const [updateUser, updated] = useMutation(UpdateUserDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const client = useApolloClient();
  const stale = useStaleVersion(
    user.version,
    async () =>
      (await client.query({ query: AdminUserDocument, variables: { id: user.id }, fetchPolicy: 'network-only' })).data
        ?.user ?? null,
  );
  // After a refused save the form is based on the stored account shown beside it.
  const pending = (stale.current ?? user).pendingRoleGrant ?? null;
  const roleLabel = (grant: NonNullable<AdminUserFieldsFragment['pendingRoleGrant']>) =>
    grant.municipality
      ? `${t(`roles.${grant.requestedRole}`)} (${grant.municipality.name})`
      : t(`roles.${grant.requestedRole}`);

  const form = useForm<UserFormValues>({
    mode: 'controlled',
    initialValues: userFormValues(user),
    validate: {
      name: (value) =>
        value.trim() === ''
          ? t('validation.required')
          : value.length > NAME_MAX_LENGTH
            ? t('validation.maxLength', { max: NAME_MAX_LENGTH })
            : null,
      email: (value) =>
        value.length > EMAIL_MAX_LENGTH
          ? t('validation.maxLength', { max: EMAIL_MAX_LENGTH })
          : isEmail(t('validation.email'))(value.trim()),
      role: (value) => (value ? null : t('validation.required')),
      municipalityId: (value, values) =>
        values.role && roleNeedsMunicipality(values.role) && !value ? t('validation.municipalityRequired') : null,
    },
  });
  useRevalidateOnLanguageChange(form);
  const needsMunicipality = form.values.role !== null && roleNeedsMunicipality(form.values.role);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    if (!values.role) {
      return;
    }
    const input = {
      name: values.name.trim(),
      email: values.email.trim(),
      role: values.role,
      municipalityId: roleNeedsMunicipality(values.role) ? values.municipalityId : null,
    };
    try {
      const saved = (await updateUser({ variables: { id: user.id, input, expectedVersion: stale.expectedVersion } }))
        .data?.updateUser;
      // Roles that open confidential data wait for a RIEC analyst; say so rather than "saved".
      const waiting =
        saved?.pendingRoleGrant && saved.pendingRoleGrant.id !== pending?.id ? saved.pendingRoleGrant : null;
      if (waiting) {
        notify('info', t('adminUsers.form.needsApproval', { name: input.name, role: roleLabel(waiting) }));
      } else {
        notify('success', t('adminUsers.form.updated', { name: input.name }));
      }
      onClose();
    } catch (error) {
      if (stale.handle(error)) {
        return;
      }
      const { message, fieldErrors } = describeError(error);
      form.setErrors(translateFieldErrors(fieldErrors, t));
      setProblem(message);
    }
  });

  return (
    <FormModal
      title={t('adminUsers.form.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && t(problem.key, problem.values)}
      notice={
        stale.stale && (
          <StaleVersionNotice<UserFormValues>
            mine={form.values}
            current={stale.current && userFormValues(stale.current)}
            reloading={stale.reloading}
            labels={{
              name: t('adminUsers.form.name'),
              email: t('adminUsers.form.email'),
              role: t('adminUsers.form.role'),
              municipalityId: t('adminUsers.form.municipality'),
            }}
            show={{
              role: (role) => (role ? t(`roles.${role}`) : ''),
              municipalityId: (id) => municipalityOptions.find((o) => o.value === id)?.label ?? id ?? '',
            }}
            onTakeCurrent={() => stale.current && form.setValues(userFormValues(stale.current))}
          />
        )
      }
      cancelLabel={t('adminUsers.form.cancel')}
      submitLabel={t('adminUsers.form.saveEdit')}
      submitting={updated.loading}
      size="lg"
    >
      <TextInput
        label={t('adminUsers.form.name')}
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps('name')}
      />
      <TextInput
        label={t('adminUsers.form.email')}
        type="email"
        required
        autoComplete="off"
        {...form.getInputProps('email')}
      />
      <Select
        label={t('adminUsers.form.role')}
        required
        data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        disabled={isSelf}
        description={isSelf ? t('adminUsers.form.ownRoleHint') : undefined}
        allowDeselect={false}
        {...form.getInputProps('role')}
        onChange={(value) => form.setFieldValue('role', isRole(value) ? value : null)}
      />
      <Select
        label={t('adminUsers.form.municipality')}
        placeholder={needsMunicipality ? t('adminUsers.form.chooseMunicipality') : undefined}
        description={needsMunicipality ? undefined : t('adminUsers.form.municipalityHint')}
        data={municipalityOptions}
        required={needsMunicipality}
        disabled={!needsMunicipality}
        searchable
        clearable
        {...form.getInputProps('municipalityId')}
        value={needsMunicipality ? form.values.municipalityId : null}
      />
      {pending && (
        <Alert variant="light" color="blue" icon={<IconHourglass aria-hidden />}>
          {t('adminUsers.form.pendingAlert', { role: roleLabel(pending) })}
        </Alert>
      )}
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
        {t('adminUsers.form.accessChangedHint')}
      </Alert>
    </FormModal>
  );
}
