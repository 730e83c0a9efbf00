import type { Locale, Role } from '@rode-draad/shared';

/** Who is asking: the logged-in user as every policy check sees them. */
export interface Viewer {
  userId: string;
  sessionId: string;
  role: Role;
  regionId: string;
  municipalityId: string | null;
  locale: Locale;
}

/** A viewer acting in one request: what services need to check access and write the audit log. */
export interface Acting {
  viewer: Viewer;
  requestId: string;
}
