import { roleNeedsMunicipality, type Locale, type Role } from '@rode-draad/shared';
import { MUNICIPAL_ROLES } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword, verifyPassword } from '../../auth/password';
import { grantNeedsApproval } from '../../access/permissions';
import { requireStrongPassword } from '../../auth/password-strength';
import type { Viewer } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { SortDirection } from '../../common/enums';
import { isUuid } from '../../common/ids';
import { checkVersion } from '../../common/versions';
import { pageWithTotal, type PageInput } from '../../common/paging';
import { LoginThrottle, type LoginThrottleRules } from '../auth/login-throttle';
import { MunicipalityEntity } from '../regions/municipality.entity';
import type { RoleGrantService } from '../role-grants/role-grant.service';
import type { Person } from '../recommendations/recommendation.types';
import { UserEntity } from './user.entity';
import {
  UserSortField,
  type ChangePasswordInput,
  type CreateUserInput,
  type UpdateUserInput,
  type User,
  type UserFilter,
  type UserPage,
  type UserSort,
} from './user.types';

export const toUser = (u: UserEntity): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  locale: u.locale,
  overdueDigest: u.overdueDigest,
  disabled: u.disabledAt !== null,
  version: u.version,
  createdAt: u.createdAt,
  municipalityId: u.municipalityId,
  regionId: u.regionId,
});

const SORT_COLUMNS: Record<UserSortField, string> = {
  [UserSortField.NAME]: 'lower(u.name)',
  [UserSortField.EMAIL]: 'u.email',
  [UserSortField.ROLE]: 'u.role',
  [UserSortField.CREATED_AT]: 'u.created_at',
};

const normaliseEmail = (email: string) => email.trim().toLowerCase();

export class UserService {
  /** Guessing the current password when changing it counts like guessing it at the login form. */
  private readonly loginThrottle: LoginThrottle;

  constructor(
    private readonly db: DataSource,
    private readonly roleGrants: RoleGrantService,
    loginThrottleRules: Partial<LoginThrottleRules> = {},
  ) {
    this.loginThrottle = new LoginThrottle(db, loginThrottleRules);
  }

  async byId(id: string): Promise<User | null> {
    if (!isUuid(id)) {
      return null;
    }
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    return user ? toUser(user) : null;
  }

