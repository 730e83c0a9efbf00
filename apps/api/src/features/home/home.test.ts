import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import {
  createFacet,
  createRecommendation,
  createScan,
  createTheme,
  linkTheme,
} from '../../test/confidential-factories';
import { actAs, createUser, municipalityId } from '../../test/factories';
import { createEnrolment, createTrack } from '../../test/peer-factories';
import { createActivity, createSession } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const SESSION = `id title startsAt status capacity confirmed waitlisted`;
const HOME = `{ home {
  nextSessions { ${SESSION} }
  waitlist { position session { id } }
  evaluationsToGive { closesAt session { id } }
  openTracks { id title enrolled }
  followUp { dueSoon { id title dueDate status } dueSoonTotal overdue { id } overdueTotal open inProgress done notAdopted }
  colleagueRegistrations { id personName status session { id } }
  programme { upcoming { ${SESSION} } drafts { id } draftTotal deadlinesThisWeek { id } withWaitlist { id waitlisted }
              themesWithoutOffer { id title } }
  analysis { staleAfterYears municipalities { municipalityId name lastScanDate scanMissingOrOld withoutTheme }
             lastSnapshotId lastSnapshotAt scansSinceSnapshot recommendationsSinceSnapshot }
  pendingRoleGrants { id userName requestedRole municipalityName }
  administration { disabledAccounts { id email } disabledTotal failedMessages pendingInvitations }
} }`;

interface HomeSession {
  id: string;
  title: string;
  status: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
}
interface Home {
  nextSessions: HomeSession[] | null;
  waitlist: { position: number; session: { id: string } }[] | null;
  evaluationsToGive: { closesAt: string; session: { id: string } }[] | null;
  openTracks: { id: string; title: string; enrolled: boolean | null }[] | null;
  followUp: {
    dueSoon: { id: string; title: string; dueDate: string; status: string }[];
    dueSoonTotal: number;
    overdue: { id: string }[];
    overdueTotal: number;
    open: number;
    inProgress: number;
    done: number;
    notAdopted: number;
  } | null;
  colleagueRegistrations: { id: string; personName: string; status: string; session: { id: string } }[] | null;
  programme: {
    upcoming: HomeSession[];
    drafts: { id: string }[];
    draftTotal: number;
    deadlinesThisWeek: { id: string }[];
    withWaitlist: { id: string; waitlisted: number }[];
    themesWithoutOffer: { id: string; title: string }[];
  } | null;
  analysis: {
    staleAfterYears: number;
    municipalities: {
      municipalityId: string;
      name: string;
      lastScanDate: string | null;
      scanMissingOrOld: boolean;
      withoutTheme: number;
    }[];
    lastSnapshotId: string | null;
    lastSnapshotAt: string | null;
    scansSinceSnapshot: number;
    recommendationsSinceSnapshot: number;
  } | null;
  pendingRoleGrants: { id: string; userName: string; requestedRole: string; municipalityName: string | null }[] | null;
  administration: {
    disabledAccounts: { id: string; email: string }[];
    disabledTotal: number;
    failedMessages: number;
    pendingInvitations: number;
  } | null;
}

const DAY = 24 * 3600_000;
const HOUR = 3600_000;
/** A date as an Amsterdam calendar day, `days` from today. */
const day = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * DAY));

let app: TestApp;
let facet: string;

const homeOf = async (client: Client) => (await client.ok<{ home: Home }>(HOME)).home;
const ids = (items: { id: string }[] | null | undefined) => (items ?? []).map((item) => item.id);

async function dueRecommendation(
  cbsCode: string,
  dueDate: string,
  options: { ownerUserId?: string; status?: string } = {},
) {
  const id = await createRecommendation(app, await createScan(app, cbsCode), facet, options);
  await app.owner.query('UPDATE recommendations SET due_date = $2 WHERE id = $1', [id, dueDate]);
  return id;
}

beforeAll(async () => {
  app = await startTestApp();
  facet = await createFacet(app, 'Thuisfacet');
});
afterAll(() => app.close());

