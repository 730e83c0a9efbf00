import { randomUUID } from 'node:crypto';
import { isLocale, roleNeedsMunicipality, type Locale } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { invitableRoles, Permission, reachOf } from '../../access/permissions';
import { canOn, requirePermission } from '../../access/policy';
import { scopeSql } from '../../access/scope';
import type { Acting } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { PageInput } from '../../common/paging';
import { recordAudit } from '../audit/audit.service';
import { enqueueNotifications } from '../notifications/outbox';
import type {
  AccountInvitation,
  AccountInvitationFilter,
  AccountInvitationPage,
  InviteAccountInput,
} from './account-invitation.types';
import { hashInvitationToken, invitationLink, requireLinkToken } from './invitation-token';
import { named, normaliseEmail, SELECT_INVITATION, type InvitationRow } from './invitation-store';
import { INVITATION_DAYS, type InvitationSettings } from './invitation.service';

/** What a new invitation needs: who, which role and where. */
interface Invitee {
  email: string;
  name: string;
  locale: Locale;
  role: string;
  regionId: string;
  municipalityId: string | null;
}

/**
 * Invitations to a new account (purpose ACCOUNT): the way accounts are made in the app, without
 * anybody typing someone else's password. Administrators invite with any role; a role that opens
 * confidential data becomes, when the invitation is accepted, a request from the inviting
 * administrator that an RIEC analyst of the region approves (InvitationService.accept). A
 * municipality's coordinators invite colleagues of their own municipality as participants. The
 * database holds the same rules (migration AccountInvitations). Accepting is InvitationService's.
 */
export class AccountInvitationService {
  constructor(
    private readonly db: DataSource,
    private readonly settings: InvitationSettings,
  ) {}

  /**
   * Invites someone: FORBIDDEN for a role the viewer may not give or a municipality outside the
   * reach, CONFLICT EMAIL_TAKEN when the address has an account, ACCOUNT_INVITATION_PENDING when
   * it has an open invitation (resend that one instead).
   */
  async invite(acting: Acting, input: InviteAccountInput): Promise<AccountInvitation> {
    const { viewer } = acting;
    requirePermission(viewer, Permission.ACCOUNT_INVITE);
    if (!invitableRoles(viewer.role).includes(input.role)) {
      throw new ForbiddenError('You may not invite someone with this role.');
    }
    return inViewerTransaction(this.db, viewer, async (tx) => {
      const municipalityId = input.municipalityId ?? viewer.municipalityId;
      const regionId = await this.placeOf(tx, acting, input.role, municipalityId);
      const invitee: Invitee = {
        email: normaliseEmail(input.email),
        name: input.name.trim(),
        locale: input.locale ?? 'nl',
        role: input.role,
        regionId,
        municipalityId: roleNeedsMunicipality(input.role) ? municipalityId : null,
      };
      // An expired link that nobody revoked still blocks the address: it is replaced.
      await tx.query(
        `UPDATE invitations SET revoked_at = now()
          WHERE purpose = 'ACCOUNT' AND email = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at <= now()`,
        [invitee.email],
      );
      const id = await this.create(tx, acting, invitee);
      return this.load(tx, id);
    });
  }

  /** The account invitations the viewer may see (administrators: all; coordinators: their municipality's), newest first. */
  async list(acting: Acting, filter: AccountInvitationFilter, page: PageInput): Promise<AccountInvitationPage> {
    const { viewer } = acting;
    requirePermission(viewer, Permission.ACCOUNT_INVITE);
    return inViewerTransaction(this.db, viewer, async (tx) => {
      const scope = scopeSql(viewer, Permission.ACCOUNT_INVITE, 'i');
      const rows = await named<(InvitationRow & { total: number })[]>(
        tx,
        `SELECT *, count(*) OVER ()::int AS total FROM (${SELECT_INVITATION}
            WHERE i.purpose = 'ACCOUNT' AND ${scope.sql}) listed
          WHERE (:status::text IS NULL OR listed.status = :status)
          ORDER BY listed.created_at DESC, listed.id
          LIMIT :limit OFFSET :offset`,
        { ...scope.params, status: filter.status ?? null, limit: page.limit, offset: page.offset },
      );
      if (reachOf(viewer.role, Permission.ACCOUNT_INVITE) === 'municipality' && viewer.municipalityId) {
        await recordAudit(tx, viewer, acting.requestId, [
          {
            municipalityId: viewer.municipalityId,
            action: 'LIST',
            entity: 'invitation',
            details: { count: rows.length },
          },
        ]);
      }
      return { items: rows.map((row) => this.toInvitation(row)), total: rows[0]?.total ?? 0 };
    });
  }

  /** Withdraws an open invitation: its link stops working. CONFLICT INVITATION_USED once accepted. */
  async revoke(acting: Acting, id: string): Promise<AccountInvitation> {
    return inViewerTransaction(this.db, acting.viewer, async (tx) => {
      const row = await this.lockVisible(tx, acting, id);
      if (row.status !== 'REVOKED') {
        await tx.query('UPDATE invitations SET revoked_at = now() WHERE id = $1', [id]);
        await this.audit(tx, acting, row.municipality_id, 'UPDATE', id, { revoked: true });
      }
      return this.load(tx, id);
    });
  }

