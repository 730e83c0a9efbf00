import type { Role } from '@rode-draad/shared';
import type { TranslationKey } from './errors';

export type NavItemId = 'home' | 'picture' | 'themes' | 'programmes' | 'roadmap' | 'programmeBuilder' | 'sessions' | 'myRegistrations' | 'calendarFeeds' | 'myMessages' | 'facets' | 'scans' | 'recommendations' | 'myRecommendations' | 'auditLog' | 'adminUsers' | 'outbox';

export interface NavItem {
  id: NavItemId;
  path: string;
  label: TranslationKey;
  /** Roles that see the item; undefined means everyone who is logged in. */
  roles?: readonly Role[];
}

export const PATHS = {
  login: '/login',
  home: '/',
  changePassword: '/account/password',
  adminUsers: '/admin/users',
  picture: '/picture',
  picturePublish: '/picture/publish',
  pictureSnapshot: '/picture/snapshots/:id',
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
  auditLog: '/audit-log',
} as const;

export const scanPath = (id: string): string => `/scans/${encodeURIComponent(id)}`;
export const recommendationPath = (id: string): string => `/recommendations/${encodeURIComponent(id)}`;

export const sessionPath = (id: string): string => `/sessions/${encodeURIComponent(id)}`;

/** Only features that exist are listed: the navigation never promises what is not there yet. */
const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', path: PATHS.home, label: 'nav.home' },
  { id: 'picture', path: PATHS.picture, label: 'nav.picture' },
  { id: 'themes', path: PATHS.themes, label: 'nav.themes' },
  { id: 'programmes', path: PATHS.programmes, label: 'nav.programmes' },
  { id: 'roadmap', path: PATHS.roadmap, label: 'nav.roadmap' },
  { id: 'programmeBuilder', path: PATHS.programmeBuilder, label: 'nav.programmeBuilder', roles: ['PROGRAMME_STAFF'] },
  { id: 'sessions', path: PATHS.sessions, label: 'nav.sessions' },
  { id: 'myRegistrations', path: PATHS.myRegistrations, label: 'nav.myRegistrations', roles: ['PARTICIPANT', 'MUNICIPAL_COORDINATOR'] },
  { id: 'calendarFeeds', path: PATHS.calendarFeeds, label: 'nav.calendarFeeds' },
  { id: 'myMessages', path: PATHS.myMessages, label: 'nav.myMessages' },
  { id: 'facets', path: PATHS.facets, label: 'nav.facets', roles: ['RIEC_ANALYST'] },
  // Coordinators read their own municipality's scans; only analysts record them.
  { id: 'scans', path: PATHS.scans, label: 'nav.scans', roles: ['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR'] },
  { id: 'recommendations', path: PATHS.recommendations, label: 'nav.recommendations', roles: ['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR'] },
  // Participants see the same list, holding only what is assigned to them.
  { id: 'myRecommendations', path: PATHS.recommendations, label: 'nav.myRecommendations', roles: ['PARTICIPANT'] },
  { id: 'auditLog', path: PATHS.auditLog, label: 'nav.auditLog', roles: ['MUNICIPAL_COORDINATOR'] },
  { id: 'adminUsers', path: PATHS.adminUsers, label: 'nav.adminUsers', roles: ['ADMIN'] },
  { id: 'outbox', path: PATHS.outbox, label: 'nav.outbox', roles: ['ADMIN'] },
];

export function navigationFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}

/** Where to go after logging in: back to the page that asked for it, never off-site or to the login page. */
export function safeReturnPath(from: string | null | undefined): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith(PATHS.login)) {
    return PATHS.home;
  }
  return from;
}
