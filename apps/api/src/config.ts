import path from 'node:path';

/** Everything the server reads from its environment, parsed once at start-up. */
export interface Config {
  port: number;
  host: string;
  production: boolean;
  /** Set: use this PostgreSQL (as the application role). Unset: start the embedded one. */
  databaseUrl: string | undefined;
  /** Connection used for migrations and provisioning; defaults to databaseUrl. */
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Force the Secure cookie flag even when the request does not look like HTTPS. */
  secureCookies: boolean;
  /** Number of proxy hops in front of the app whose X-Forwarded-* headers are trusted. */
  trustProxy: number;
  webDistDir: string;
  /** First administrator, created at start when the database has no users. */
  bootstrapAdmin: { email: string; password: string } | undefined;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function flagFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  return !['0', 'false', 'no', 'off'].includes(raw.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const repoRoot = path.resolve(__dirname, '../../..');
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: intFrom(env, 'PORT', 4000),
    host: env.HOST || '0.0.0.0',
    production: env.NODE_ENV === 'production',
    databaseUrl,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || databaseUrl,
    dataDir: path.resolve(env.RD_DATA_DIR || path.join(repoRoot, '.data')),
    // Demo data is opt-out with the embedded database and opt-in with an external one.
    demo: flagFrom(env, 'RD_DEMO', databaseUrl === undefined),
    logLevel: env.LOG_LEVEL || 'info',
    sessionIdleMinutes: intFrom(env, 'RD_SESSION_IDLE_MINUTES', 120),
    sessionAbsoluteHours: intFrom(env, 'RD_SESSION_ABSOLUTE_HOURS', 12),
    secureCookies: flagFrom(env, 'RD_SECURE_COOKIES', false),
    trustProxy: intFrom(env, 'RD_TRUST_PROXY', 0),
    webDistDir: path.resolve(env.RD_WEB_DIST || path.join(repoRoot, 'apps/web/dist')),
    bootstrapAdmin:
      env.RD_ADMIN_EMAIL && env.RD_ADMIN_PASSWORD
        ? { email: env.RD_ADMIN_EMAIL, password: env.RD_ADMIN_PASSWORD }
        : undefined,
  };
}
