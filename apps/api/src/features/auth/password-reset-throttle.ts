import type { DataSource } from 'typeorm';
import { reserveSlot } from './login-throttle';

export interface PasswordResetThrottleRules {
  /** At most the login throttle's window: its clean-up removes keys idle for longer. */
  windowMinutes: number;
  /** Requests per e-mail address (existing or not), so nobody floods a mailbox. */
  emailLimit: number;
  /** Requests per client address, over all e-mail addresses. */
  addressLimit: number;
}

export const DEFAULT_PASSWORD_RESET_THROTTLE: PasswordResetThrottleRules = {
  windowMinutes: 15,
  emailLimit: 3,
  addressLimit: 10,
};

/**
 * "Forgot password" requests, counted in the login throttle's table with the same sliding window
 * (`reserveSlot`), on keys of their own: per e-mail address and per client address. Every request
 * counts, whether the address has an account or not, so the limit says nothing about accounts.
 */
export class PasswordResetThrottle {
  private readonly rules: PasswordResetThrottleRules;

  constructor(
    private readonly db: DataSource,
    rules: Partial<PasswordResetThrottleRules> = {},
  ) {
    this.rules = { ...DEFAULT_PASSWORD_RESET_THROTTLE, ...rules };
  }

  /** Counts a request, or refuses it with RATE_LIMITED. Address first, then e-mail: one lock order. */
  async reserve(email: string, clientAddress: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await reserveSlot(tx, `reset-address:${clientAddress}`, this.rules.windowMinutes, this.rules.addressLimit);
      await reserveSlot(tx, `reset-email:${email}`, this.rules.windowMinutes, this.rules.emailLimit);
    });
  }
}
