import { isLocale } from '@rode-draad/shared';
import type { Permission } from '../../gql/graphql';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { FullPageError, FullPageLoader } from '../../components/PageState';
import { applyLocale } from '../../i18n';
import { PATHS } from '../../lib/navigation';
import { useViewer, useViewerQuery } from './useViewer';

/** Renders its child routes for a logged-in user only; everyone else goes to the login page. */
export function RequireAuth() {
  const { data, error, loading, refetch } = useViewerQuery();
  const location = useLocation();
  const locale = data?.me?.locale;

  // The account's language wins over the device's once we know who is logged in.
  useEffect(() => {
    if (isLocale(locale)) {
      void applyLocale(locale);
    }
  }, [locale]);

  if (data === undefined && loading) {
    return <FullPageLoader />;
  }
  if (data === undefined && error) {
    return <FullPageError error={error} onRetry={() => void refetch()} />;
  }
  if (!data?.me) {
    const next = `${location.pathname}${location.search}`;
    const search = next === PATHS.home ? '' : `?${new URLSearchParams({ next }).toString()}`;
    return <Navigate to={`${PATHS.login}${search}`} replace />;
  }
  return <Outlet />;
}

/** Pages for holders of one of the permissions only; others see "not found", as the API does not reveal what exists either. */
export function RequirePermission({ anyOf }: { anyOf: readonly Permission[] }) {
  const viewer = useViewer();
  return anyOf.some((permission) => viewer.permissions.includes(permission)) ? <Outlet /> : <NotFoundPage />;
}
