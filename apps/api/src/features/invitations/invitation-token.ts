import { createHash, createHmac } from 'node:crypto';

/**
 * An invitation's link token: an HMAC of its id under the server's link key (config
 * `mail.linkSecret`). The database keeps only its SHA-256 (`invitations.token_hash`), and the
 * outbox only the invitation's id, so neither a copy of the database nor a look into the outbox
 * yields a usable link; the mail renders it from the key when it is sent.
 */
export function invitationToken(linkSecret: string, invitationId: string): string {
  return createHmac('sha256', linkSecret).update(`invitation:${invitationId}`).digest('base64url');
}

export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Where the link leads: the token after `#`, so it never reaches a server log or a Referer header. */
export const invitationLink = (publicUrl: string, token: string) => `${publicUrl}/invitation#${token}`;

/** A token as the accept page hands it over: 43 base64url characters (32 bytes). */
export const isInvitationTokenShape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** A link's token, or a clear failure when the server has no link key (config `mail.linkSecret`). */
export function requireLinkToken(linkSecret: string | undefined, invitationId: string): string {
  if (!linkSecret) {
    throw new Error('No link key configured (mail.linkSecret): links cannot be made.');
  }
  return invitationToken(linkSecret, invitationId);
}

/** Where a password reset link leads: like an invitation, the token after `#`. */
export const passwordResetLink = (publicUrl: string, token: string) => `${publicUrl}/reset-password#${token}`;
