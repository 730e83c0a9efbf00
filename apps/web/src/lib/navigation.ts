import type { Role } from '@rode-draad/shared';
import type { TranslationKey } from './errors';

export type NavItemId = 'home' | 'picture' | 'themes' | 'facets' | 'adminUsers';

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
  facets: '/facets',
} as const;

/** Only features that exist are listed: the navigation never promises what is not there yet. */
const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', path: PATHS.home, label: 'nav.home' },
  { id: 'picture', path: PATHS.picture, label: 'nav.picture' },
  { id: 'themes', path: PATHS.themes, label: 'nav.themes' },
  { id: 'facets', path: PATHS.facets, label: 'nav.facets', roles: ['RIEC_ANALYST'] },
  { id: 'adminUsers', path: PATHS.adminUsers, label: 'nav.adminUsers', roles: ['ADMIN'] },
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
