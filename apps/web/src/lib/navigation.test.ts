import { ROLES } from '@rode-draad/shared';
import { describe, expect, it } from 'vitest';
import { navigationFor, PATHS, safeReturnPath } from './navigation';

describe('navigationFor', () => {
  it('gives administrators the user management', () => {
    expect(navigationFor('ADMIN').map((item) => item.id)).toEqual(['home', 'picture', 'themes', 'programmes', 'roadmap', 'sessions', 'calendarFeeds', 'myMessages', 'adminUsers', 'outbox']);
  });

  it('gives RIEC analysts the facets of the scan framework', () => {
    expect(navigationFor('RIEC_ANALYST').map((item) => item.id)).toEqual(['home', 'picture', 'themes', 'programmes', 'roadmap', 'sessions', 'calendarFeeds', 'myMessages', 'facets', 'scans', 'recommendations']);
  });

  it('gives coordinators their scans (read-only), recommendations and audit log, participants what is assigned to them', () => {
    expect(navigationFor('MUNICIPAL_COORDINATOR').map((item) => item.id)).toEqual([
      'home',
      'picture',
      'themes',
      'programmes',
      'roadmap',
      'sessions',
      'myRegistrations',
      'calendarFeeds',
      'myMessages',
      'scans',
      'recommendations',
      'auditLog',
    ]);
    expect(navigationFor('PARTICIPANT').map((item) => item.id)).toEqual(['home', 'picture', 'themes', 'programmes', 'roadmap', 'sessions', 'myRegistrations', 'calendarFeeds', 'myMessages', 'myRecommendations']);
  });

  it('gives every role the programme and its roadmap, and only programme staff the programme builder', () => {
    for (const role of ROLES) {
      const ids = navigationFor(role).map((item) => item.id);
      expect(ids.slice(3, 5)).toEqual(['programmes', 'roadmap']);
      expect(ids.includes('programmeBuilder')).toBe(role === 'PROGRAMME_STAFF');
    }
  });

  it('gives every role the regional picture and the themes, and never confidential pages to admins or programme staff', () => {
    for (const role of ROLES) {
      expect(navigationFor(role).map((item) => item.id).slice(0, 3)).toEqual(['home', 'picture', 'themes']);
    }
    expect(navigationFor('PROGRAMME_STAFF').map((item) => item.id)).toEqual(['home', 'picture', 'themes', 'programmes', 'roadmap', 'programmeBuilder', 'sessions', 'calendarFeeds', 'myMessages']);
  });

  it('gives everyone the sessions, calendar feeds and their own messages, their own registrations to those who register, the outbox to admins', () => {
    for (const role of ROLES) {
      const ids = navigationFor(role).map((item) => item.id);
      expect(ids).toContain('sessions');
      expect(ids).toContain('calendarFeeds');
      expect(ids).toContain('myMessages');
      expect(ids.includes('outbox')).toBe(role === 'ADMIN');
      expect(ids.includes('myRegistrations')).toBe(role === 'PARTICIPANT' || role === 'MUNICIPAL_COORDINATOR');
    }
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
