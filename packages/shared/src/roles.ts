/** The five roles of the brief. The order is the order menus and filters show them in. */
export const ROLES = ['ADMIN', 'PROGRAMME_STAFF', 'RIEC_ANALYST', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'] as const;

export type Role = (typeof ROLES)[number];

/** Roles that act for one municipality and therefore must have one. */
export const MUNICIPAL_ROLES: readonly Role[] = ['MUNICIPAL_COORDINATOR', 'PARTICIPANT'];

export function roleNeedsMunicipality(role: Role): boolean {
  return MUNICIPAL_ROLES.includes(role);
}
