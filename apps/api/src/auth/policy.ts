import type { Role } from '@rode-draad/shared';
import type { AuthChecker } from 'type-graphql';
import { UnauthenticatedError } from '../common/errors';
import type { Context } from '../graphql/context';
import type { Viewer } from './viewer';

/**
 * Role gates for resolvers, declared with @Authorized(...). An empty list means "any logged-in user".
 * Record-level rules (which municipality's data a viewer may see) live in the services, which
 * filter in SQL; this module answers the questions they share.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const { viewer } = context;
  if (!viewer) {
    throw new UnauthenticatedError();
  }
  return roles.length === 0 || roles.includes(viewer.role);
};

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) {
    throw new UnauthenticatedError();
  }
  return viewer;
}

/** Admins manage accounts platform-wide; nobody else manages accounts here. */
export function mayManageUsers(viewer: Viewer): boolean {
  return viewer.role === 'ADMIN';
}

/** RIEC analysts maintain the region's facets and themes; everyone in the region reads them. */
export function mayMaintainThemes(viewer: Viewer): boolean {
  return viewer.role === 'RIEC_ANALYST';
}

/** Programme staff run the learning programme; everyone in the region reads it (it is not confidential). */
export function mayPlanProgramme(viewer: Viewer): boolean {
  return viewer.role === 'PROGRAMME_STAFF';
}
