import { ROLES } from '@rode-draad/shared';
import { describe, expect, it } from 'vitest';
import { navigationFor, PATHS, safeReturnPath } from './navigation';

describe('navigationFor', () => {
  it('gives administrators the user management', () => {
    expect(navigationFor('ADMIN').map((item) => item.id)).toEqual(['home', 'picture', 'themes', 'adminUsers']);
  });

  it('gives RIEC analysts the facets of the scan framework', () => {
    expect(navigationFor('RIEC_ANALYST').map((item) => item.id)).toEqual(['home', 'picture', 'themes', 'facets']);
  });

  it('gives every role the regional picture and the themes, and the rest only what exists for them', () => {
    for (const role of ROLES.filter((r) => r !== 'ADMIN' && r !== 'RIEC_ANALYST')) {
      expect(navigationFor(role).map((item) => item.id)).toEqual(['home', 'picture', 'themes']);
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
