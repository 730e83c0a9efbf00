import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { hasLength, isEmail, useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { EMAIL_MAX_LENGTH, isLocale } from '@rode-draad/shared';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { AccessibilityStatementLink } from '../../components/AccessibilityStatementLink';
import { FullPageLoader } from '../../components/PageState';
import { PublicPageFrame } from '../../components/PublicPageFrame';
import { LoginDocument } from '../../gql/graphql';
import { applyLocale } from '../../i18n';
import { graphqlRequest } from '../../lib/graphqlRequest';
import { describeError, type Message } from '../../lib/errors';
import { PATHS, safeReturnPath } from '../../lib/navigation';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { forgetViewer, rememberViewer, useSessionViewer } from './session';

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.title')} · ${t('app.titleSuffix')}`);
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const next = safeReturnPath(searchParams.get('next'));
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;
  const me = useSessionViewer();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Message | null>(null);

  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: isEmail(t('validation.email')),
      password: hasLength({ min: 1 }, t('validation.required')),
    },
  });
  useRevalidateOnLanguageChange(form);

  useEffect(() => {
    if (loggedOut) {
      void forgetViewer();
    }
  }, [loggedOut]);

  if (me.me && !loggedOut) {
    return <Navigate to={next} replace />;
  }
  if (me.loading) {
    return <FullPageLoader />;
  }

  const submit = form.onSubmit(async ({ email, password }) => {
    setProblem(null);
    setLoading(true);
    try {
      const data = await graphqlRequest(LoginDocument, {
        email: email.trim().slice(0, EMAIL_MAX_LENGTH),
        password,
      }).finally(() => setLoading(false));
      if (isLocale(data.login.locale)) {
        await applyLocale(data.login.locale);
      }
      rememberViewer(data.login);
      await navigate(next, { replace: true });
    } catch (error) {
      const described = describeError(error);
      setProblem(described.message);
      form.setFieldValue('password', '');
    }
  });

  return (
    <PublicPageFrame
      title={t('auth.title')}
      footer={
        <>
          <Text size="xs" c="dimmed">
            {t('app.demoNotice')}
          </Text>
          <AccessibilityStatementLink />
        </>
      }
    >
      <Text c="dimmed">{t('auth.intro')}</Text>
      {loggedOut && !problem && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
          {t('auth.loggedOut')}
        </Alert>
      )}
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
            // The page has one job: the cursor starts there, not on the language switch.
            autoFocus
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('auth.password')}
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading} fullWidth>
            {t('auth.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to={PATHS.forgotPassword} size="sm">
        {t('auth.forgotLink')}
      </Anchor>
    </PublicPageFrame>
  );
}
