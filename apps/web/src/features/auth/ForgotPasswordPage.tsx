import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { EMAIL_MAX_LENGTH } from '@rode-draad/shared';
import { IconAlertTriangle, IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequestPasswordResetDocument } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { PATHS } from '../../lib/navigation';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { PublicPageFrame } from '../../components/PublicPageFrame';

/**
 * "Forgot password": asks for a reset link by e-mail. The answer is the same whether or not the
 * address has an account (the API makes sure of that), so the page says "if".
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.forgot.title')} · ${t('app.titleSuffix')}`);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<Message | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: { email: isEmail(t('validation.email')) },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async ({ email }) => {
    setProblem(null);
    const address = email.trim().slice(0, EMAIL_MAX_LENGTH);
    try {
      await request({ variables: { email: address } });
      setSentTo(address);
    } catch (error) {
      setProblem(describeError(error).message);
    }
  });

  return (
    <PublicPageFrame title={t('auth.forgot.title')}>
      {sentTo ? (
        <Alert color="blue" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
          {t('auth.forgot.sent', { email: sentTo })}
        </Alert>
      ) : (
        <>
          <Text c="dimmed">{t('auth.forgot.intro')}</Text>
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {t(problem.key, problem.values)}
            </Alert>
          )}
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                required
                data-autofocus
                key={form.key('email')}
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('auth.forgot.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to={PATHS.login}>
        {t('auth.forgot.toLogin')}
      </Anchor>
    </PublicPageFrame>
  );
}