  /**
   * Sends a new link for an invitation that was not accepted (pending, expired or revoked): the old
   * link stops working and a new one, valid for the full period, goes out. CONFLICT INVITATION_USED
   * once accepted, EMAIL_TAKEN when the address got an account meanwhile.
   */
  async resend(acting: Acting, id: string): Promise<AccountInvitation> {
    return inViewerTransaction(this.db, acting.viewer, async (tx) => {
      const row = await this.lockVisible(tx, acting, id);
      if (row.status !== 'REVOKED') {
        await tx.query('UPDATE invitations SET revoked_at = now() WHERE id = $1', [id]);
      }
      const newId = await this.create(tx, acting, {
        email: row.email,
        name: row.name,
        locale: isLocale(row.locale) ? row.locale : 'nl',
        role: row.role!,
        regionId: row.region_id,
        municipalityId: row.municipality_id,
      });
      return this.load(tx, newId);
    });
  }

  /** Checks the role's place: the municipality exists and lies in the viewer's reach. Returns its region. */
  private async placeOf(
    tx: EntityManager,
    { viewer }: Acting,
    role: InviteAccountInput['role'],
    municipalityId: string | null,
  ): Promise<string> {
    if (!roleNeedsMunicipality(role)) {
      return viewer.regionId;
    }
    if (!municipalityId) {
      throw new BadInputError('Choose the municipality this person works for.', [
        { field: 'municipalityId', reason: 'REQUIRED_FOR_ROLE' },
      ]);
    }
    const [municipality] = await tx.query<{ region_id: string }[]>(
      'SELECT region_id FROM municipalities WHERE id = $1',
      [municipalityId],
    );
    if (!municipality) {
      throw new BadInputError('This municipality does not exist.', [
        { field: 'municipalityId', reason: 'UNKNOWN_MUNICIPALITY' },
      ]);
    }
    if (!canOn(viewer, Permission.ACCOUNT_INVITE, { regionId: municipality.region_id, municipalityId })) {
      throw new ForbiddenError('You may invite colleagues of your own municipality only.');
    }
    return municipality.region_id;
  }

  /** Inserts the invitation and its mail (to the address, in the invitee's language), in the caller's transaction. */
  private async create(tx: EntityManager, acting: Acting, invitee: Invitee): Promise<string> {
    const [account] = await tx.query<unknown[]>('SELECT 1 FROM users WHERE email = $1', [invitee.email]);
    if (account) {
      throw new ConflictError('EMAIL_TAKEN', 'An account with this e-mail address already exists.');
    }
    const id = randomUUID();
    try {
      await tx.query(
        `INSERT INTO invitations (id, purpose, email, name, locale, region_id, municipality_id, role, token_hash,
                                  invited_by, expires_at)
         VALUES ($1, 'ACCOUNT', $2, $3, $4, $5, $6, $7, $8, $9, now() + make_interval(days => $10))`,
        [
          id,
          invitee.email,
          invitee.name,
          invitee.locale,
          invitee.regionId,
          invitee.municipalityId,
          invitee.role,
          hashInvitationToken(requireLinkToken(this.settings.linkSecret, id)),
          acting.viewer.userId,
          INVITATION_DAYS,
        ],
      );
    } catch (error) {
      if (isUniqueViolation(error, 'invitations_one_open_account')) {
        throw new ConflictError('ACCOUNT_INVITATION_PENDING', 'This address has an open invitation already.');
      }
      throw error;
    }
    await enqueueNotifications(tx, [
      {
        kind: 'ACCOUNT_INVITATION',
        recipientAddress: { email: invitee.email, name: invitee.name, locale: invitee.locale },
        payload: { invitationId: id },
      },
    ]);
    await this.audit(tx, acting, invitee.municipalityId, 'CREATE', id, { role: invitee.role });
    return id;
  }

  /** A coordinator's invitations are the municipality's business: they go into its audit log. */
  private async audit(
    tx: EntityManager,
    acting: Acting,
    municipalityId: string | null,
    action: 'CREATE' | 'UPDATE',
    id: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    if (municipalityId && reachOf(acting.viewer.role, Permission.ACCOUNT_INVITE) === 'municipality') {
      await recordAudit(tx, acting.viewer, acting.requestId, [
        { municipalityId, action, entity: 'invitation', entityId: id, details },
      ]);
    }
  }

  /** The invitation under a row lock, if the viewer may manage it; NOT_FOUND otherwise, like one that does not exist. */
  private async lockVisible(tx: EntityManager, { viewer }: Acting, id: string): Promise<InvitationRow> {
    requirePermission(viewer, Permission.ACCOUNT_INVITE);
    const scope = scopeSql(viewer, Permission.ACCOUNT_INVITE, 'i');
    const [row] = isUuid(id)
      ? await named<InvitationRow[]>(
          tx,
          `${SELECT_INVITATION} WHERE i.id = :invitationId AND i.purpose = 'ACCOUNT' AND ${scope.sql} FOR UPDATE OF i`,
          { ...scope.params, invitationId: id },
        )
      : [];
    if (!row) {
      throw new NotFoundError('Invitation');
    }
    if (row.status === 'ACCEPTED') {
      throw new ConflictError('INVITATION_USED', 'This invitation has been accepted already.');
    }
    return row;
  }

  private async load(tx: EntityManager, id: string): Promise<AccountInvitation> {
    const [row] = await tx.query<InvitationRow[]>(`${SELECT_INVITATION} WHERE i.id = $1`, [id]);
    return this.toInvitation(row!);
  }

  private toInvitation(row: InvitationRow): AccountInvitation {
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role as AccountInvitation['role'],
      municipalityId: row.municipality_id,
      municipalityName: row.municipality_name,
      locale: isLocale(row.locale) ? row.locale : 'nl',
      status: row.status,
      invitedByName: row.invited_by_name,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      demoLink:
        this.settings.demo && row.status === 'PENDING'
          ? invitationLink(this.settings.publicUrl, requireLinkToken(this.settings.linkSecret, row.id))
          : null,
    };
  }
}
