import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig: the Secure flag of the session cookie', () => {
  it('is forced in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
  });

  it('can be turned off in production for a plain-HTTP trial', () => {
    expect(loadConfig({ NODE_ENV: 'production', RD_INSECURE_COOKIES: '1' }).secureCookies).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', RD_SECURE_COOKIES: '0' }).secureCookies).toBe(false);
  });

  it('is left to the request outside production, unless RD_SECURE_COOKIES forces it', () => {
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig({ RD_SECURE_COOKIES: '1' }).secureCookies).toBe(true);
  });

  it('refuses contradicting settings', () => {
    expect(() => loadConfig({ RD_SECURE_COOKIES: '1', RD_INSECURE_COOKIES: '1' })).toThrow(/only one/);
  });
});
