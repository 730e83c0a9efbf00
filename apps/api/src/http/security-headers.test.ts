import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app';

let direct: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  [direct, proxied] = await Promise.all([startTestApp(), startTestApp({ trustProxy: 1 })]);
});
afterAll(() => Promise.all([direct.close(), proxied.close()]));

const hsts = async (app: TestApp, headers: Record<string, string> = {}) =>
  (await fetch(`${app.url}/healthz`, { headers })).headers.get('strict-transport-security');

describe('Strict-Transport-Security', () => {
  it('is sent when a trusted proxy says the request came over HTTPS', async () => {
    expect(await hsts(proxied, { 'x-forwarded-proto': 'https' })).toBe('max-age=31536000');
  });

  it('is not sent over plain HTTP', async () => {
    expect(await hsts(proxied, { 'x-forwarded-proto': 'http' })).toBeNull();
    expect(await hsts(direct)).toBeNull();
  });

  it('is not sent on a forged X-Forwarded-Proto when no proxy is trusted', async () => {
    expect(await hsts(direct, { 'x-forwarded-proto': 'https' })).toBeNull();
  });

  it('comes with the other security headers on every response', async () => {
    const response = await fetch(`${proxied.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
