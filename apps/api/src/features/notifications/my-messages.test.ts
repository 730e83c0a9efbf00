import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion, sessionTokenOf } from '../../test/factories';
import { createActivity, createSession } from '../../test/programme-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MY_MESSAGES = `query ($page: PageInput) {
  myMessages(page: $page) { total items { id kind createdAt subject text appPath } }
}`;
const REGISTER = `mutation ($sessionId: ID!) { registerForSession(sessionId: $sessionId) { id status } }`;

interface MessagePage {
  myMessages: {
    total: number;
    items: {
      id: string;
      kind: string;
      createdAt: string;
      subject: string | null;
      text: string | null;
      appPath: string | null;
    }[];
  };
}

async function sessionTitled(title: string): Promise<string> {
  return createSession(app, { activityId: await createActivity(app, { title }) });
}

describe("the recipient's own messages", () => {
  it('walks the ladder: anonymous, bad input, every role sees its own (none yet)', async () => {
    expect(await new Client(app).errorCode(MY_MESSAGES)).toBe('UNAUTHENTICATED');
    const { client } = await actAs(app, 'PARTICIPANT');
    expect(await client.errorCode(MY_MESSAGES, { page: { offset: 0, limit: 100000 } })).toBe('BAD_USER_INPUT');
    for (const role of ['ADMIN', 'PROGRAMME_STAFF', 'RIEC_ANALYST', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'] as const) {
      const { client: fresh } = await actAs(app, role);
      expect(await fresh.ok<MessagePage>(MY_MESSAGES), role).toEqual({ myMessages: { total: 0, items: [] } });
    }
  });

  it('shows a participant their confirmation and waitlist messages, rendered, newest first, with paging', async () => {
    const first = await sessionTitled('Masterclass Mijn Berichten');
    const second = await createSession(app, {
      activityId: await createActivity(app, { title: 'Intervisie Vol' }),
      capacity: 1,
    });
    const { client: someone } = await actAs(app, 'PARTICIPANT');
    await someone.ok(REGISTER, { sessionId: second });
    const { client } = await actAs(app, 'PARTICIPANT');
    await client.ok(REGISTER, { sessionId: first });
    await client.ok(REGISTER, { sessionId: second });

    const { myMessages } = await client.ok<MessagePage>(MY_MESSAGES);
    expect(myMessages.total).toBe(2);
    expect(myMessages.items.map((m) => [m.kind, m.subject, m.appPath])).toEqual([
      ['WAITLISTED', 'Op de wachtlijst: Intervisie Vol', `/sessions/${second}`],
      ['REGISTERED', 'Ingeschreven: Masterclass Mijn Berichten', `/sessions/${first}`],
    ]);
    expect(myMessages.items[0]!.text).toContain('Je staat op de wachtlijst (plaats 1).');
    expect(myMessages.items[1]!.text).toContain('Je bent ingeschreven voor Masterclass Mijn Berichten.');

    const paged = await client.ok<MessagePage>(MY_MESSAGES, { page: { offset: 1, limit: 1 } });
    expect(paged.myMessages).toMatchObject({ total: 2, items: [{ kind: 'REGISTERED' }] });
  });

  it("never shows another user's messages: same municipality, another municipality, their coordinator, admins, another region", async () => {
    const sessionId = await sessionTitled('Werkbezoek Alleen Voor Mij');
    const { client: owner } = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    await owner.ok(REGISTER, { sessionId });
    expect((await owner.ok<MessagePage>(MY_MESSAGES)).myMessages.total).toBe(1);

    const others: [string, Client][] = [
      ['participant, same municipality', (await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' })).client],
      ['participant, other municipality', (await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' })).client],
      [
        'coordinator, same municipality',
        (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' })).client,
      ],
      ['admin', (await actAs(app, 'ADMIN')).client],
      ['programme staff', (await actAs(app, 'PROGRAMME_STAFF')).client],
      ['analyst, other region', (await actAsInNewRegion(app, 'RIEC_ANALYST')).client],
    ];
    for (const [label, client] of others) {
      // Each of them registers too, so an empty list is not the only thing they could see.
      const own = await sessionTitled(`Eigen sessie ${label}`);
      if (label.startsWith('participant') || label.startsWith('coordinator')) {
        await client.ok(REGISTER, { sessionId: own });
      }
      const body = JSON.stringify(await client.ok<MessagePage>(MY_MESSAGES, { page: { offset: 0, limit: 100 } }));
      expect(body, label).not.toContain('Alleen Voor Mij');
      expect(body, label).not.toContain(sessionId);
    }
  });

  it('writes to a colleague registered by their coordinator, not to the coordinator', async () => {
    const sessionId = await sessionTitled('Kennissessie Collega');
    const { user: colleague, client: colleagueClient } = await actAs(app, 'PARTICIPANT', { municipality: 'GM0164' });
    const { client: coordinator } = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0164' });
    await coordinator.ok(`mutation ($s: ID!, $u: ID!) { registerColleague(sessionId: $s, userId: $u) { id } }`, {
      s: sessionId,
      u: colleague.id,
    });
    expect((await colleagueClient.ok<MessagePage>(MY_MESSAGES)).myMessages.items.map((m) => m.subject)).toEqual([
      'Ingeschreven: Kennissessie Collega',
    ]);
    expect((await coordinator.ok<MessagePage>(MY_MESSAGES)).myMessages.total).toBe(0);
  });

  it("renders in the viewer's language, and holds back messages scheduled for later", async () => {
    const sessionId = await sessionTitled('Tabletop Language');
    const { user, client } = await actAs(app, 'PARTICIPANT');
    await app.owner.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [user.id]);
    await client.ok(REGISTER, { sessionId });
    await app.owner.query(
      `INSERT INTO notification_outbox (kind, confidentiality, recipient_user_id, payload, available_at)
       VALUES ('REMINDER', 'PERSONAL', $1, jsonb_build_object('sessionId', $2::text, 'registrationId', gen_random_uuid()), now() + interval '1 day')`,
      [user.id, sessionId],
    );
    const { myMessages } = await client.ok<MessagePage>(MY_MESSAGES);
    expect(myMessages.items.map((m) => m.subject)).toEqual(['Registration confirmed: Tabletop Language']);
    expect(myMessages.items[0]!.text).toMatch(/^Dear /);
  });
});

describe('row-level security on the outbox (OutboxRecipientPolicy)', () => {
  async function asSessionOf<T>(userId: string, sql: string, params: unknown[] = []): Promise<T> {
    const token = await sessionTokenOf(app, userId);
    return app.app.transaction(async (tx) => {
      await tx.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
      return tx.query<Promise<T>>(sql, params);
    });
  }

  it("raw SQL as the application role under another user's session reads and changes none of someone else's messages", async () => {
    const sessionId = await sessionTitled('Training Rijen Beveiliging');
    const { user: owner, client } = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    await client.ok(REGISTER, { sessionId });
    const { user: other } = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });

    const own = await asSessionOf<{ n: number }[]>(
      owner.id,
      'SELECT count(*)::int AS n FROM notification_outbox WHERE recipient_user_id = $1',
      [owner.id],
    );
    expect(own).toEqual([{ n: 1 }]);
    const seen = await asSessionOf<{ recipient_user_id: string }[]>(
      other.id,
      'SELECT recipient_user_id FROM notification_outbox',
    );
    expect(seen.filter((r) => r.recipient_user_id !== other.id)).toEqual([]);
    const updated = await asSessionOf<[unknown[], number]>(
      other.id,
      `UPDATE notification_outbox SET status = 'FAILED' WHERE recipient_user_id = $1`,
      [owner.id],
    );
    expect(updated[1]).toBe(0);
  });
});
