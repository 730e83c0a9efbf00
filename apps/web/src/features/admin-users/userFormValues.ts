import type { AdminUserFieldsFragment } from '../../gql/graphql';
import type { Role } from '../../lib/roles';

/** What the administrator edits of an account (a new account also gets a password, outside this). */
export interface UserFormValues {
  name: string;
  email: string;
  role: Role | null;
  municipalityId: string | null;
}

/**
 * The form's values for an account: when it was loaded, and the stored account shown beside the
 * administrator's input after a refused save. A pending request is what an administrator last
 * asked for, so the form continues from there rather than from the role in effect.
 */
export function userFormValues(user: AdminUserFieldsFragment | null): UserFormValues {
  const pending = user?.pendingRoleGrant ?? null;
  return {
    name: user?.name ?? '',
    email: user?.email ?? '',
    role: pending?.requestedRole ?? user?.role ?? null,
    municipalityId: pending ? (pending.municipality?.id ?? null) : (user?.municipality?.id ?? null),
  };
}
