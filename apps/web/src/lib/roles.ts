import { ROLES, type Role } from '@rode-draad/shared';

export type { Role };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
