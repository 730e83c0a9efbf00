import { ROLES, type Role } from '@rode-draad/shared';
import { registerEnumType } from 'type-graphql';

/**
 * Everything the platform lets someone do, named once. Resolver guards (`@Authorized(...)`),
 * services, `viewerCan` fields, SQL scope filters and the web app (through `me.permissions`) all
 * speak in these names; which role holds which permission is decided only in `GRANTS` below.
 */
export enum Permission {
  USER_MANAGE = 'USER_MANAGE',
  ROLE_GRANT_APPROVE = 'ROLE_GRANT_APPROVE',
  COLLEAGUE_READ = 'COLLEAGUE_READ',
  THEME_MAINTAIN = 'THEME_MAINTAIN',
  SCAN_READ = 'SCAN_READ',
  SCAN_WRITE = 'SCAN_WRITE',
  RECOMMENDATION_READ = 'RECOMMENDATION_READ',
  RECOMMENDATION_EDIT_CONTENT = 'RECOMMENDATION_EDIT_CONTENT',
  FOLLOW_UP_WRITE = 'FOLLOW_UP_WRITE',
  /** Add progress updates (note, links, files) to a recommendation; not its status, owner or due date. */
  FOLLOW_UP_PROGRESS = 'FOLLOW_UP_PROGRESS',
  /** The municipality's follow-up over time: status and overdue counts, baseline scan vs re-scan. */
  FOLLOW_UP_OVERVIEW = 'FOLLOW_UP_OVERVIEW',
  /** Link a recommendation to learning activities, sessions and peer-learning tracks, or unlink it. */
  LEARNING_LINK_WRITE = 'LEARNING_LINK_WRITE',
  AUDIT_READ = 'AUDIT_READ',
  PICTURE_PUBLISH = 'PICTURE_PUBLISH',
  PROGRAMME_PLAN = 'PROGRAMME_PLAN',
  REGISTRATION_SELF = 'REGISTRATION_SELF',
  REGISTRATION_COLLEAGUES = 'REGISTRATION_COLLEAGUES',
  REGISTRATION_READ = 'REGISTRATION_READ',
  REGISTRATION_MANAGE = 'REGISTRATION_MANAGE',
  EVALUATION_SUBMIT = 'EVALUATION_SUBMIT',
  EVALUATION_READ = 'EVALUATION_READ',
  OUTBOX_MANAGE = 'OUTBOX_MANAGE',
  CALENDAR_FEED_MUNICIPALITY = 'CALENDAR_FEED_MUNICIPALITY',
  /** Open and edit peer-learning tracks, see enrolments with declarations, pair, lock, rearrange, publish. */
  TRACK_MANAGE = 'TRACK_MANAGE',
  /** Enrol the own municipality in a track, change or withdraw the enrolment during the window. */
  TRACK_ENROL = 'TRACK_ENROL',
  /** See the published peer groups the own municipality is a member of (membership scope). */
  PEER_GROUP_READ = 'PEER_GROUP_READ',
  /** Plan the own groups' meetings and write their shared log. */
  PEER_GROUP_WORK = 'PEER_GROUP_WORK',
  /** Answer the own municipality's evaluation of its peer group, once. */
  PEER_GROUP_EVALUATE = 'PEER_GROUP_EVALUATE',
  COLLEAGUE_INVITE = 'COLLEAGUE_INVITE',
  /** Invite someone by e-mail to a new account; with `municipality` reach only participants of the own municipality. */
  ACCOUNT_INVITE = 'ACCOUNT_INVITE',
  /** Give the programme's answer to a piece of regional advice: status, explanation, linked activities and tracks. */
  ADVICE_ANSWER = 'ADVICE_ANSWER',
  /** See whether a scan's outcomes may feed the regional picture, and which recommendations are held back. */
  CONSENT_READ = 'CONSENT_READ',
  /** Record the own municipality's consent for a scan, hold back or release its recommendations. */
  CONSENT_WRITE = 'CONSENT_WRITE',
}

registerEnumType(Permission, {
  name: 'Permission',
  description: 'Something the platform lets a user do; `me.permissions` lists what the viewer may do.',
});

/**
 * How far a permission reaches for the viewer who holds it:
 * - `platform`: every region (administrators' account management);
 * - `region`: records of the viewer's region;
 * - `municipality`: records of the viewer's own municipality in that region;
 * - `assigned`: records of the own municipality assigned to the viewer (an owner column);
 * - `self`: the viewer's own records (a user column).
 */
export type Reach = 'platform' | 'region' | 'municipality' | 'assigned' | 'self';

type Grants = Readonly<Partial<Record<Permission, Reach>>>;

