import type { Locale, Role } from '@rode-draad/shared';

/** Who is asking: the logged-in user as every access check sees them. */
export interface Viewer {
  userId: string;
  sessionId: string;
  /**
   * The session cookie's secret, kept for this request only: viewer transactions hand it to
   * PostgreSQL, whose row-level-security policies look the viewer up from it (never logged).
   */
  sessionToken: string;
  /** Null while the account waits for its first role grant to be approved: no access beyond its own account. */
  role: Role | null;
  regionId: string;
  municipalityId: string | null;
  locale: Locale;
}

/** A viewer acting in one request: what services need to check access and write the audit log. */
export interface Acting {
  viewer: Viewer;
  requestId: string;
}
