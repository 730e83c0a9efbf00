import type { DataSource } from 'typeorm';
import { burnVerification, verifyPassword } from '../../auth/password';
import { UnauthenticatedError } from '../../common/errors';
import { UserEntity } from '../users/user.entity';
import { LoginThrottle, type LoginThrottleRules } from './login-throttle';
import type { SessionService } from './session.service';

export interface LoginResult {
  userId: string;
  token: string;
}

/**
 * Checks credentials. An unknown e-mail and a wrong password get the same answer after the same
 * work, so the login form cannot be used to find out who has an account.
 */
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    throttleRules: Partial<LoginThrottleRules> = {},
  ) {
    this.throttle = new LoginThrottle(db, throttleRules);
  }

  async login(email: string, password: string, clientAddress: string): Promise<LoginResult> {
    // Reserved before the password is checked: a refused attempt never reaches the verification.
    const attempt = await this.throttle.reserve(email, clientAddress);
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    let valid = false;
    if (user?.passwordHash) {
      valid = await verifyPassword(user.passwordHash, password);
    } else {
      await burnVerification(password);
    }
    if (!user || !valid) {
      throw new UnauthenticatedError('WRONG_CREDENTIALS', 'E-mail address or password is not correct.');
    }
    // Only someone who knows the password learns that the account is disabled.
    if (user.disabledAt) {
      throw new UnauthenticatedError('ACCOUNT_DISABLED', 'This account has been disabled.');
    }
    await this.throttle.succeeded(attempt);
    return { userId: user.id, token: await this.sessions.create(user.id) };
  }
}