/** The one table of who may do what. Role names appear nowhere else in the API's rules. */
const GRANTS: Readonly<Record<Role, Grants>> = {
  ADMIN: {
    [Permission.USER_MANAGE]: 'platform',
    [Permission.OUTBOX_MANAGE]: 'platform',
    [Permission.ACCOUNT_INVITE]: 'platform',
  },
  PROGRAMME_STAFF: {
    [Permission.PROGRAMME_PLAN]: 'region',
    [Permission.REGISTRATION_READ]: 'region',
    [Permission.REGISTRATION_MANAGE]: 'region',
    [Permission.EVALUATION_READ]: 'region',
    [Permission.TRACK_MANAGE]: 'region',
    [Permission.ADVICE_ANSWER]: 'region',
  },
  RIEC_ANALYST: {
    [Permission.ROLE_GRANT_APPROVE]: 'region',
    [Permission.THEME_MAINTAIN]: 'region',
    [Permission.SCAN_READ]: 'region',
    [Permission.SCAN_WRITE]: 'region',
    [Permission.RECOMMENDATION_READ]: 'region',
    [Permission.RECOMMENDATION_EDIT_CONTENT]: 'region',
    [Permission.PICTURE_PUBLISH]: 'region',
    [Permission.LEARNING_LINK_WRITE]: 'region',
    [Permission.CONSENT_READ]: 'region',
  },
  MUNICIPAL_COORDINATOR: {
    [Permission.COLLEAGUE_READ]: 'municipality',
    [Permission.SCAN_READ]: 'municipality',
    [Permission.RECOMMENDATION_READ]: 'municipality',
    [Permission.FOLLOW_UP_WRITE]: 'municipality',
    [Permission.FOLLOW_UP_PROGRESS]: 'municipality',
    [Permission.FOLLOW_UP_OVERVIEW]: 'municipality',
    [Permission.LEARNING_LINK_WRITE]: 'municipality',
    [Permission.AUDIT_READ]: 'municipality',
    [Permission.REGISTRATION_SELF]: 'self',
    [Permission.REGISTRATION_COLLEAGUES]: 'municipality',
    [Permission.EVALUATION_SUBMIT]: 'self',
    [Permission.CALENDAR_FEED_MUNICIPALITY]: 'municipality',
    [Permission.TRACK_ENROL]: 'municipality',
    [Permission.PEER_GROUP_READ]: 'municipality',
    [Permission.PEER_GROUP_WORK]: 'municipality',
    [Permission.PEER_GROUP_EVALUATE]: 'municipality',
    [Permission.COLLEAGUE_INVITE]: 'municipality',
    [Permission.ACCOUNT_INVITE]: 'municipality',
    [Permission.CONSENT_READ]: 'municipality',
    [Permission.CONSENT_WRITE]: 'municipality',
  },
  PARTICIPANT: {
    [Permission.RECOMMENDATION_READ]: 'assigned',
    // Owners record what they did; status, owner and due date stay the coordinators' (FOLLOW_UP_WRITE).
    [Permission.FOLLOW_UP_PROGRESS]: 'assigned',
    [Permission.REGISTRATION_SELF]: 'self',
    [Permission.EVALUATION_SUBMIT]: 'self',
    [Permission.PEER_GROUP_READ]: 'municipality',
    [Permission.PEER_GROUP_WORK]: 'municipality',
  },
};

/** How far `permission` reaches for `role`, or null when the role does not hold it. */
export function reachOf(role: Role | null, permission: Permission): Reach | null {
  return role ? (GRANTS[role][permission] ?? null) : null;
}

/** Every permission a role holds, for `me.permissions`. */
export function permissionsOf(role: Role | null): Permission[] {
  return role ? (Object.keys(GRANTS[role]) as Permission[]) : [];
}

/** The roles that hold a permission, for the reviewed endpoint list. */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(GRANTS) as Role[]).filter((role) => GRANTS[role][permission] !== undefined);
}

/**
 * Roles that open confidential data. Granting one takes two people: an administrator asks, and
 * a holder of ROLE_GRANT_APPROVE of the region (never the requester or the user) approves
 * (features/role-grants; the database enforces the same in migration RoleGrants).
 */
const NEEDS_APPROVAL: ReadonlySet<Role> = new Set<Role>(['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR']);

export function grantNeedsApproval(role: Role): boolean {
  return NEEDS_APPROVAL.has(role);
}

/**
 * The role an invitation to own a recommendation creates: a colleague who reads what is assigned
 * to them. Never a role that needs approval or manages the platform (the database refuses any
 * other role on an invitation too).
 */
export const INVITED_OWNER_ROLE: Role = 'PARTICIPANT';

/**
 * The roles a holder of ACCOUNT_INVITE may put on an invitation: administrators any (a privileged
 * one still waits for approval), a municipality's coordinators their colleagues as participants.
 */
export function invitableRoles(role: Role | null): readonly Role[] {
  switch (reachOf(role, Permission.ACCOUNT_INVITE)) {
    case 'platform':
      return ROLES;
    case 'municipality':
      return [INVITED_OWNER_ROLE];
    default:
      return [];
  }
}
