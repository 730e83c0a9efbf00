import { describe, expect, it } from 'vitest';
import type { Permission } from '../gql/graphql';
import { navigationFor, PATHS, safeReturnPath } from './navigation';

/** What `me.permissions` says for each kind of account (the API's grant table decides; see its tests). */
const ADMIN: Permission[] = ['USER_MANAGE', 'OUTBOX_MANAGE'];
const STAFF: Permission[] = [
  'PROGRAMME_PLAN',
  'REGISTRATION_READ',
  'REGISTRATION_MANAGE',
  'EVALUATION_READ',
  'TRACK_MANAGE',
];
const ANALYST: Permission[] = [
  'ROLE_GRANT_APPROVE',
  'THEME_MAINTAIN',
  'SCAN_READ',
  'SCAN_WRITE',
  'RECOMMENDATION_READ',
  'RECOMMENDATION_EDIT_CONTENT',
  'PICTURE_PUBLISH',
];
const COORDINATOR: Permission[] = [
  'COLLEAGUE_READ',
  'SCAN_READ',
  'RECOMMENDATION_READ',
  'FOLLOW_UP_WRITE',
  'AUDIT_READ',
  'REGISTRATION_SELF',
  'REGISTRATION_COLLEAGUES',
  'EVALUATION_SUBMIT',
  'CALENDAR_FEED_MUNICIPALITY',
  'TRACK_ENROL',
  'PEER_GROUP_READ',
  'PEER_GROUP_WORK',
];
const PARTICIPANT: Permission[] = [
  'RECOMMENDATION_READ',
  'REGISTRATION_SELF',
  'EVALUATION_SUBMIT',
  'PEER_GROUP_READ',
  'PEER_GROUP_WORK',
];
const EVERYONE = [ADMIN, STAFF, ANALYST, COORDINATOR, PARTICIPANT, []];

const ids = (permissions: Permission[]) => navigationFor(permissions).map((item) => item.id);

describe('navigationFor', () => {
  it('gives user management and the outbox to those who manage accounts', () => {
    expect(ids(ADMIN)).toEqual([
      'home',
      'picture',
      'themes',
      'programmes',
      'roadmap',
      'sessions',
      'peerTracks',
      'calendarFeeds',
      'myMessages',
      'adminUsers',
      'outbox',
    ]);
  });

  it('gives those who maintain themes the facets, scan writers scans and recommendations, approvers the role requests', () => {
    expect(ids(ANALYST)).toEqual([
      'home',
      'picture',
      'themes',
      'programmes',
      'roadmap',
      'sessions',
      'peerTracks',
      'calendarFeeds',
      'myMessages',
      'facets',
      'scans',
      'recommendations',
      'roleRequests',
    ]);
  });

  it('gives an account waiting for its first role only the public parts and its own messages', () => {
    expect(ids([])).toEqual([
      'home',
      'picture',
      'themes',
      'programmes',
      'roadmap',
      'sessions',
      'peerTracks',
      'calendarFeeds',
      'myMessages',
    ]);
  });

  it('gives coordinators their scans, recommendations and audit log, participants what is assigned to them', () => {
    expect(ids(COORDINATOR)).toEqual([
      'home',
      'picture',
      'themes',
      'programmes',
      'roadmap',
      'sessions',
      'peerTracks',
      'myPeerGroups',
      'myRegistrations',
      'calendarFeeds',
      'myMessages',
      'scans',
      'recommendations',
      'auditLog',
    ]);
    expect(ids(PARTICIPANT)).toEqual([
      'home',
      'picture',
      'themes',
      'programmes',
      'roadmap',
      'sessions',
      'peerTracks',
      'myPeerGroups',
      'myRegistrations',
      'calendarFeeds',
      'myMessages',
      'myRecommendations',
    ]);
  });

  it('gives everyone the picture, themes, programme and roadmap, and only planners the programme builder', () => {
    for (const permissions of EVERYONE) {
      expect(ids(permissions).slice(0, 5)).toEqual(['home', 'picture', 'themes', 'programmes', 'roadmap']);
      expect(ids(permissions).includes('programmeBuilder')).toBe(permissions === STAFF);
    }
    expect(ids(STAFF)).toEqual([
      'home',
      'picture',
      'themes',
      'programmes',
      'roadmap',
      'programmeBuilder',
      'sessions',
      'peerTracks',
      'calendarFeeds',
      'myMessages',
    ]);
  });

  it('shows no confidential page without a confidential permission (an account awaiting approval sees the public parts and its own messages)', () => {
    expect(ids([])).toEqual([
      'home',
      'picture',
      'themes',
      'programmes',
      'roadmap',
      'sessions',
      'peerTracks',
      'calendarFeeds',
      'myMessages',
    ]);
  });
});

describe('safeReturnPath', () => {
  it('keeps in-app paths', () => {
    expect(safeReturnPath('/admin/users?page=2')).toBe('/admin/users?page=2');
  });

  it('refuses other origins, protocol-relative URLs and the login page itself', () => {
    expect(safeReturnPath('https://evil.example/')).toBe(PATHS.home);
    expect(safeReturnPath('//evil.example/')).toBe(PATHS.home);
    expect(safeReturnPath('/login?next=/')).toBe(PATHS.home);
    expect(safeReturnPath(null)).toBe(PATHS.home);
  });
});
