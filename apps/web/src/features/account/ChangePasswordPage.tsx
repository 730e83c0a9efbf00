import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack } from '@mantine/core';
import { hasLength, matchesField, useForm } from '@mantine/form';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@rode-draad/shared';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/useCan';
import { DigestSetting } from './DigestSetting';
import { ChangePasswordDocument } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { notify } from '../../lib/notify';

const EMPTY = { currentPassword: '', newPassword: '', repeatPassword: '' };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: EMPTY,
    validate: {
      currentPassword: hasLength({ min: 1 }, t('validation.required')),
      newPassword: hasLength(
        { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
        t('errors.field.passwordLength', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }),
      ),
      repeatPassword: matchesField('newPassword', t('validation.passwordsDiffer')),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setProblem(null);
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      form.reset();
      notify('success', t('account.success'));
    } catch (error) {
      const { message, fieldErrors } = describeError(error);
      if (Object.keys(fieldErrors).length > 0) {
        form.setErrors(translateFieldErrors(fieldErrors, t));
      } else {
        setProblem(message);
      }
    }
  });

  return (
    <Stack maw={520}>
      <PageHeader title={t('account.title')} description={t('account.intro')} />
      <Card withBorder padding="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {problem && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
                {t(problem.key, problem.values)}
              </Alert>
            )}
            <PasswordField
              label={t('account.currentPassword')}
              autoComplete="current-password"
              required
              key={form.key('currentPassword')}
              {...form.getInputProps('currentPassword')}
            />
            <PasswordField
              label={t('account.newPassword')}
              description={t('account.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              required
              key={form.key('newPassword')}
              {...form.getInputProps('newPassword')}
            />
            <PasswordField
              label={t('account.repeatPassword')}
              autoComplete="new-password"
              required
              key={form.key('repeatPassword')}
              {...form.getInputProps('repeatPassword')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={loading}>
                {t('account.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {can('RECOMMENDATION_READ') && <DigestSetting />}
    </Stack>
  );
}
