import { randomUUID } from 'node:crypto';
import { isLocale } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../auth/password';
import { requireStrongPassword } from '../../auth/password-strength';
import { ConflictError } from '../../common/errors';
import { normaliseEmail, openByToken, throttleKey, type LinkRefusals } from '../invitations/invitation-store';
import { hashInvitationToken, requireLinkToken } from '../invitations/invitation-token';
import { enqueueNotifications } from '../notifications/outbox';
import { LoginThrottle, type LoginThrottleRules } from './login-throttle';
import { PasswordResetThrottle, type PasswordResetThrottleRules } from './password-reset-throttle';
import type { PasswordResetPreview, ResetPasswordInput } from './password-reset.types';

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 60;
/**
 * Every request is answered no sooner than this after it passed the throttle, with or without an
 * account behind the address, so the answer's timing does not tell them apart either (the work for
 * an existing account, one insert and one outbox row, takes far less).
 */
export const RESET_ANSWER_MS = 400;

const RESET_REFUSALS: LinkRefusals = {
  unknown: 'RESET_LINK_UNKNOWN',
  used: 'RESET_LINK_USED',
  revoked: 'RESET_LINK_UNKNOWN',
  expired: 'RESET_LINK_EXPIRED',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Forgot password": a one-time link of one hour (an `invitations` row of purpose PASSWORD_RESET,
 * only its token's hash stored) mailed through the outbox to the account's own address, in the
 * account's language. Requests are throttled per e-mail and per client address and always get the
 * same answer; the link's page and the reset itself are throttled like a login, per link. Setting
 * the password ends every session of the account. Disabled accounts get no link and cannot use one.
 */
export class PasswordResetService {
  private readonly linkThrottle: LoginThrottle;
  private readonly requestThrottle: PasswordResetThrottle;

  constructor(
    private readonly db: DataSource,
    private readonly settings: { linkSecret: string | undefined },
    tuning: { login?: Partial<LoginThrottleRules>; requests?: Partial<PasswordResetThrottleRules> } = {},
  ) {
    this.linkThrottle = new LoginThrottle(db, tuning.login);
    this.requestThrottle = new PasswordResetThrottle(db, tuning.requests);
  }

  /** Mails a link when the address belongs to an active account; returns that account's id for the log only. */
  async request(email: string, clientAddress: string): Promise<string | null> {
    const address = normaliseEmail(email);
    await this.requestThrottle.reserve(address, clientAddress);
    const answerAt = Date.now() + RESET_ANSWER_MS;
    try {
      return await this.db.transaction(async (tx) => {
        const [user] = await tx.query<{ id: string; name: string; locale: string; region_id: string }[]>(
          'SELECT id, name, locale, region_id FROM users WHERE email = $1 AND disabled_at IS NULL',
          [address],
        );
        if (!user) {
          return null;
        }
        const id = randomUUID();
        const locale = isLocale(user.locale) ? user.locale : 'nl';
        await tx.query(
          `INSERT INTO invitations (id, purpose, email, name, locale, region_id, user_id, token_hash, expires_at)
           VALUES ($1, 'PASSWORD_RESET', $2, $3, $4, $5, $6, $7, now() + make_interval(mins => $8))`,
          [
            id,
            address,
            user.name,
            locale,
            user.region_id,
            user.id,
            hashInvitationToken(requireLinkToken(this.settings.linkSecret, id)),
            RESET_LINK_MINUTES,
          ],
        );
        // To the address, not the account: a reset link never shows up in the in-app messages.
        await enqueueNotifications(tx, [
          {
            kind: 'PASSWORD_RESET',
            recipientAddress: { email: address, name: user.name, locale },
            payload: { invitationId: id },
          },
        ]);
        return user.id;
      });
    } finally {
      await sleep(Math.max(0, answerAt - Date.now()));
    }
  }

  /** What the reset page shows: the address (for password managers) and until when the link works. */
  async preview(token: string, clientAddress: string): Promise<PasswordResetPreview> {
    const attempt = await this.linkThrottle.reserve(throttleKey(token), clientAddress);
    const link = await this.db.transaction((tx) => openByToken(tx, token, ['PASSWORD_RESET'], RESET_REFUSALS));
    await this.linkThrottle.succeeded(attempt);
    return { email: link.email, expiresAt: link.expires_at };
  }

  /**
   * Sets the password through a reset link, all or nothing: the link is used up, the password must
   * pass the strength rules, and every session of the account ends (whoever held one may have known
   * the old password). Returns the account's id; the user logs in with the new password.
   */
  async reset(input: ResetPasswordInput, clientAddress: string): Promise<string> {
    const attempt = await this.linkThrottle.reserve(throttleKey(input.token), clientAddress);
    const userId = await this.db.transaction(async (tx) => {
      const link = await openByToken(tx, input.token, ['PASSWORD_RESET'], RESET_REFUSALS, true);
      const [user] = await tx.query<{ id: string; email: string; name: string; disabled: boolean }[]>(
        'SELECT id, email, name, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1 FOR UPDATE',
        [link.user_id],
      );
      if (!user || user.email !== link.email) {
        // The address changed since the link was sent: it was meant for the old one.
        throw new ConflictError('RESET_LINK_UNKNOWN', 'This link is not valid.');
      }
      if (user.disabled) {
        throw new ConflictError('ACCOUNT_DISABLED', 'This account has been disabled.');
      }
      requireStrongPassword(input.password, user, 'password');
      await tx.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
        user.id,
        await hashPassword(input.password),
      ]);
      await tx.query('DELETE FROM user_sessions WHERE user_id = $1', [user.id]);
      await tx.query('UPDATE invitations SET used_at = now(), accepted_user_id = $2 WHERE id = $1', [link.id, user.id]);
      return user.id;
    });
    await this.linkThrottle.succeeded(attempt);
    return userId;
  }
}
