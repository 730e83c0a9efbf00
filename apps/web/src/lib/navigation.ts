import type { Permission } from '../gql/graphql';
import type { TranslationKey } from './errors';

export type NavItemId =
  | 'home'
  | 'picture'
  | 'themes'
  | 'programmes'
  | 'roadmap'
  | 'programmeBuilder'
  | 'sessions'
  | 'peerTracks'
  | 'myPeerGroups'
  | 'myRegistrations'
  | 'calendarFeeds'
  | 'myMessages'
  | 'facets'
  | 'scans'
  | 'recommendations'
  | 'myRecommendations'
  | 'followUpProgress'
  | 'auditLog'
  | 'adminUsers'
  | 'accountInvitations'
  | 'roleRequests'
  | 'outbox';

export interface NavItem {
  id: NavItemId;
  path: string;
  label: TranslationKey;
  /** Whether a user with these permissions sees the item; undefined means everyone who is logged in. */
  shownIf?: (can: (permission: Permission) => boolean) => boolean;
}

export const PATHS = {
  login: '/login',
  invitation: '/invitation',
  accessibility: '/accessibility',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  accountInvitations: '/invitations',
  home: '/',
  changePassword: '/account/password',
  adminUsers: '/admin/users',
  roleRequests: '/role-requests',
  picture: '/picture',
  picturePublish: '/picture/publish',
  pictureSnapshot: '/picture/snapshots/:id',
  boardReport: '/picture/snapshots/:id/board-report',
  themes: '/themes',
  theme: '/themes/:id',
  programmes: '/programmes',
  programme: '/programmes/:id',
  activity: '/activities/:id',
  activityPlan: '/activities/:id/plan',
  roadmap: '/roadmap',
  programmeBuilder: '/programme-builder',
  sessions: '/sessions',
  session: '/sessions/:id',
  myRegistrations: '/my-registrations',
  calendarFeeds: '/calendar-feeds',
  myMessages: '/my-messages',
  outbox: '/admin/outbox',
  facets: '/facets',
  scans: '/scans',
  scan: '/scans/:id',
  recommendations: '/recommendations',
  recommendation: '/recommendations/:id',
  recommendationPrint: '/recommendations/:id/print',
  auditLog: '/audit-log',
  followUpProgress: '/follow-up-progress',
  peerTracks: '/peer-tracks',
  peerTrack: '/peer-tracks/:id',
  peerTrackReview: '/peer-tracks/:id/review',
  myPeerGroups: '/my-peer-groups',
  peerGroup: '/peer-groups/:id',
} as const;

export const scanPath = (id: string): string => `/scans/${encodeURIComponent(id)}`;
export const recommendationPath = (id: string): string => `/recommendations/${encodeURIComponent(id)}`;
export const recommendationPrintPath = (id: string): string => `${recommendationPath(id)}/print`;

export const sessionPath = (id: string): string => `/sessions/${encodeURIComponent(id)}`;

/** Analysts (content) and coordinators (follow-up) work on recommendations; others may only read some. */
function managesRecommendations(can: (permission: Permission) => boolean): boolean {
  return can('RECOMMENDATION_EDIT_CONTENT') || can('FOLLOW_UP_WRITE');
}

/** Only features that exist are listed: the navigation never promises what is not there yet. */
const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', path: PATHS.home, label: 'nav.home' },
  { id: 'picture', path: PATHS.picture, label: 'nav.picture' },
  { id: 'themes', path: PATHS.themes, label: 'nav.themes' },
  { id: 'programmes', path: PATHS.programmes, label: 'nav.programmes' },
  { id: 'roadmap', path: PATHS.roadmap, label: 'nav.roadmap' },
  {
    id: 'programmeBuilder',
    path: PATHS.programmeBuilder,
    label: 'nav.programmeBuilder',
    shownIf: (can) => can('PROGRAMME_PLAN'),
  },
  { id: 'sessions', path: PATHS.sessions, label: 'nav.sessions' },
  // Tracks are the programme's offer, open to everyone; enrolments and groups are behind permissions.
  { id: 'peerTracks', path: PATHS.peerTracks, label: 'nav.peerTracks' },
  {
    id: 'myPeerGroups',
    path: PATHS.myPeerGroups,
    label: 'nav.myPeerGroups',
    shownIf: (can) => can('PEER_GROUP_READ'),
  },
  {
    id: 'myRegistrations',
    path: PATHS.myRegistrations,
    label: 'nav.myRegistrations',
    shownIf: (can) => can('REGISTRATION_SELF'),
  },
  { id: 'calendarFeeds', path: PATHS.calendarFeeds, label: 'nav.calendarFeeds' },
  { id: 'myMessages', path: PATHS.myMessages, label: 'nav.myMessages' },
  { id: 'facets', path: PATHS.facets, label: 'nav.facets', shownIf: (can) => can('THEME_MAINTAIN') },
  // Coordinators read their own municipality's scans; only analysts record them.
  { id: 'scans', path: PATHS.scans, label: 'nav.scans', shownIf: (can) => can('SCAN_READ') },
  { id: 'recommendations', path: PATHS.recommendations, label: 'nav.recommendations', shownIf: managesRecommendations },
  // Those who only read what is assigned to them see the same list under another name.
  {
    id: 'myRecommendations',
    path: PATHS.recommendations,
    label: 'nav.myRecommendations',
    shownIf: (can) => can('RECOMMENDATION_READ') && !managesRecommendations(can),
  },
  {
    id: 'followUpProgress',
    path: PATHS.followUpProgress,
    label: 'nav.followUpProgress',
    shownIf: (can) => can('FOLLOW_UP_OVERVIEW'),
  },
  { id: 'auditLog', path: PATHS.auditLog, label: 'nav.auditLog', shownIf: (can) => can('AUDIT_READ') },
  { id: 'adminUsers', path: PATHS.adminUsers, label: 'nav.adminUsers', shownIf: (can) => can('USER_MANAGE') },
  {
    id: 'accountInvitations',
    path: PATHS.accountInvitations,
    label: 'nav.accountInvitations',
    shownIf: (can) => can('ACCOUNT_INVITE'),
  },
  {
    id: 'roleRequests',
    path: PATHS.roleRequests,
    label: 'nav.roleRequests',
    shownIf: (can) => can('ROLE_GRANT_APPROVE'),
  },
  { id: 'outbox', path: PATHS.outbox, label: 'nav.outbox', shownIf: (can) => can('OUTBOX_MANAGE') },
];

export function navigationFor(permissions: readonly Permission[]): NavItem[] {
  const can = (permission: Permission) => permissions.includes(permission);
  return NAV_ITEMS.filter((item) => !item.shownIf || item.shownIf(can));
}

/** Where to go after logging in: back to the page that asked for it, never off-site or to the login page. */
export function safeReturnPath(from: string | null | undefined): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith(PATHS.login)) {
    return PATHS.home;
  }
  return from;
}
