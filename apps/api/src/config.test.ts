import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { defaultLibrariesToProduction } from './runtime-mode';

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

describe('production mode under npm start', () => {
  it('runs the libraries in production mode when NODE_ENV is unset, and keeps the operator’s value otherwise', () => {
    const unset: NodeJS.ProcessEnv = {};
    expect(defaultLibrariesToProduction(unset)).toBeUndefined();
    expect(unset.NODE_ENV).toBe('production');

    const empty: NodeJS.ProcessEnv = { NODE_ENV: '' };
    expect(defaultLibrariesToProduction(empty)).toBeUndefined();
    expect(empty.NODE_ENV).toBe('production');

    for (const value of ['development', 'test', 'production']) {
      const env: NodeJS.ProcessEnv = { NODE_ENV: value };
      expect(defaultLibrariesToProduction(env)).toBe(value);
      expect(env.NODE_ENV).toBe(value);
    }
  });

  it('is not a deployment: over plain HTTP the session cookie is not forced Secure, introspection stays on', () => {
    // As main.ts reads it: the configuration sees NODE_ENV as the operator set it.
    const env: NodeJS.ProcessEnv = { PORT: '4000' };
    const operatorValue = defaultLibrariesToProduction(env);
    const config = loadConfig({ ...env, NODE_ENV: operatorValue });
    expect(env.NODE_ENV).toBe('production');
    expect(config.production).toBe(false);
    expect(config.secureCookies).toBe(false);
  });

  it('keeps what NODE_ENV=production set by the operator means: a deployment with a Secure cookie', () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
    const config = loadConfig({ ...env, NODE_ENV: defaultLibrariesToProduction(env) });
    expect(config.production).toBe(true);
    expect(config.secureCookies).toBe(true);
  });
});
