import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../common/errors';
import { type Permission, reachOf, type Reach } from './permissions';
import type { Viewer } from './viewer';

/** The owner of a record, as far as access is concerned. */
export interface RecordScope {
  regionId: string;
  municipalityId?: string | null;
  /** The user a record is assigned to (a recommendation's owner) or belongs to (a registration's user). */
  userId?: string | null;
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) {
    throw new UnauthenticatedError();
  }
  return viewer;
}

/** Whether the viewer holds the permission at all (for some records). */
export function can(viewer: Viewer | null, permission: Permission): boolean {
  return viewer !== null && reachOf(viewer.role, permission) !== null;
}

/** Whose access is asked about: a request's viewer, or an account a background job writes to. */
export type AccessHolder = Pick<Viewer, 'userId' | 'role' | 'regionId' | 'municipalityId'>;

/** The one answer to "may this viewer do this to this record?". */
export function canOn(viewer: AccessHolder | null, permission: Permission, record: RecordScope): boolean {
  if (!viewer) {
    return false;
  }
  const reach = reachOf(viewer.role, permission);
  return reach !== null && reaches(reach, viewer, record);
}

function reaches(reach: Reach, viewer: AccessHolder, record: RecordScope): boolean {
  switch (reach) {
    case 'platform':
      return true;
    case 'region':
      return record.regionId === viewer.regionId;
    case 'municipality':
      return (
        record.regionId === viewer.regionId &&
        !!viewer.municipalityId &&
        record.municipalityId === viewer.municipalityId
      );
    case 'assigned':
    case 'self':
      return (
        record.regionId === viewer.regionId &&
        !!viewer.municipalityId &&
        record.municipalityId === viewer.municipalityId &&
        record.userId === viewer.userId
      );
  }
}

/** For actions that are not about one record: refuses with FORBIDDEN. */
export function requirePermission(viewer: Viewer, permission: Permission): void {
  if (!can(viewer, permission)) {
    throw new ForbiddenError();
  }
}

/**
 * For one record: refuses with the same NOT_FOUND as a missing record, so denial never reveals
 * existence. `what` names the record type in the error ("Recommendation").
 */
export function requireOn(viewer: Viewer, permission: Permission, record: RecordScope, what: string): void {
  if (!canOn(viewer, permission, record)) {
    throw new NotFoundError(what);
  }
}

/**
 * Resolver guards: `@Authorized(Permission.X, ...)` lets a viewer through who holds any of the
 * permissions; `@Authorized()` any logged-in viewer. Services check the record again.
 */
export const authChecker: AuthChecker<{ viewer: Viewer | null }, Permission> = ({ context }, permissions) => {
  const viewer = requireViewer(context.viewer);
  return permissions.length === 0 || permissions.some((permission) => can(viewer, permission));
};