describe('home', () => {
  it('anonymous visitors get UNAUTHENTICATED', async () => {
    expect(await new Client(app).errorCode(HOME)).toBe('UNAUTHENTICATED');
  });

  it('a participant sees their next sessions, waitlist places, evaluations to give, open tracks and what they own', async () => {
    const { user, client } = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    const next = await createSession(app, { startsAt: new Date(Date.now() + 5 * DAY) });
    const full = await createSession(app, { startsAt: new Date(Date.now() + 6 * DAY), capacity: 1, status: 'FULL' });
    const ahead = await createUser(app, 'PARTICIPANT', { municipality: 'GM0153' });
    await createRegistration(app, full, (await createUser(app, 'PARTICIPANT', { municipality: 'GM0164' })).id);
    await createRegistration(app, full, ahead.id, { status: 'WAITLISTED' });
    await createRegistration(app, next, user.id);
    await createRegistration(app, full, user.id, { status: 'WAITLISTED' });
    const ended = await createSession(app, {
      startsAt: new Date(Date.now() - DAY - 3 * HOUR),
      endsAt: new Date(Date.now() - DAY),
    });
    const evaluated = await createSession(app, {
      startsAt: new Date(Date.now() - 2 * DAY),
      endsAt: new Date(Date.now() - 2 * DAY + HOUR),
    });
    const missed = await createSession(app, {
      startsAt: new Date(Date.now() - 3 * DAY),
      endsAt: new Date(Date.now() - 3 * DAY + HOUR),
    });
    await createRegistration(app, ended, user.id, { attended: true });
    await createRegistration(app, evaluated, user.id, { attended: true });
    await createRegistration(app, missed, user.id, { attended: false });
    await app.owner.query(`INSERT INTO evaluations (session_id, user_id) VALUES ($1, $2)`, [evaluated, user.id]);
    const track = await createTrack(app);
    const owned = await dueRecommendation('GM0141', day(3), { ownerUserId: user.id });
    const notMine = await dueRecommendation('GM0141', day(3));

    const home = await homeOf(client);
    expect(ids(home.nextSessions)).toEqual([next]);
    expect(home.waitlist).toEqual([{ position: 2, session: { id: full } }]);
    expect(home.evaluationsToGive?.map((e) => e.session.id)).toEqual([ended]);
    expect(home.openTracks?.find((t) => t.id === track.id)).toMatchObject({ enrolled: null });
    expect(ids(home.followUp?.dueSoon)).toEqual([owned]);
    expect(ids(home.followUp?.dueSoon)).not.toContain(notMine);
    expect(home).toMatchObject({
      colleagueRegistrations: null,
      programme: null,
      analysis: null,
      pendingRoleGrants: null,
      administration: null,
    });
  });

  it("a coordinator sees the own municipality's follow-up, colleagues' registrations and enrolment windows; another municipality's coordinator none of it", async () => {
    const almelo = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const soon = await dueRecommendation('GM0141', day(2));
    const late = await dueRecommendation('GM0141', day(-4), { status: 'IN_PROGRESS' });
    const closed = await dueRecommendation('GM0141', day(-4), { status: 'DONE' });
    const later = await dueRecommendation('GM0141', day(40));
    const colleague = await createUser(app, 'PARTICIPANT', { municipality: 'GM0141' });
    const session = await createSession(app, { startsAt: new Date(Date.now() + 8 * DAY) });
    const registration = await createRegistration(app, session, colleague.id);
    const own = await createRegistration(app, session, almelo.user.id);
    const enrolledTrack = await createTrack(app);
    await createEnrolment(app, enrolledTrack, 'GM0141');
    const closedTrack = await createTrack(app, { open: false });

    const home = await homeOf(almelo.client);
    expect(ids(home.followUp?.dueSoon)).toContain(soon);
    expect(ids(home.followUp?.overdue)).toContain(late);
    expect([...ids(home.followUp?.dueSoon), ...ids(home.followUp?.overdue)]).not.toContain(closed);
    expect([...ids(home.followUp?.dueSoon), ...ids(home.followUp?.overdue)]).not.toContain(later);
    expect(home.followUp!.dueSoonTotal).toBe(home.followUp!.dueSoon.length);
    expect(home.followUp!.overdueTotal).toBe(home.followUp!.overdue.length);
    expect(home.followUp!.open + home.followUp!.inProgress + home.followUp!.done).toBeGreaterThanOrEqual(4);
    expect(ids(home.colleagueRegistrations)).toContain(registration);
    expect(ids(home.colleagueRegistrations)).not.toContain(own);
    expect(ids(home.nextSessions)).toEqual([session]);
    expect(home.openTracks?.find((t) => t.id === enrolledTrack.id)).toMatchObject({ enrolled: true });
    expect(ids(home.openTracks)).not.toContain(closedTrack.id);
    expect(home).toMatchObject({ programme: null, analysis: null, pendingRoleGrants: null, administration: null });
    // The read is in Almelo's audit log.
    const audit = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE actor_user_id = $1 AND action = 'LIST' AND entity = 'recommendation'`,
      [almelo.user.id],
    );
    expect(audit[0]!.n).toBe(1);

    const enschede = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const theirs = await homeOf(enschede.client);
    expect(theirs.followUp).toMatchObject({
      dueSoon: [],
      overdue: [],
      dueSoonTotal: 0,
      overdueTotal: 0,
      open: 0,
      inProgress: 0,
      done: 0,
    });
    expect(ids(theirs.colleagueRegistrations)).not.toContain(registration);
    expect(ids(theirs.colleagueRegistrations).some((id) => ids(home.colleagueRegistrations).includes(id))).toBe(false);
    expect(theirs.openTracks?.find((t) => t.id === enrolledTrack.id)).toMatchObject({ enrolled: false });
  });

  it('programme staff see upcoming sessions with their fill, drafts, deadlines this week, waitlists and themes without offer', async () => {
    const { client } = await actAs(app, 'PROGRAMME_STAFF');
    const bare = await createTheme(app, 'Thema zonder aanbod');
    const offered = await createTheme(app, 'Thema met aanbod');
    const activity = await createActivity(app, { themeIds: [offered] });
    const soon = await createSession(app, {
      activityId: activity,
      startsAt: new Date(Date.now() + 3 * DAY),
      capacity: 2,
      status: 'FULL',
    });
    await app.owner.query(`UPDATE sessions SET registration_deadline = starts_at - interval '1 day' WHERE id = $1`, [
      soon,
    ]);
    await createRegistration(app, soon, (await createUser(app, 'PARTICIPANT')).id);
    await createRegistration(app, soon, (await createUser(app, 'PARTICIPANT')).id);
    await createRegistration(app, soon, (await createUser(app, 'PARTICIPANT')).id, { status: 'WAITLISTED' });
    const deadline = await createSession(app, { activityId: activity, startsAt: new Date(Date.now() + 9 * DAY) });
    await app.owner.query(`UPDATE sessions SET registration_deadline = now() + interval '2 days' WHERE id = $1`, [
      deadline,
    ]);
    const draft = await createSession(app, { startsAt: new Date(Date.now() + 20 * DAY), status: 'DRAFT' });

    const home = await homeOf(client);
    expect(home.programme!.upcoming.find((s) => s.id === soon)).toMatchObject({
      capacity: 2,
      confirmed: 2,
      waitlisted: 1,
    });
    expect(ids(home.programme!.upcoming)).not.toContain(draft);
    expect(ids(home.programme!.drafts)).toContain(draft);
    expect(home.programme!.draftTotal).toBeGreaterThanOrEqual(1);
    expect(ids(home.programme!.deadlinesThisWeek)).toContain(deadline);
    expect(home.programme!.withWaitlist.find((s) => s.id === soon)).toMatchObject({ waitlisted: 1 });
    expect(ids(home.programme!.themesWithoutOffer)).toContain(bare);
    expect(ids(home.programme!.themesWithoutOffer)).not.toContain(offered);
    expect(ids(home.openTracks)).toEqual(expect.any(Array));
    expect(home).toMatchObject({ nextSessions: null, followUp: null, analysis: null, administration: null });
  });

  it('an analyst sees missing and old scans, recommendations without theme, the last snapshot with what came since, and role grants to approve', async () => {
    const { user, client } = await actAs(app, 'RIEC_ANALYST');
    const fresh = await createScan(app, 'GM0147', day(-30));
    const linked = await createRecommendation(app, fresh, facet);
    await linkTheme(app, linked, await createTheme(app));
    await createRecommendation(app, fresh, facet);
    await createScan(app, 'GM1774', '2019-03-01');
    const [snapshot] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO picture_snapshots (region_id, published_at, threshold, municipality_count, lines)
       VALUES ($1, now(), 3, 14, '[]') RETURNING id`,
      [user.regionId],
    );
    await createScan(app, 'GM1774', day(-1));
    await app.owner.query(`UPDATE scans SET scan_date = '2019-03-01' WHERE municipality_id = $1`, [
      await municipalityId(app, 'GM1774'),
    ]);
    const waiting = await createUser(app, 'PARTICIPANT', { municipality: 'GM0183' });
    const [grant] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO role_grants (user_id, requested_role, region_id, municipality_id, requested_by)
       SELECT u.id, 'MUNICIPAL_COORDINATOR', u.region_id, u.municipality_id, (SELECT id FROM users WHERE role = 'ADMIN' LIMIT 1)
         FROM users u WHERE u.id = $1 RETURNING id`,
      [waiting.id],
    );

    const home = await homeOf(client);
    const borne = home.analysis!.municipalities.find((m) => m.name === 'Borne');
    expect(borne).toMatchObject({ scanMissingOrOld: false, withoutTheme: 1, lastScanDate: day(-30) });
    expect(home.analysis!.municipalities.find((m) => m.name === 'Dinkelland')).toMatchObject({
      scanMissingOrOld: true,
      lastScanDate: '2019-03-01',
    });
    expect(home.analysis!.municipalities.find((m) => m.name === 'Wierden')).toMatchObject({
      scanMissingOrOld: true,
      lastScanDate: null,
    });
    expect(borne?.municipalityId).toBe(await municipalityId(app, 'GM0147'));
    expect(home.analysis).toMatchObject({ staleAfterYears: 3, lastSnapshotId: snapshot!.id, scansSinceSnapshot: 1 });
    expect(ids(home.pendingRoleGrants)).toContain(grant!.id);
    expect(home).toMatchObject({ nextSessions: null, followUp: null, programme: null, administration: null });
  });

  it('an administrator sees blocked accounts, failed e-mails and role grants waiting, and nothing confidential', async () => {
    const { client } = await actAs(app, 'ADMIN');
    const blocked = await createUser(app, 'PARTICIPANT', { disabled: true });
    const recipient = await createUser(app, 'PARTICIPANT');
    await app.owner.query(
      `INSERT INTO notification_outbox (kind, confidentiality, recipient_user_id, payload, status, attempts, last_error)
       VALUES ('ROLE_GRANT_DECIDED', 'OPERATIONAL', $1, '{}', 'FAILED', 20, '550 mailbox unavailable')`,
      [recipient.id],
    );

    const pending = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM invitations
        WHERE purpose = 'ACCOUNT' AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
    );
    await client.ok(`mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { id } }`, {
      input: { email: 'nieuw.account@example.test', name: 'Nieuw Account', role: 'PROGRAMME_STAFF', locale: 'nl' },
    });

    const home = await homeOf(client);
    expect(home.administration!.pendingInvitations).toBe(pending[0]!.n + 1);
    expect(ids(home.administration!.disabledAccounts)).toContain(blocked.id);
    expect(home.administration!.disabledTotal).toBeGreaterThanOrEqual(1);
    expect(home.administration!.failedMessages).toBe(1);
    expect(home.pendingRoleGrants).toEqual(expect.any(Array));
    expect(home).toMatchObject({
      nextSessions: null,
      followUp: null,
      programme: null,
      analysis: null,
      openTracks: null,
    });
  });

  it('runs the same number of SQL statements for few and many items, per role (no N+1)', async () => {
    const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0168' });
    const staff = await actAs(app, 'PROGRAMME_STAFF');
    const analyst = await actAs(app, 'RIEC_ANALYST');
    const count = async (client: Client) => {
      app.statements.reset();
      await homeOf(client);
      return app.statements.count;
    };
    // One item each to begin with, so the few and the many write the same audit entry.
    await dueRecommendation('GM0168', day(1));
    const few = [await count(coordinator.client), await count(staff.client), await count(analyst.client)];
    for (let i = 0; i < 6; i += 1) {
      await dueRecommendation('GM0168', day(i - 3));
      const session = await createSession(app, { startsAt: new Date(Date.now() + (30 + i) * DAY) });
      await createRegistration(app, session, (await createUser(app, 'PARTICIPANT', { municipality: 'GM0168' })).id);
      await createScan(app, 'GM0173', '2018-01-01');
    }
    const many = [await count(coordinator.client), await count(staff.client), await count(analyst.client)];
    expect(many).toEqual(few);
  });
});
