import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { hasLength, matchesField, useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, isLocale } from '@rode-draad/shared';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PasswordField } from '../../components/PasswordField';
import { FullPageLoader } from '../../components/PageState';
import { PublicPageFrame } from '../../components/PublicPageFrame';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '../../gql/graphql';
import { applyLocale } from '../../i18n';
import { describeError, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { PATHS } from '../../lib/navigation';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { rememberViewer } from '../auth/session';

/** The token travels after `#` in the link, so it never reaches a server log. */
const tokenFromHash = () => window.location.hash.replace(/^#/, '');

/** Public: whoever holds an invitation link (to own a recommendation, or to a new account) chooses a name and password and lands signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { t: ti } = useTranslation('invitations');
  useDocumentTitle(`${ti('title')} · ${t('app.titleSuffix')}`);
  const navigate = useNavigate();
  const [token] = useState(tokenFromHash);
  const preview = useQuery(InvitationPreviewDocument, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, { loading }] = useMutation(AcceptInvitationDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const invitation = preview.data?.invitation;
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', password: '', repeatPassword: '' },
    validate: {
      name: hasLength({ min: 1, max: NAME_MAX_LENGTH }, t('validation.required')),
      password: hasLength(
        { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
        t('errors.field.passwordLength', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }),
      ),
      repeatPassword: matchesField('password', t('validation.passwordsDiffer')),
    },
  });
  useRevalidateOnLanguageChange(form);
  const invitedName = invitation?.name;
  useEffect(() => {
    if (invitedName !== undefined) {
      form.setFieldValue('name', invitedName);
    }
    // Once, when the invitation has loaded: the form object is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [invitedName]);

  if (preview.loading) {
    return <FullPageLoader />;
  }
  const loadProblem = preview.error ? describeError(preview.error).message : null;

  const submit = form.onSubmit(async ({ name, password }) => {
    setProblem(null);
    try {
      const { data } = await accept({ variables: { input: { token, name: name.trim(), password } } });
      if (!data) {
        return;
      }
      if (isLocale(data.acceptInvitation.locale)) {
        await applyLocale(data.acceptInvitation.locale);
      }
      rememberViewer(data.acceptInvitation);
      // An owner lands on the recommendation list; a new account on its home page.
      await navigate(invitation?.purpose === 'RECOMMENDATION_OWNER' ? PATHS.recommendations : PATHS.home, {
        replace: true,
      });
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
    <PublicPageFrame title={ti('title')}>
      {shown && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {t(shown.key, shown.values)}
        </Alert>
      )}
      {loadProblem && (
        <Anchor component={Link} to={PATHS.login}>
          {ti('toLogin')}
        </Anchor>
      )}
      {invitation && (
        <>
          <Text>
            {invitation.purpose === 'RECOMMENDATION_OWNER'
              ? ti('intro', { municipality: invitation.municipalityName ?? '' })
              : ti('introAccount', {
                  role: invitation.municipalityName
                    ? `${t(`roles.${invitation.role}`)} (${invitation.municipalityName})`
                    : t(`roles.${invitation.role}`),
                })}
          </Text>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <TextInput label={ti('email')} value={invitation.email} readOnly />
              <TextInput
                label={ti('name')}
                autoComplete="name"
                required
                key={form.key('name')}
                {...form.getInputProps('name')}
              />
              <PasswordField
                label={ti('password')}
                description={ti('passwordHint', { min: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                required
                key={form.key('password')}
                {...form.getInputProps('password')}
              />
              <PasswordField
                label={ti('repeatPassword')}
                autoComplete="new-password"
                required
                key={form.key('repeatPassword')}
                {...form.getInputProps('repeatPassword')}
              />
              <Button type="submit" loading={loading} fullWidth>
                {ti('submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
    </PublicPageFrame>
  );
}
