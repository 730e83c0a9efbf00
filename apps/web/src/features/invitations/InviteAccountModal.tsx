import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Select, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, roleNeedsMunicipality, type Locale, type Role } from '@rode-draad/shared';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { InvitableRolesDocument, InviteAccountDocument, MunicipalitiesDocument } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { isRole } from '../../lib/roles';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useCan } from '../auth/useCan';
import { useViewer } from '../auth/useViewer';

interface FormValues {
  name: string;
  email: string;
  role: Role | null;
  municipalityId: string | null;
  locale: Locale;
}

interface Props {
  onClose: () => void;
  onInvited: () => void;
}

/**
 * Invites someone by e-mail: they choose their own password through the link. The roles on offer
 * are the ones the API says the viewer may give (coordinators: participants of their own
 * municipality, which is then fixed); a role that opens confidential data waits for an analyst.
 */
export function InviteAccountModal({ onClose, onInvited }: Props) {
  const { t } = useTranslation('invitations');
  const { t: tc } = useTranslation();
  const viewer = useViewer();
  const can = useCan();
  const ownMunicipality = viewer.municipality;
  const roles = useQuery(InvitableRolesDocument).data?.invitableRoles ?? [];
  const municipalities = useQuery(MunicipalitiesDocument, { skip: ownMunicipality !== null });
  const municipalityOptions = ownMunicipality
    ? [{ value: ownMunicipality.id, label: ownMunicipality.name }]
    : (municipalities.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name }));
  const [invite, { loading }] = useMutation(InviteAccountDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: {
      name: '',
      email: '',
      role: roles.length === 1 ? (roles[0] ?? null) : null,
      municipalityId: ownMunicipality?.id ?? null,
      locale: 'nl',
    },
    validate: {
      name: (value) =>
        value.trim() === ''
          ? tc('validation.required')
          : value.length > NAME_MAX_LENGTH
            ? tc('validation.maxLength', { max: NAME_MAX_LENGTH })
            : null,
      email: (value) =>
        value.length > EMAIL_MAX_LENGTH
          ? tc('validation.maxLength', { max: EMAIL_MAX_LENGTH })
          : isEmail(tc('validation.email'))(value.trim()),
      role: (value) => (value ? null : tc('validation.required')),
      municipalityId: (value, values) =>
        values.role && roleNeedsMunicipality(values.role) && !value ? tc('validation.municipalityRequired') : null,
    },
  });
  useRevalidateOnLanguageChange(form);
  const role = form.values.role ?? (roles.length === 1 ? (roles[0] ?? null) : null);
  const needsMunicipality = role !== null && roleNeedsMunicipality(role);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const chosenRole = values.role ?? role;
    if (!chosenRole) {
      return;
    }
    try {
      await invite({
        variables: {
          input: {
            name: values.name.trim(),
            email: values.email.trim(),
            role: chosenRole,
            municipalityId: roleNeedsMunicipality(chosenRole) ? values.municipalityId : null,
            locale: values.locale,
          },
        },
      });
      notify('success', t('invite.sent', { email: values.email.trim() }));
      onInvited();
      onClose();
    } catch (error) {
      const { message, fieldErrors } = describeError(error);
      form.setErrors(translateFieldErrors(fieldErrors, tc));
      setProblem(message);
    }
  });

  return (
    <FormModal
      title={t('invite.title')}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      cancelLabel={t('invite.cancel')}
      submitLabel={t('invite.submit')}
      submitting={loading}
      size="lg"
    >
      <TextInput label={t('invite.name')} required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
      <TextInput label={t('invite.email')} type="email" required autoComplete="off" {...form.getInputProps('email')} />
      <Select
        label={t('invite.role')}
        required
        data={roles.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
        allowDeselect={false}
        {...form.getInputProps('role')}
        value={role}
        onChange={(value) => form.setFieldValue('role', isRole(value) ? value : null)}
      />
      <Select
        label={t('invite.municipality')}
        placeholder={needsMunicipality && !ownMunicipality ? t('invite.chooseMunicipality') : undefined}
        description={needsMunicipality ? undefined : t('invite.municipalityHint')}
        data={municipalityOptions}
        required={needsMunicipality}
        disabled={!needsMunicipality || ownMunicipality !== null}
        searchable
        clearable={!ownMunicipality}
        {...form.getInputProps('municipalityId')}
        value={needsMunicipality ? form.values.municipalityId : null}
      />
      <Select
        label={t('invite.language')}
        description={t('invite.languageHint')}
        data={[
          { value: 'nl', label: tc('language.nl') },
          { value: 'en', label: tc('language.en') },
        ]}
        allowDeselect={false}
        {...form.getInputProps('locale')}
        onChange={(value) => form.setFieldValue('locale', value === 'en' ? 'en' : 'nl')}
      />
      {can('USER_MANAGE') && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
          {t('invite.approvalHint')}
        </Alert>
      )}
    </FormModal>
  );
}
