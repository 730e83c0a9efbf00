import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { createTheme } from '../../test/confidential-factories';
import { actAs, actAsInNewRegion, sessionTokenOf, type TestUser } from '../../test/factories';
import { createTrack } from '../../test/peer-factories';
import { createActivity } from '../../test/programme-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ADVICE = `id snapshotId position title body priority themes { id title } answerVersion viewerCan { answer }
  answer { status explanation activities { id title } tracks { id title } updatedByName }
  answerHistory { version status explanation activities { title } tracks { title } byName }`;
const PUBLISH = `mutation Publish($note: String!, $advice: [RegionalAdviceInput!]) {
  publishPicture(note: $note, advice: $advice) { id advice { ${ADVICE} } } }`;
const ADVICE_OF = `query Advice($snapshotId: ID) { regionalAdvice(snapshotId: $snapshotId) { ${ADVICE} } }`;
const ANSWER = `mutation Answer($input: AdviceAnswerInput!) { answerRegionalAdvice(input: $input) { ${ADVICE} } }`;
const SNAPSHOTS = `query { pictureSnapshots { items { id advice { ${ADVICE} } } } }`;

interface Advice {
  id: string;
  snapshotId: string;
  title: string;
  priority: string;
  themes: { id: string; title: string }[];
  answerVersion: number;
  viewerCan: { answer: boolean };
  answer: {
    status: string;
    explanation: string;
    activities: { id: string; title: string }[];
    tracks: { id: string }[];
  } | null;
  answerHistory: {
    version: number;
    status: string;
    explanation: string;
    activities: { title: string }[];
    byName: string;
  }[];
}

let app: TestApp;
let analyst: { user: TestUser; client: Client };
let staff: Client;
let participant: Client;
let themeId: string;

const advice = (title: string, themeIds = [themeId]) => ({
  title,
  body: `Toelichting bij ${title}`,
  priority: 'HIGH',
  themeIds,
});

async function publish(items: ReturnType<typeof advice>[]): Promise<{ id: string; advice: Advice[] }> {
  return (
    await analyst.client.ok<{ publishPicture: { id: string; advice: Advice[] } }>(PUBLISH, { note: '', advice: items })
  ).publishPicture;
}

const count = async (table: string) =>
  (await app.owner.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

beforeAll(async () => {
  app = await startTestApp();
  analyst = await actAs(app, 'RIEC_ANALYST');
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
  participant = (await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' })).client;
  themeId = await createTheme(app, 'Vastgoed');
});

afterAll(async () => {
  await app?.close();
});

describe('regional advice published with the snapshot', () => {
  it('stores the advice with the snapshot, in order, and everyone of the region reads it beside the picture', async () => {
    const snapshot = await publish([
      advice('Bibob breder inzetten'),
      advice('Vastgoed in beeld'),
      advice('Samen oefenen'),
    ]);
    expect(snapshot.advice.map((a) => a.title)).toEqual([
      'Bibob breder inzetten',
      'Vastgoed in beeld',
      'Samen oefenen',
    ]);
    expect(snapshot.advice[0]!.themes).toEqual([{ id: themeId, title: 'Vastgoed' }]);

    const { regionalAdvice } = await participant.ok<{ regionalAdvice: Advice[] }>(ADVICE_OF);
    expect(regionalAdvice.map((a) => a.title)).toEqual(['Bibob breder inzetten', 'Vastgoed in beeld', 'Samen oefenen']);
    expect(regionalAdvice.every((a) => a.answer === null && a.answerVersion === 0 && !a.viewerCan.answer)).toBe(true);
    const { latestPicture } = await participant.ok<{ latestPicture: { advice: Advice[] } }>(
      `query { latestPicture { advice { ${ADVICE} } } }`,
    );
    expect(latestPicture.advice).toHaveLength(3);
  });

  it('answers another region like a snapshot that does not exist, and keeps its own advice to itself', async () => {
    const snapshot = await publish([advice('Alleen Twente')]);
    const outsider = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await outsider.client.errorCode(ADVICE_OF, { snapshotId: snapshot.id })).toBe('NOT_FOUND');
    expect(await outsider.client.ok(ADVICE_OF)).toEqual({ regionalAdvice: [] });
    expect(await new Client(app).errorCode(ADVICE_OF)).toBe('UNAUTHENTICATED');
  });

  it('refuses advice on an unknown theme or without a title, and then stores neither snapshot nor advice', async () => {
    const [snapshots, stored] = [await count('picture_snapshots'), await count('regional_advice')];
    const unknown = await analyst.client.gql(PUBLISH, {
      note: '',
      advice: [advice('Goed'), advice('Onbekend thema', ['00000000-0000-4000-8000-000000000000'])],
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'advice.1.themeIds', reason: 'UNKNOWN_THEME' }],
    });
    const blank = await analyst.client.gql(PUBLISH, { note: '', advice: [{ ...advice('x'), title: '  ' }] });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect([await count('picture_snapshots'), await count('regional_advice')]).toEqual([snapshots, stored]);
  });

  it('keeps the advice immutable in the database: no additions to a published snapshot, no edits, no deletions', async () => {
    const snapshot = await publish([advice('Vast')]);
    const token = await sessionTokenOf(app, analyst.user.id);
    const asAnalyst = (sql: string, params: unknown[]) =>
      app.app.transaction(async (tx) => {
        await tx.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
        return tx.query<unknown[]>(sql, params);
      });
    await expect(
      asAnalyst(
        `INSERT INTO regional_advice (region_id, snapshot_id, position, title, body, priority)
         SELECT region_id, id, 9, 'Later', 'Achteraf', 'LOW' FROM picture_snapshots WHERE id = $1`,
        [snapshot.id],
      ),
    ).rejects.toThrow(/published with its snapshot/);
    await expect(
      asAnalyst(`UPDATE regional_advice SET title = 'Anders' WHERE snapshot_id = $1`, [snapshot.id]),
    ).rejects.toThrow(/permission denied/);
    await expect(asAnalyst(`DELETE FROM regional_advice WHERE snapshot_id = $1`, [snapshot.id])).rejects.toThrow(
      /permission denied/,
    );
    // Not even the owner changes it.
    await expect(
      app.owner.query(`UPDATE regional_advice SET title = 'Anders' WHERE snapshot_id = $1`, [snapshot.id]),
    ).rejects.toThrow(/immutable/);
    const { regionalAdvice } = await participant.ok<{ regionalAdvice: Advice[] }>(ADVICE_OF, {
      snapshotId: snapshot.id,
    });
    expect(regionalAdvice.map((a) => a.title)).toEqual(['Vast']);
  });

  it('resolves the advice of a list of snapshots in the same number of statements for one and for four', async () => {
    const statements = async () => {
      app.statements.reset();
      await participant.ok(SNAPSHOTS);
      return app.statements.count;
    };
    const before = await statements();
    await publish([advice('Een'), advice('Twee')]);
    await publish([advice('Drie')]);
    expect(await statements()).toBe(before);
  });
});

describe("the programme's answer", () => {
  let adviceId: string;
  let activity: { id: string; title: string };
  let trackId: string;

  beforeAll(async () => {
    const snapshot = await publish([advice('Te beantwoorden')]);
    adviceId = snapshot.advice[0]!.id;
    activity = { id: await createActivity(app, { title: 'Masterclass vastgoed' }), title: 'Masterclass vastgoed' };
    trackId = (await createTrack(app, { title: 'Traject vastgoed' })).id;
  });

  const input = (overrides: Record<string, unknown> = {}) => ({
    adviceId,
    status: 'PLANNED',
    explanation: 'De masterclass staat gepland.',
    activityIds: [activity.id],
    trackIds: [],
    expectedVersion: 0,
    ...overrides,
  });

  it('refuses the anonymous, other roles and other regions', async () => {
    expect(await new Client(app).errorCode(ANSWER, { input: input() })).toBe('UNAUTHENTICATED');
    expect(await participant.errorCode(ANSWER, { input: input() })).toBe('FORBIDDEN');
    expect(await analyst.client.errorCode(ANSWER, { input: input() })).toBe('FORBIDDEN');
    const outsider = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await outsider.client.errorCode(ANSWER, { input: input() })).toBe('NOT_FOUND');
    expect(await count('regional_advice_answers')).toBe(0);
  });

  it('refuses a status without explanation and links to activities or tracks that do not exist, writing nothing', async () => {
    const blank = await staff.gql(ANSWER, { input: input({ explanation: '   ' }) });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const missing = await staff.gql(ANSWER, {
      input: input({
        activityIds: ['00000000-0000-4000-8000-000000000001'],
        trackIds: ['00000000-0000-4000-8000-000000000002'],
      }),
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'activityIds', reason: 'UNKNOWN_LEARNING' },
        { field: 'trackIds', reason: 'UNKNOWN_LEARNING' },
      ],
    });
    expect(await staff.errorCode(ANSWER, { input: input({ adviceId: '00000000-0000-4000-8000-000000000003' }) })).toBe(
      'NOT_FOUND',
    );
    expect([
      await count('regional_advice_answers'),
      await count('regional_advice_answer_links'),
      await count('regional_advice_answer_events'),
    ]).toEqual([0, 0, 0]);
  });

  it('records each answer on its version and keeps the answer over time', async () => {
    const first = (await staff.ok<{ answerRegionalAdvice: Advice }>(ANSWER, { input: input() })).answerRegionalAdvice;
    expect(first.answer).toMatchObject({ status: 'PLANNED', activities: [activity], tracks: [] });
    expect(first.answerVersion).toBe(1);

    const second = (
      await staff.ok<{ answerRegionalAdvice: Advice }>(ANSWER, {
        input: input({
          status: 'UNDER_WAY',
          explanation: 'Traject loopt.',
          activityIds: [],
          trackIds: [trackId],
          expectedVersion: 1,
        }),
      })
    ).answerRegionalAdvice;
    expect(second.answer).toMatchObject({ status: 'UNDER_WAY', activities: [], tracks: [{ id: trackId }] });
    expect(
      second.answerHistory.map((e) => [e.version, e.status, e.explanation, e.activities.map((a) => a.title)]),
    ).toEqual([
      [1, 'PLANNED', 'De masterclass staat gepland.', ['Masterclass vastgoed']],
      [2, 'UNDER_WAY', 'Traject loopt.', []],
    ]);

    const stale = await staff.gql(ANSWER, { input: input({ status: 'ANSWERED', expectedVersion: 1 }) });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    const firstAgain = await staff.gql(ANSWER, { input: input({ expectedVersion: 0 }) });
    expect(firstAgain.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });

    // Everyone of the region reads the answer beside the advice.
    const { regionalAdvice } = await participant.ok<{ regionalAdvice: Advice[] }>(ADVICE_OF, {
      snapshotId: first.snapshotId,
    });
    expect(regionalAdvice[0]!.answer?.status).toBe('UNDER_WAY');
    expect(regionalAdvice[0]!.answerHistory).toHaveLength(2);
  });

  it('lets row-level security refuse an answer written past the service by anyone but staff', async () => {
    const token = await sessionTokenOf(app, analyst.user.id);
    await expect(
      app.app.transaction(async (tx) => {
        await tx.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
        await tx.query(`UPDATE regional_advice_answers SET status = 'ANSWERED' WHERE advice_id = $1`, [adviceId]);
        return tx.query<{ status: string }[]>(`SELECT status FROM regional_advice_answers WHERE advice_id = $1`, [
          adviceId,
        ]);
      }),
    ).resolves.toEqual([{ status: 'UNDER_WAY' }]);
  });
});
