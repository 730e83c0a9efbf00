import type { Permission } from '../../gql/graphql';
import { useViewer } from './useViewer';

/**
 * What the logged-in user may do, as the API says in `me.permissions`. Pages show or hide actions
 * by permission, never by role; the API checks every record again.
 */
export function useCan(): (permission: Permission) => boolean {
  const { permissions } = useViewer();
  return (permission) => permissions.includes(permission);
}
