import type { FollowUpStatus, Locale, Role } from '@rode-draad/shared';
import { Permission } from '../../access/permissions';
import { canOn } from '../../access/policy';
import { isUuid } from '../../common/ids';
import { todayInAmsterdam } from '../follow-up/today';
import { layoutMail, type RenderedMail } from './mail.render';
import type { MessageKind, MessageToRender, Queryable } from './message-kind';

/**
 * Reminders about a municipality's follow-up (enqueued by follow-up-reminders.ts). CONFIDENTIAL:
 * they carry recommendation titles, so they are rendered only through the system path (sending) or
 * the recipient's own transaction (reading in the app), and each one checks again, when it is
 * rendered, that its recipient may still see every recommendation it names. The subject never
 * names a recommendation; only the body does.
 */

/** A follow-up that is still to be done; DONE and NOT_ADOPTED are closed. */
export const OPEN_FOLLOW_UP: readonly FollowUpStatus[] = ['OPEN', 'IN_PROGRESS'];

export interface FollowUpMessagePayloads {
  /** A week before `dueDate`: to the owner and the municipality's coordinators. */
  FOLLOW_UP_DUE_SOON: { recommendationId: string; municipalityId: string; dueDate: string };
  /** The weekly list of overdue recommendations the recipient may see in `municipalityId`. */
  FOLLOW_UP_OVERDUE_DIGEST: { municipalityId: string; week: string };
}

export interface RecipientAccount {
  id: string;
  role: Role | null;
  region_id: string;
  municipality_id: string | null;
  disabled: boolean;
  overdue_digest: boolean;
}

export interface RecommendationFacts {
  id: string;
  title: string;
  reference: string | null;
  status: FollowUpStatus;
  due_date: string | null;
  region_id: string;
  municipality_id: string;
  owner_user_id: string | null;
}

