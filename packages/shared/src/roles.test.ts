import { describe, expect, it } from 'vitest';
import { ROLES, roleNeedsMunicipality } from './roles';
import { isErrorCode } from './errors';
import { isLocale } from './locales';

describe('roles', () => {
  it('only coordinators and participants belong to a municipality', () => {
    expect(ROLES.filter(roleNeedsMunicipality)).toEqual(['MUNICIPAL_COORDINATOR', 'PARTICIPANT']);
  });
});

describe('guards', () => {
  it('recognise known error codes and locales only', () => {
    expect(isErrorCode('NOT_FOUND')).toBe(true);
    expect(isErrorCode('TEAPOT')).toBe(false);
    expect(isLocale('nl')).toBe(true);
    expect(isLocale('de')).toBe(false);
  });
});
