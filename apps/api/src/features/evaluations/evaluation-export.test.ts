import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { createActivity, createSession } from '../../test/programme-factories';
import { bulkParticipants, createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { closeWindow, hoursAgo, rate, SUBMIT } from '../../test/evaluation-factories';

const SESSION_EXPORT = `query ($sessionId: ID!) { sessionEvaluationExport(sessionId: $sessionId) { filename csv sessions } }`;
const ACTIVITY_EXPORT = `query ($activityId: ID!) { activityEvaluationExport(activityId: $activityId) { filename csv sessions } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

let app: TestApp;
let staff: Client;

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
});
afterAll(() => app.close());

/** A past session of the activity where `answers.length` attendees of different municipalities answered. */
async function evaluatedSession(activityId: string, answers: ReturnType<typeof rate>[]): Promise<string> {
  const sessionId = await createSession(app, { activityId, startsAt: hoursAgo(4), endsAt: hoursAgo(1) });
  const people = await bulkParticipants(app, answers.length, ['GM0141', 'GM0153', 'GM0164', 'GM0189']);
  for (const [i, p] of people.entries()) {
    await createRegistration(app, sessionId, p.id, { attended: true });
    await p.client.ok(SUBMIT, { sessionId, answers: answers[i] });
  }
  return sessionId;
}

const lines = (csv: string) => csv.slice(1).trimEnd().split('\r\n');

describe('evaluation export', () => {
  it('walks the ladder: anonymous, wrong role, other region, missing, withheld before release and below k', async () => {
    const activityId = await createActivity(app);
    const few = await evaluatedSession(activityId, [rate(4, 'a'), rate(5, 'b')]);
    const enough = await evaluatedSession(activityId, [rate(4), rate(5), rate(3)]);

    const anonymous = new Client(app);
    expect(await anonymous.errorCode(SESSION_EXPORT, { sessionId: enough })).toBe('UNAUTHENTICATED');
    for (const role of ROLES.filter((r) => r !== 'PROGRAMME_STAFF')) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(SESSION_EXPORT, { sessionId: enough }), role).toBe('FORBIDDEN');
      expect(await client.errorCode(ACTIVITY_EXPORT, { activityId }), role).toBe('FORBIDDEN');
    }
    const elsewhere = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await elsewhere.client.errorCode(SESSION_EXPORT, { sessionId: enough })).toBe('NOT_FOUND');
    expect(await elsewhere.client.errorCode(ACTIVITY_EXPORT, { activityId })).toBe('NOT_FOUND');
    expect(await staff.errorCode(SESSION_EXPORT, { sessionId: MISSING })).toBe('NOT_FOUND');
    expect(await staff.errorCode(ACTIVITY_EXPORT, { activityId: MISSING })).toBe('NOT_FOUND');

    // Not released yet: nothing, whatever the number of responses.
    for (const sessionId of [few, enough]) {
      const early = await staff.gql(SESSION_EXPORT, { sessionId });
      expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVALUATION_WITHHELD' });
    }
    expect((await staff.gql(ACTIVITY_EXPORT, { activityId })).errors?.[0]?.extensions?.reason).toBe(
      'EVALUATION_WITHHELD',
    );
    await closeWindow(app, few);
    await closeWindow(app, enough);
    const belowK = await staff.gql(SESSION_EXPORT, { sessionId: few });
    expect(belowK.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVALUATION_WITHHELD' });

    // The activity export holds the released session with k responses only.
    const { activityEvaluationExport } = await staff.ok<{
      activityEvaluationExport: { csv: string; sessions: number; filename: string };
    }>(ACTIVITY_EXPORT, { activityId });
    expect(activityEvaluationExport.sessions).toBe(1);
    expect(lines(activityEvaluationExport.csv)).toHaveLength(4);
    expect(activityEvaluationExport.csv).not.toMatch(/\ba\b|\bb\b/);
  });

  it('names no respondent or municipality, withholds open answers below k, and defuses formulas', async () => {
    const activityId = await createActivity(app);
    const sessionId = await evaluatedSession(activityId, [
      rate(4, '=HYPERLINK("http://evil.example")'),
      rate(5, '+31 6 1234'),
      rate(3, 'Prima'),
      rate(2),
    ]);
    await closeWindow(app, sessionId);
    const { sessionEvaluationExport } = await staff.ok<{
      sessionEvaluationExport: { csv: string; filename: string; sessions: number };
    }>(SESSION_EXPORT, { sessionId });
    expect(sessionEvaluationExport.filename).toMatch(/^evaluaties-\d{4}-\d\d-\d\d\.csv$/);
    const [header, ...rows] = lines(sessionEvaluationExport.csv);
    expect(sessionEvaluationExport.csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe('Bijeenkomst;Hoe waardeer je deze bijeenkomst als geheel?;Wat wil je ons nog meegeven?');
    expect(rows).toHaveLength(4);
    expect(sessionEvaluationExport.csv).not.toMatch(/Deelnemer|Almelo|Enschede|Hengelo|Wierden|bulk-/);
    expect(rows.map((r) => r.split(';')[1]).sort()).toEqual(['2', '3', '4', '5']);
    expect(sessionEvaluationExport.csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(sessionEvaluationExport.csv).toContain(`'+31 6 1234`);

    // Only two open answers: below k, so the column stays empty.
    const activity2 = await createActivity(app);
    const sparse = await evaluatedSession(activity2, [rate(4, 'Eén'), rate(5, 'Twee'), rate(3)]);
    await closeWindow(app, sparse);
    const csv = (await staff.ok<{ sessionEvaluationExport: { csv: string } }>(SESSION_EXPORT, { sessionId: sparse }))
      .sessionEvaluationExport.csv;
    expect(csv).not.toMatch(/Eén|Twee/);
    expect(lines(csv)[0]).toBe('Bijeenkomst;Hoe waardeer je deze bijeenkomst als geheel?');
  });
});
