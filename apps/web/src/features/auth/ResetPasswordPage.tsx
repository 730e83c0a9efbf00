import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { hasLength, matchesField, useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@rode-draad/shared';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PasswordField } from '../../components/PasswordField';
import { FullPageLoader } from '../../components/PageState';
import { PasswordResetPreviewDocument, ResetPasswordDocument } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { PATHS } from '../../lib/navigation';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { PublicPageFrame } from '../../components/PublicPageFrame';

/** The token travels after `#` in the link, so it never reaches a server log. */
const tokenFromHash = () => window.location.hash.replace(/^#/, '');

/**
 * Public: whoever holds a reset link chooses a new password (checked like everywhere else). All
 * sessions of the account end; the user then logs in with the new password.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.reset.title')} · ${t('app.titleSuffix')}`);
  const [token] = useState(tokenFromHash);
  const preview = useQuery(PasswordResetPreviewDocument, { variables: { token }, fetchPolicy: 'network-only' });
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', repeatPassword: '' },
    validate: {
      password: hasLength(
        { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
        t('errors.field.passwordLength', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }),
      ),
      repeatPassword: matchesField('password', t('validation.passwordsDiffer')),
    },
  });
  useRevalidateOnLanguageChange(form);

  if (preview.loading) {
    return <FullPageLoader />;
  }
  const link = preview.data?.passwordReset;
  const loadProblem = preview.error ? describeError(preview.error).message : null;

  const submit = form.onSubmit(async ({ password }) => {
    setProblem(null);
    try {
      await reset({ variables: { input: { token, password } } });
      setDone(true);
    } catch (error) {
      const { message, fieldErrors } = describeError(error);
      if (Object.keys(fieldErrors).length > 0) {
        form.setErrors(translateFieldErrors(fieldErrors, t));
      } else {
        setProblem(message);
      }
    }
  });

  const shown = loadProblem ?? problem;
  return (
    <PublicPageFrame title={t('auth.reset.title')}>
      {shown && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {t(shown.key, shown.values)}
        </Alert>
      )}
      {done ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          {t('auth.reset.done')}
        </Alert>
      ) : (
        link && (
          <>
            <Text>{t('auth.reset.intro')}</Text>
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <TextInput label={t('auth.email')} value={link.email} autoComplete="username" readOnly />
                <PasswordField
                  label={t('auth.reset.password')}
                  description={t('auth.reset.passwordHint', { min: PASSWORD_MIN_LENGTH })}
                  autoComplete="new-password"
                  required
                  data-autofocus
                  key={form.key('password')}
                  {...form.getInputProps('password')}
                />
                <PasswordField
                  label={t('auth.reset.repeatPassword')}
                  autoComplete="new-password"
                  required
                  key={form.key('repeatPassword')}
                  {...form.getInputProps('repeatPassword')}
                />
                <Button type="submit" loading={loading} fullWidth>
                  {t('auth.reset.submit')}
                </Button>
              </Stack>
            </form>
          </>
        )
      )}
      <Anchor component={Link} to={done ? PATHS.login : loadProblem ? PATHS.forgotPassword : PATHS.login}>
        {t(done ? 'auth.reset.toLogin' : loadProblem ? 'auth.reset.askAgain' : 'auth.forgot.toLogin')}
      </Anchor>
    </PublicPageFrame>
  );
}