async function loadAccounts(db: Queryable, ids: (string | null)[]): Promise<Map<string, RecipientAccount>> {
  const rows = await db.query<RecipientAccount[]>(
    `SELECT id, role, region_id, municipality_id, disabled_at IS NOT NULL AS disabled, overdue_digest
       FROM users WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids.filter((id): id is string => !!id))]],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

const RECOMMENDATION_COLUMNS = `r.id, r.title, r.reference, r.status, to_char(r.due_date, 'YYYY-MM-DD') AS due_date,
  r.region_id, r.municipality_id, r.owner_user_id`;

/** Whether the account may read the recommendation now: the grant table decides, as for a request. */
export function maySee(account: RecipientAccount | undefined, rec: RecommendationFacts): account is RecipientAccount {
  return (
    !!account &&
    !account.disabled &&
    canOn(
      { userId: account.id, role: account.role, regionId: account.region_id, municipalityId: account.municipality_id },
      Permission.RECOMMENDATION_READ,
      { regionId: rec.region_id, municipalityId: rec.municipality_id, userId: rec.owner_user_id },
    )
  );
}

const dayFormat: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const formatDay = (locale: Locale, date: string) => dayFormat[locale].format(new Date(`${date}T00:00:00Z`));

const label = (rec: RecommendationFacts) => (rec.reference ? `${rec.reference} ${rec.title}` : rec.title);

const T = {
  nl: {
    dueSubject: 'Herinnering: een aanbeveling moet over een week af zijn',
    dueLines: (rec: RecommendationFacts, date: string) => [
      `De opvolging van deze aanbeveling moet op ${date} af zijn:`,
      label(rec),
      'Werk de voortgang bij of spreek een nieuwe datum af.',
    ],
    digestSubject: (n: number) =>
      n === 1 ? 'Weekoverzicht: 1 aanbeveling over de datum' : `Weekoverzicht: ${n} aanbevelingen over de datum`,
    digestIntro: 'Deze aanbevelingen zijn nog niet afgerond en over hun streefdatum:',
    digestLine: (rec: RecommendationFacts, date: string) => `- ${label(rec)} (streefdatum ${date})`,
    digestOff: 'Je kunt dit weekoverzicht uitzetten op je accountpagina.',
    open: 'Open in Rode Draad',
  },
  en: {
    dueSubject: 'Reminder: a recommendation is due in a week',
    dueLines: (rec: RecommendationFacts, date: string) => [
      `The follow-up of this recommendation is due on ${date}:`,
      label(rec),
      'Update its progress or agree on a new date.',
    ],
    digestSubject: (n: number) =>
      n === 1 ? 'Weekly overview: 1 recommendation overdue' : `Weekly overview: ${n} recommendations overdue`,
    digestIntro: 'These recommendations are not finished and past their due date:',
    digestLine: (rec: RecommendationFacts, date: string) => `- ${label(rec)} (due ${date})`,
    digestOff: 'You can switch this weekly overview off on your account page.',
    open: 'Open in Rode Draad',
  },
} as const;

type DueSoon = FollowUpMessagePayloads['FOLLOW_UP_DUE_SOON'];
type Digest = FollowUpMessagePayloads['FOLLOW_UP_OVERDUE_DIGEST'];

const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

async function loadDueSoon(db: Queryable, messages: readonly MessageToRender<DueSoon>[]) {
  const [recs, accounts] = await Promise.all([
    db.query<RecommendationFacts[]>(
      `SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations r WHERE r.id = ANY($1::uuid[])`,
      [[...new Set(messages.map((m) => m.payload.recommendationId))]],
    ),
    loadAccounts(
      db,
      messages.map((m) => m.recipient.userId),
    ),
  ]);
  const byId = new Map(recs.map((r) => [r.id, r]));
  return messages.map(({ payload, recipient }) => {
    const rec = byId.get(payload.recommendationId);
    const account = recipient.userId ? accounts.get(recipient.userId) : undefined;
    return rec && maySee(account, rec) ? rec : null;
  });
}

const dueSoon: MessageKind<DueSoon> = {
  confidentiality: 'CONFIDENTIAL',
  parse({ recommendationId, municipalityId, dueDate }) {
    return typeof recommendationId === 'string' &&
      isUuid(recommendationId) &&
      typeof municipalityId === 'string' &&
      isUuid(municipalityId) &&
      isDate(dueDate)
      ? { recommendationId, municipalityId, dueDate }
      : null;
  },
  async render(db, messages, settings) {
    const recs = await loadDueSoon(db, messages);
    return messages.map(({ recipient }, i): RenderedMail | null => {
      const rec = recs[i];
      if (!rec) {
        return null;
      }
      const t = T[recipient.locale];
      const appPath = `/recommendations/${rec.id}`;
      return {
        ...layoutMail(recipient, {
          subject: t.dueSubject,
          lines: [...t.dueLines(rec, formatDay(recipient.locale, messages[i]!.payload.dueDate))],
          link: { label: t.open, url: `${settings.publicUrl}${appPath}` },
        }),
        appPath,
      };
    });
  },
  async obsolete(db, messages) {
    const recs = await loadDueSoon(db, messages);
    return messages.map(
      ({ payload }, i) => !recs[i] || !OPEN_FOLLOW_UP.includes(recs[i].status) || recs[i].due_date !== payload.dueDate,
    );
  },
  auditedAs: (payload) => ({
    municipalityId: payload.municipalityId,
    entity: 'recommendation',
    entityId: payload.recommendationId,
  }),
};

/** Per message: the overdue recommendations of its municipality that its recipient may see now, by due date. */
async function loadDigests(db: Queryable, messages: readonly MessageToRender<Digest>[], now: Date) {
  const [recs, accounts] = await Promise.all([
    db.query<RecommendationFacts[]>(
      `SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations r
        WHERE r.municipality_id = ANY($1::uuid[]) AND r.status = ANY($2::text[]) AND r.due_date < $3::date
        ORDER BY r.due_date, r.reference NULLS LAST, r.title, r.id`,
      [[...new Set(messages.map((m) => m.payload.municipalityId))], OPEN_FOLLOW_UP, todayInAmsterdam(now)],
    ),
    loadAccounts(
      db,
      messages.map((m) => m.recipient.userId),
    ),
  ]);
  return messages.map(({ payload, recipient }) => {
    const account = recipient.userId ? accounts.get(recipient.userId) : undefined;
    return {
      account,
      items: recs.filter((rec) => rec.municipality_id === payload.municipalityId && maySee(account, rec)),
    };
  });
}

const overdueDigest: MessageKind<Digest> = {
  confidentiality: 'CONFIDENTIAL',
  parse({ municipalityId, week }) {
    return typeof municipalityId === 'string' &&
      isUuid(municipalityId) &&
      typeof week === 'string' &&
      /^\d{4}-W\d{2}$/.test(week)
      ? { municipalityId, week }
      : null;
  },
  async render(db, messages, settings, now) {
    const digests = await loadDigests(db, messages, now);
    return messages.map(({ recipient }, i): RenderedMail | null => {
      const { items } = digests[i]!;
      if (items.length === 0) {
        return null;
      }
      const t = T[recipient.locale];
      const appPath = '/recommendations';
      return {
        ...layoutMail(recipient, {
          subject: t.digestSubject(items.length),
          lines: [
            t.digestIntro,
            ...items.map((rec) => t.digestLine(rec, formatDay(recipient.locale, rec.due_date!))),
            t.digestOff,
          ],
          link: { label: t.open, url: `${settings.publicUrl}${appPath}` },
        }),
        appPath,
      };
    });
  },
  async obsolete(db, messages, _settings, now) {
    const digests = await loadDigests(db, messages, now);
    // Nothing overdue any more, or the recipient switched the digest off meanwhile.
    return digests.map(({ account, items }) => items.length === 0 || !account?.overdue_digest);
  },
  auditedAs: (payload) => ({ municipalityId: payload.municipalityId, entity: 'recommendation' }),
};

export const FOLLOW_UP_MESSAGE_KINDS: {
  [K in keyof FollowUpMessagePayloads]: MessageKind<FollowUpMessagePayloads[K]>;
} = {
  FOLLOW_UP_DUE_SOON: dueSoon,
  FOLLOW_UP_OVERDUE_DIGEST: overdueDigest,
};
