import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LogoutDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { notify } from '../../lib/notify';

export function useLogout(): () => Promise<void> {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  return useCallback(async () => {
    try {
      await logout();
    } catch {
      notify('error', t('userMenu.logoutFailed'));
      return;
    }
    // The login page forgets the viewer once it is shown: forgetting here would make the route
    // guard redirect first, and lose the "logged out" notice.
    await navigate(PATHS.login, { replace: true, state: { loggedOut: true } });
  }, [logout, navigate, t]);
}