  async list(filter: UserFilter, sort: UserSort, page: PageInput): Promise<UserPage> {
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    if (filter.search?.trim()) {
      const pattern = `%${filter.search
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(lower(u.name) LIKE :pattern OR u.email LIKE :pattern)', { pattern });
    }
    if (filter.role) {
      qb.andWhere('u.role = :role', { role: filter.role });
    }
    if (filter.municipalityId) {
      qb.andWhere('u.municipality_id = :municipalityId', { municipalityId: filter.municipalityId });
    }
    const direction = sort.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    qb.orderBy(SORT_COLUMNS[sort.field], direction).addOrderBy('u.id', direction);
    const { rows, total } = await pageWithTotal(qb, page);
    return { items: rows.map(toUser), total };
  }

  /** Names only: the same people `recordFollowUp` accepts as owner, nothing more about them. */
  async colleagues(viewer: Viewer): Promise<Person[]> {
    if (!viewer.municipalityId) {
      return [];
    }
    return await this.db.query<Person[]>(
      `SELECT id, name FROM users
        WHERE municipality_id = $1 AND disabled_at IS NULL AND role = ANY($2::text[])
        ORDER BY lower(name), id`,
      [viewer.municipalityId, [...MUNICIPAL_ROLES]],
    );
  }

  /**
   * Creates an account. A role that opens confidential data does not take effect here: the
   * account starts without a role and the grant waits for an approver (RoleGrantService).
   */
  async create(admin: Viewer, input: CreateUserInput): Promise<User> {
    return inViewerTransaction(this.db, admin, async (tx) => {
      const municipalityId = input.municipalityId ?? null;
      const regionId = await this.checkRoleAndMunicipality(tx, admin, input.role, municipalityId);
      requireStrongPassword(input.password, input, 'password');
      const needsApproval = grantNeedsApproval(input.role);
      const entity = tx.getRepository(UserEntity).create({
        email: normaliseEmail(input.email),
        name: input.name.trim(),
        role: needsApproval ? null : input.role,
        regionId,
        municipalityId: needsApproval ? null : municipalityId,
        passwordHash: await hashPassword(input.password),
        locale: input.locale ?? 'nl',
        disabledAt: null,
      });
      const saved = await this.saveUnique(tx, entity);
      if (needsApproval) {
        await this.roleGrants.request(tx, admin, saved.id, { role: input.role, regionId, municipalityId });
      }
      return toUser(saved);
    });
  }

  /**
   * Edits an account. Name and e-mail change at once, and so does a role that opens no
   * confidential data; a role that does (or such a role in another municipality) becomes a
   * request, and until it is approved the account keeps the role it has. STALE_VERSION when
   * someone saved the account in between; then nothing is written.
   */
  async update(admin: Viewer, id: string, input: UpdateUserInput, expectedVersion: number): Promise<User> {
    return inViewerTransaction(this.db, admin, async (tx) => {
      const user = await lockUser(tx, id);
      checkVersion(user, expectedVersion, 'account');
      if (user.id === admin.userId && input.role !== user.role) {
        throw new ConflictError('CANNOT_CHANGE_OWN_ROLE', 'You cannot change your own role.');
      }
      const municipalityId = input.municipalityId ?? null;
      const regionId = await this.checkRoleAndMunicipality(tx, admin, input.role, municipalityId);
      const accessChanged =
        user.role !== input.role || user.municipalityId !== municipalityId || user.regionId !== regionId;
      user.email = normaliseEmail(input.email);
      user.name = input.name.trim();
      user.version += 1;
      if (accessChanged && grantNeedsApproval(input.role)) {
        await this.roleGrants.request(tx, admin, user.id, { role: input.role, regionId, municipalityId });
        return toUser(await this.saveUnique(tx, user));
      }
      // The administrator settled on a role that needs nobody's approval (or kept the current one).
      await this.roleGrants.withdrawPending(tx, admin, user.id);
      user.regionId = regionId;
      user.role = input.role;
      user.municipalityId = municipalityId;
      const saved = await this.saveUnique(tx, user);
      if (accessChanged) {
        // What the user may see changes with role and municipality: make them log in again.
        await tx.query('DELETE FROM user_sessions WHERE user_id = $1', [user.id]);
      }
      return toUser(saved);
    });
  }

  /** STALE_VERSION when someone saved the account after the administrator loaded it; then nothing changes. */
  async setDisabled(admin: Viewer, id: string, disabled: boolean, expectedVersion: number): Promise<User> {
    if (id === admin.userId && disabled) {
      throw new ConflictError('CANNOT_DISABLE_SELF', 'You cannot disable your own account.');
    }
    return this.db.transaction(async (tx) => {
      const user = await lockUser(tx, id);
      checkVersion(user, expectedVersion, 'account');
      if (disabled && user.disabledAt === null) {
        user.disabledAt = new Date();
        // A disabled user's sessions end at once, not at their next expiry.
        await tx.query('DELETE FROM user_sessions WHERE user_id = $1', [user.id]);
      } else if (!disabled) {
        user.disabledAt = null;
      }
      user.version += 1;
      return toUser(await tx.getRepository(UserEntity).save(user));
    });
  }

  /**
   * A session left open must not let anyone try out the account's password: each check of the current
   * password is reserved in the login throttle first (the same account and address keys as the login
   * form), and only a right one gives its slot back.
   */
  async changePassword(viewer: Viewer, input: ChangePasswordInput, clientAddress: string): Promise<void> {
    const [account] = await this.db.query<{ email: string }[]>('SELECT email FROM users WHERE id = $1', [
      viewer.userId,
    ]);
    const attempt = await this.loginThrottle.reserve(account?.email ?? viewer.userId, clientAddress);
    let currentPasswordRight = false;
    try {
      await this.db.transaction(async (tx) => {
        const user = await tx
          .getRepository(UserEntity)
          .createQueryBuilder('u')
          .addSelect('u.passwordHash')
          .where('u.id = :id', { id: viewer.userId })
          .setLock('pessimistic_write')
          .getOne();
        if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
          throw new BadInputError('The current password is not correct.', [
            { field: 'currentPassword', reason: 'WRONG_PASSWORD' },
          ]);
        }
        currentPasswordRight = true;
        if (input.currentPassword === input.newPassword) {
          throw new BadInputError('The new password must differ from the current one.', [
            { field: 'newPassword', reason: 'SAME_AS_CURRENT' },
          ]);
        }
        requireStrongPassword(input.newPassword, user, 'newPassword');
        await tx.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
          user.id,
          await hashPassword(input.newPassword),
        ]);
        // Other sessions may belong to whoever knew the old password.
        await tx.query('DELETE FROM user_sessions WHERE user_id = $1 AND id <> $2', [user.id, viewer.sessionId]);
      });
    } finally {
      if (currentPasswordRight) {
        await this.loginThrottle.succeeded(attempt);
      }
    }
  }

  /** The user's own setting, like the locale: not part of the account's version. */
  async setOverdueDigest(viewer: Viewer, enabled: boolean): Promise<User> {
    await this.db.query('UPDATE users SET overdue_digest = $2, updated_at = now() WHERE id = $1', [
      viewer.userId,
      enabled,
    ]);
    const user = await this.byId(viewer.userId);
    if (!user) {
      throw new NotFoundError('User');
    }
    return user;
  }

  async setLocale(viewer: Viewer, locale: Locale): Promise<User> {
    await this.db.query('UPDATE users SET locale = $2, updated_at = now() WHERE id = $1', [viewer.userId, locale]);
    const user = await this.byId(viewer.userId);
    if (!user) {
      throw new NotFoundError('User');
    }
    return user;
  }

  /** Validates the role/municipality pair and returns the region the user belongs to. */
  private async checkRoleAndMunicipality(
    tx: EntityManager,
    admin: Viewer,
    role: Role,
    municipalityId: string | null,
  ): Promise<string> {
    if (!roleNeedsMunicipality(role)) {
      if (municipalityId) {
        throw new BadInputError('Only coordinators and participants belong to a municipality.', [
          { field: 'municipalityId', reason: 'NOT_ALLOWED_FOR_ROLE' },
        ]);
      }
      return admin.regionId;
    }
    if (!municipalityId) {
      throw new BadInputError('Choose the municipality this user works for.', [
        { field: 'municipalityId', reason: 'REQUIRED_FOR_ROLE' },
      ]);
    }
    const municipality = await tx.getRepository(MunicipalityEntity).findOneBy({ id: municipalityId });
    if (!municipality) {
      throw new BadInputError('This municipality does not exist.', [
        { field: 'municipalityId', reason: 'UNKNOWN_MUNICIPALITY' },
      ]);
    }
    return municipality.regionId;
  }

  private async saveUnique(tx: EntityManager, user: UserEntity): Promise<UserEntity> {
    try {
      return await tx.getRepository(UserEntity).save(user);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new ConflictError('EMAIL_TAKEN', 'An account with this e-mail address already exists.');
      }
      throw error;
    }
  }
}

/** The account, locked for the rest of the transaction so that its version cannot move under the edit. */
async function lockUser(tx: EntityManager, id: string): Promise<UserEntity> {
  const user = isUuid(id)
    ? await tx.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!user) {
    throw new NotFoundError('User');
  }
  return user;
}
