import type { DataSource } from 'typeorm';
import { burnVerification, verifyPassword } from '../../auth/password';
import { UnauthenticatedError } from '../../common/errors';
import { UserEntity } from '../users/user.entity';
import { ACCOUNT_RULE, ADDRESS_RULE, LoginThrottle, accountKey, addressKey } from './login-throttle';
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
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
  ) {}

  async login(email: string, password: string, clientAddress: string): Promise<LoginResult> {
    const throttle = new LoginThrottle(this.db.manager);
    const keys: Parameters<LoginThrottle['beforeAttempt']>[0] = [
      [accountKey(email), ACCOUNT_RULE],
      [addressKey(clientAddress), ADDRESS_RULE],
    ];
    await throttle.beforeAttempt(keys);
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
      await throttle.recordFailure(keys);
      throw new UnauthenticatedError('WRONG_CREDENTIALS', 'E-mail address or password is not correct.');
    }
    // Only someone who knows the password learns that the account is disabled.
    if (user.disabledAt) {
      throw new UnauthenticatedError('ACCOUNT_DISABLED', 'This account has been disabled.');
    }
    await throttle.reset(accountKey(email));
    return { userId: user.id, token: await this.sessions.create(user.id) };
  }
}
