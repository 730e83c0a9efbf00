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
