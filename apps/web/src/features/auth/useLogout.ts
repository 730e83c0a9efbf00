import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LogoutDocument } from '../../gql/graphql';
import { forgetViewer } from '../../lib/apollo';
import { PATHS } from '../../lib/navigation';

export function useLogout(): () => Promise<void> {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  return useCallback(async () => {
    try {
      await logout();
    } catch {
      notifications.show({ color: 'red', message: t('userMenu.logoutFailed') });
      return;
    }
    // Leave the protected pages first, so their queries do not refetch into an ended session.
    await navigate(PATHS.login, { replace: true, state: { loggedOut: true } });
    await forgetViewer(client);
  }, [client, logout, navigate, t]);
}
