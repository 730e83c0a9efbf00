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
  /**
   * Mark the session cookie Secure even when the request does not look like HTTPS. On by default
   * in production (RD_INSECURE_COOKIES=1 turns it off for a plain-HTTP trial); over HTTPS it is
   * Secure regardless.
   */
  secureCookies: boolean;
  /** Number of proxy hops in front of the app whose X-Forwarded-* headers are trusted. */
  trustProxy: number;
  webDistDir: string;
  /** First administrator, created at start when the database has no users. */
  bootstrapAdmin: { email: string; password: string } | undefined;
  /** The region's first RIEC analyst, created at start while the region has none (install grant). */
  firstAnalyst: { email: string; password: string; name: string } | undefined;
  /** Where users reach the app: links in e-mails and calendar feed URLs. */
  publicUrl: string;
  mail: MailConfig;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
}

export interface MailConfig {
  from: string;
  /**
   * Key of the HMAC that turns an invitation's id into its link token (RD_LINK_SECRET): the
   * database stores only a hash of the token, and the mail renders the link from this key, so
   * neither the outbox nor a copy of the database holds a usable link. Every process must use the
   * same key, and keep it across restarts: see `link-secret.ts` for what happens when it is unset.
   */
  linkSecret?: string;
  /** Unset: no SMTP server configured, e-mail stays in the outbox as pending. */
  smtp: SmtpConfig | undefined;
  /**
   * Demo mode keeps every mail in the outbox (status DEMO) and shows invitation links in the app
   * instead. RD_DEMO_SEND_MAIL=1 sends demo mail through SMTP after all (a trial with a test
   * mailbox, the browser tests of password reset); the invitation links stay visible.
   */
  sendInDemo?: boolean;
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

function secureCookiesFrom(env: NodeJS.ProcessEnv, production: boolean): boolean {
  const insecure = flagFrom(env, 'RD_INSECURE_COOKIES', false);
  const secure = flagFrom(env, 'RD_SECURE_COOKIES', production && !insecure);
  if (secure && insecure) {
    throw new Error('RD_SECURE_COOKIES and RD_INSECURE_COOKIES are both on: set only one of them');
  }
  return secure;
}

function publicUrlFrom(env: NodeJS.ProcessEnv, port: number): string {
  const raw = env.RD_PUBLIC_URL || `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`RD_PUBLIC_URL must be an absolute http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`RD_PUBLIC_URL must be an absolute http(s) URL, got "${raw}"`);
  }
  return url.toString().replace(/\/+$/, '');
}

function mailFrom(env: NodeJS.ProcessEnv): MailConfig {
  const host = env.SMTP_HOST || undefined;
  const secure = flagFrom(env, 'SMTP_SECURE', false);
  return {
    from: env.MAIL_FROM || 'Rode Draad <noreply@rodedraad.example>',
    linkSecret: env.RD_LINK_SECRET || undefined,
    sendInDemo: flagFrom(env, 'RD_DEMO_SEND_MAIL', false),
    smtp: host
      ? {
          host,
          port: intFrom(env, 'SMTP_PORT', secure ? 465 : 587),
          secure,
          user: env.SMTP_USER || undefined,
          password: env.SMTP_PASSWORD || undefined,
        }
      : undefined,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const repoRoot = path.resolve(__dirname, '../../..');
  const databaseUrl = env.DATABASE_URL || undefined;
  const port = intFrom(env, 'PORT', 4000);
  const production = env.NODE_ENV === 'production';
  return {
    port,
    host: env.HOST || '0.0.0.0',
    production,
    databaseUrl,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || databaseUrl,
    dataDir: path.resolve(env.RD_DATA_DIR || path.join(repoRoot, '.data')),
    // Demo data is opt-out with the embedded database and opt-in with an external one.
    demo: flagFrom(env, 'RD_DEMO', databaseUrl === undefined),
    logLevel: env.LOG_LEVEL || 'info',
    sessionIdleMinutes: intFrom(env, 'RD_SESSION_IDLE_MINUTES', 120),
    sessionAbsoluteHours: intFrom(env, 'RD_SESSION_ABSOLUTE_HOURS', 12),
    secureCookies: secureCookiesFrom(env, production),
    trustProxy: intFrom(env, 'RD_TRUST_PROXY', 0),
    webDistDir: path.resolve(env.RD_WEB_DIST || path.join(repoRoot, 'apps/web/dist')),
    bootstrapAdmin:
      env.RD_ADMIN_EMAIL && env.RD_ADMIN_PASSWORD
        ? { email: env.RD_ADMIN_EMAIL, password: env.RD_ADMIN_PASSWORD }
        : undefined,
    firstAnalyst:
      env.RD_FIRST_ANALYST_EMAIL && env.RD_FIRST_ANALYST_PASSWORD
        ? {
            email: env.RD_FIRST_ANALYST_EMAIL,
            password: env.RD_FIRST_ANALYST_PASSWORD,
            name: env.RD_FIRST_ANALYST_NAME || 'RIEC-analist',
          }
        : undefined,
    publicUrl: publicUrlFrom(env, port),
    mail: mailFrom(env),
  };
}
