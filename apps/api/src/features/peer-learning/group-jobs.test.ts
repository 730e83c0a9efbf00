import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SystemAccess } from '../../access/system-access';
import { createUser } from '../../test/factories';
import { createEnrolment, createGroup, createTrack } from '../../test/peer-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { enqueuePeerGroupNudges, enqueuePeerMeetingReminders } from './group-jobs';

/** The nudge and the meeting reminders, run with time as a parameter on the system path. */
let app: TestApp;
let system: SystemAccess;
const DAY = 24 * 3600 * 1000;

async function outbox(kind: string, groupId: string): Promise<string[]> {
  return (
    await app.owner.query<{ email: string }[]>(
      `SELECT u.email FROM notification_outbox o JOIN users u ON u.id = o.recipient_user_id
        WHERE o.kind = $1 AND o.payload ->> 'groupId' = $2 ORDER BY u.email`,
      [kind, groupId],
    )
  ).map((r) => r.email);
}

async function nudges(groupId: string): Promise<number> {
  const [row] = await app.owner.query<{ n: number }[]>(
    'SELECT count(*)::int AS n FROM peer_group_nudges WHERE group_id = $1',
    [groupId],
  );
  return row!.n;
}

/** A published group of Almelo and Hengelo, published `publishedDaysAgo` days ago, in a running track. */
async function group(publishedDaysAgo: number): Promise<string> {
  const track = await createTrack(app, { startsOn: '2020-01-01', endsOn: '2099-12-31', open: false });
  const enrolments = [
    await createEnrolment(app, track, 'GM0141', [{ need: 1, share: 1 }]),
    await createEnrolment(app, track, 'GM0164', [{ need: 1, share: 1 }]),
  ];
  const { proposalId, groupId } = await createGroup(app, track, enrolments, 'PUBLISHED');
  await app.owner.query(`UPDATE peer_proposals SET published_at = now() - make_interval(days => $2) WHERE id = $1`, [
    proposalId,
    publishedDaysAgo,
  ]);
  return groupId;
}

async function meeting(groupId: string, startsInDays: number, status = 'PLANNED'): Promise<void> {
  await app.owner.query(
    `INSERT INTO peer_group_meetings (group_id, region_id, kind, starts_at, ends_at, location, status)
     SELECT id, region_id, 'INTERVISIE', now() + make_interval(hours => $2), now() + make_interval(hours => $2 + 2),
            'Stadhuis', $3 FROM peer_groups WHERE id = $1`,
    [groupId, Math.round(startsInDays * 24), status],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  system = await SystemAccess.register(app.owner, 'peer-groups');
  await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141', email: 'almelo@test.example' });
  await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0164', email: 'hengelo@test.example' });
  await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153', email: 'enschede@test.example' });
  await createUser(app, 'PARTICIPANT', { municipality: 'GM0141', email: 'almelo-participant@test.example' });
});
afterAll(() => app.close());

describe('the weekly nudge', () => {
  it('writes once per gap to the members of a group without a meeting in two months, however often it runs', async () => {
    const idle = await group(90);
    const recent = await group(20);
    const busy = await group(90);
    await meeting(busy, 14);
    const cancelledOnly = await group(90);
    await meeting(cancelledOnly, 14, 'CANCELLED');
    const now = new Date();
    await enqueuePeerGroupNudges(app.app, system, now);
    await enqueuePeerGroupNudges(app.app, system, new Date(now.getTime() + DAY));
    expect(await outbox('PEER_GROUP_NUDGE', idle)).toEqual(['almelo@test.example', 'hengelo@test.example']);
    expect(await outbox('PEER_GROUP_NUDGE', cancelledOnly)).toHaveLength(2);
    expect(await outbox('PEER_GROUP_NUDGE', recent)).toEqual([]);
    expect(await outbox('PEER_GROUP_NUDGE', busy)).toEqual([]);
    // Staff's overview learns of the nudge from its own record: one row per gap nudged.
    expect(await nudges(idle)).toBe(1);
    expect(await nudges(recent)).toBe(0);
    // A meeting ends the gap; two months after it, the next gap gets its own nudge.
    await meeting(idle, -1);
    await enqueuePeerGroupNudges(app.app, system, new Date(now.getTime() + 10 * DAY));
    expect(await outbox('PEER_GROUP_NUDGE', idle)).toHaveLength(2);
    await enqueuePeerGroupNudges(app.app, system, new Date(now.getTime() + 70 * DAY));
    expect(await outbox('PEER_GROUP_NUDGE', idle)).toHaveLength(4);
    expect(await nudges(idle)).toBe(2);
    const [audited] = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE actor_role = 'SYSTEM' AND entity = 'peer_group' AND entity_id = $1`,
      [idle],
    );
    expect(audited!.n).toBeGreaterThan(0);
  });

  it('reads nothing without the system path', async () => {
    await group(90);
    const fake = Object.create(SystemAccess.prototype) as SystemAccess;
    Object.assign(fake, { token: 'forged-token-forged-token-forged-token-xx', purpose: 'peer-groups' });
    expect(await enqueuePeerGroupNudges(app.app, fake)).toBe(0);
  });
});

describe('meeting reminders', () => {
  it('remind the members a day or two ahead, once, and not of cancelled meetings', async () => {
    const groupId = await group(10);
    await meeting(groupId, 1.5);
    const other = await group(10);
    await meeting(other, 1.5, 'CANCELLED');
    await enqueuePeerMeetingReminders(app.app, system);
    await enqueuePeerMeetingReminders(app.app, system);
    expect(await outbox('PEER_MEETING_REMINDER', groupId)).toEqual(['almelo@test.example', 'hengelo@test.example']);
    expect(await outbox('PEER_MEETING_REMINDER', other)).toEqual([]);
    const [row] = await app.owner.query<{ confidentiality: string }[]>(
      `SELECT confidentiality FROM notification_outbox WHERE kind = 'PEER_MEETING_REMINDER' LIMIT 1`,
    );
    expect(row!.confidentiality).toBe('PERSONAL');
  });
});
