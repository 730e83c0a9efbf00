import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion } from '../../test/factories';
import {
  createActivity,
  createFacilitator,
  createProgramme,
  createSession,
  createVenue,
} from '../../test/programme-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const OCCURRENCE = `date startsAt endsAt registrationDeadline
  clashes { reason seriesDate facilitatorName session { id activity { title } } }
  overlaps { sharedAudiences session { id } }`;
const PREVIEW = `query Preview($activityId: ID!, $input: SessionSeriesInput!) {
  sessionSeriesPreview(activityId: $activityId, input: $input) { ${OCCURRENCE} } }`;
const PLAN = `mutation PlanSeries($activityId: ID!, $input: PlanSessionSeriesInput!) {
  planSessionSeries(activityId: $activityId, input: $input) { id seriesId startsAt endsAt registrationDeadline status capacity venue { id } } }`;
const UPDATE_PROGRAMME = `mutation ($id: ID!, $input: ProgrammeInput!, $expectedVersion: Int!) {
  updateProgramme(id: $id, input: $input, expectedVersion: $expectedVersion) { id version defaultSessionStatus } }`;
const PROGRAMME = `query ($id: ID!) { programme(id: $id) { id version defaultSessionStatus } }`;

interface Occurrence {
  date: string;
  startsAt: string;
  endsAt: string;
  registrationDeadline: string;
  clashes: {
    reason: string;
    seriesDate: string | null;
    facilitatorName: string | null;
    session: { id: string; activity: { title: string } } | null;
  }[];
  overlaps: { sharedAudiences: string[]; session: { id: string } }[];
}
interface Planned {
  id: string;
  seriesId: string | null;
  startsAt: string;
  endsAt: string;
  registrationDeadline: string;
  status: string;
  capacity: number;
  venue: { id: string } | null;
}

let app: TestApp;
let staff: Client;

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
});
afterAll(() => app.close());

/**
 * Each call plans in a year of its own, so series never clash with each other by accident. The
 * first session: 1 January, 09:30–12:00 Amsterdam time (winter: UTC+1). Monthly on the 1st
 * weekday of its kind, so the series starts on that first session.
 */
let year = 2040;
const firstSession = (overrides: Record<string, unknown> = {}) => {
  year += 1;
  return {
    startsAt: `${year}-01-01T08:30:00.000Z`,
    endsAt: `${year}-01-01T11:00:00.000Z`,
    capacity: 20,
    onlineUrl: 'https://meet.example/reeks',
    ...overrides,
  };
};
const monthly = (count: number) => ({ frequency: 'MONTHLY', interval: 1, weekOfMonth: 1, count });
const preview = async (activityId: string, input: Record<string, unknown>, client = staff) =>
  (await client.ok<{ sessionSeriesPreview: Occurrence[] }>(PREVIEW, { activityId, input })).sessionSeriesPreview;
const planSeries = async (activityId: string, input: Record<string, unknown>) =>
  (await staff.ok<{ planSessionSeries: Planned[] }>(PLAN, { activityId, input })).planSessionSeries;
const dbState = async () =>
  app.owner.query<unknown>(`SELECT (SELECT json_agg(s ORDER BY s.id) FROM sessions s) AS sessions,
                          (SELECT json_agg(f ORDER BY f.session_id, f.facilitator_id) FROM session_facilitators f) AS facilitators`);

describe('who may plan a series', () => {
  it('anonymous: UNAUTHENTICATED; every role but programme staff: FORBIDDEN; another region: NOT_FOUND; nothing written', async () => {
    const activityId = await createActivity(app);
    const input = { first: firstSession(), repeat: monthly(3) };
    const before = await dbState();
    const anonymous = new Client(app);
    expect(await anonymous.errorCode(PREVIEW, { activityId, input })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(PLAN, { activityId, input })).toBe('UNAUTHENTICATED');
    for (const role of ROLES.filter((r) => r !== 'PROGRAMME_STAFF')) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(PREVIEW, { activityId, input }), role).toBe('FORBIDDEN');
      expect(await client.errorCode(PLAN, { activityId, input }), role).toBe('FORBIDDEN');
    }
    const other = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await other.client.errorCode(PREVIEW, { activityId, input })).toBe('NOT_FOUND');
    expect(await other.client.errorCode(PLAN, { activityId, input })).toBe('NOT_FOUND');
    expect(await dbState()).toEqual(before);
  });
});

describe('preview and save', () => {
  it('plans a monthly series as previewed, at the same Amsterdam times across summer time, without dropped dates', async () => {
    const activityId = await createActivity(app);
    const venueId = await createVenue(app);
    const input = { first: firstSession({ venueId }), repeat: monthly(5) };
    const occurrences = await preview(activityId, input);
    expect(occurrences).toHaveLength(5);
    // Every session starts at the same wall-clock time: 09:30 in winter (08:30Z) and in summer (07:30Z).
    const hours = occurrences.map((o) => new Date(o.startsAt).getUTCHours());
    expect(hours.slice(0, 2)).toEqual([8, 8]);
    expect(hours[4]).toBe(7);
    expect(occurrences.every((o) => o.clashes.length === 0)).toBe(true);

    const skipped = occurrences[2]!.date;
    const saved = await planSeries(activityId, { ...input, skipDates: [skipped] });
    expect(saved.map((s) => s.startsAt)).toEqual(occurrences.filter((o) => o.date !== skipped).map((o) => o.startsAt));
    expect(saved.map((s) => s.endsAt)).toEqual(occurrences.filter((o) => o.date !== skipped).map((o) => o.endsAt));
    expect(saved.map((s) => s.registrationDeadline)).toEqual(
      occurrences.filter((o) => o.date !== skipped).map((o) => o.registrationDeadline),
    );
    expect(new Set(saved.map((s) => s.seriesId)).size).toBe(1);
    expect(saved[0]!.seriesId).not.toBeNull();
    expect(saved.every((s) => s.venue?.id === venueId && s.capacity === 20)).toBe(true);
  });

  it('keeps the registration deadline the same days before, at the same wall-clock time', async () => {
    const activityId = await createActivity(app);
    // Wednesday 3 January 2052, 10:00–12:00; registration until Monday 1 January 17:00 (winter).
    const input = {
      first: {
        startsAt: '2052-01-03T09:00:00.000Z',
        endsAt: '2052-01-03T11:00:00.000Z',
        registrationDeadline: '2052-01-01T16:00:00.000Z',
        capacity: 10,
        onlineUrl: 'https://meet.example/x',
      },
      repeat: { frequency: 'WEEKLY', interval: 12, count: 3 },
    };
    const occurrences = await preview(activityId, input);
    expect(occurrences.map((o) => [o.date, o.startsAt, o.registrationDeadline])).toEqual([
      ['2052-01-03', '2052-01-03T09:00:00.000Z', '2052-01-01T16:00:00.000Z'],
      ['2052-03-27', '2052-03-27T09:00:00.000Z', '2052-03-25T16:00:00.000Z'],
      ['2052-06-19', '2052-06-19T08:00:00.000Z', '2052-06-17T15:00:00.000Z'],
    ]);
  });

  it('reports venue and facilitator double bookings and same-audience overlaps; saving with a clash writes nothing', async () => {
    const venueId = await createVenue(app);
    const facilitatorId = await createFacilitator(app, { name: 'Fatima Bakker' });
    const first = firstSession({ venueId, facilitatorIds: [facilitatorId] });
    const activityId = await createActivity(app, { targetAudiences: ['BIBOB_ADVISOR'] });
    const occurrencesBefore = await preview(activityId, { first, repeat: monthly(3) });
    const [, second, third] = occurrencesBefore;
    const atVenue = await createSession(app, {
      activityId: await createActivity(app, { title: 'Zaal bezet', targetAudiences: ['COUNCIL_MEMBER'] }),
      startsAt: new Date(second!.startsAt),
      venueId,
    });
    const withFacilitator = await createSession(app, {
      activityId: await createActivity(app, { targetAudiences: ['COUNCIL_MEMBER'] }),
      startsAt: new Date(third!.startsAt),
      facilitatorIds: [facilitatorId],
    });
    const sameAudience = await createSession(app, {
      activityId: await createActivity(app, { targetAudiences: ['BIBOB_ADVISOR', 'OTHER'] }),
      startsAt: new Date(occurrencesBefore[0]!.startsAt),
    });

    const occurrences = await preview(activityId, { first, repeat: monthly(3) });
    expect(occurrences[0]!.clashes).toEqual([]);
    expect(occurrences[0]!.overlaps).toEqual([{ sharedAudiences: ['BIBOB_ADVISOR'], session: { id: sameAudience } }]);
    expect(occurrences[1]!.clashes).toEqual([
      {
        reason: 'VENUE_CLASH',
        seriesDate: null,
        facilitatorName: null,
        session: { id: atVenue, activity: { title: 'Zaal bezet' } },
      },
    ]);
    expect(occurrences[2]!.clashes).toEqual([
      expect.objectContaining({
        reason: 'FACILITATOR_CLASH',
        facilitatorName: 'Fatima Bakker',
        session: expect.objectContaining({ id: withFacilitator }),
      }),
    ]);

    const before = await dbState();
    const refused = await staff.gql(PLAN, { activityId, input: { first, repeat: monthly(3), skipDates: [] } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VENUE_CLASH',
      field: 'sessions.1',
      clash: { sessionId: atVenue },
    });
    expect(await dbState()).toEqual(before);
    // Dropping the clashing dates is what the preview is for.
    const saved = await planSeries(activityId, {
      first,
      repeat: monthly(3),
      skipDates: [second!.date, third!.date],
    });
    expect(saved).toHaveLength(1);
  });

  it('names a clash within the series itself', async () => {
    const venueId = await createVenue(app);
    const activityId = await createActivity(app);
    // A three-week session every week: each overlaps the one before.
    const first = firstSession({ venueId, endsAt: `${year + 1}-01-22T11:00:00.000Z` });
    const occurrences = await preview(activityId, { first, repeat: { frequency: 'WEEKLY', interval: 1, count: 2 } });
    expect(occurrences[1]!.clashes).toEqual([
      { reason: 'VENUE_CLASH', seriesDate: occurrences[0]!.date, facilitatorName: null, session: null },
    ]);
  });
});

describe('bad rules', () => {
  it('refuses with BAD_USER_INPUT at the field, for preview and save alike, and writes nothing', async () => {
    const activityId = await createActivity(app);
    const before = await dbState();
    const first = firstSession();
    const cases: [Record<string, unknown>, Record<string, unknown>, string, string][] = [
      [{}, { frequency: 'WEEKLY', interval: 1, count: 51 }, 'repeat.count', 'SERIES_TOO_MANY'],
      [{}, { frequency: 'WEEKLY', interval: 1, until: `${year + 2}-01-01` }, 'repeat.until', 'SERIES_TOO_MANY'],
      [{}, { frequency: 'MONTHLY', interval: 12, weekOfMonth: 1, count: 7 }, 'repeat.count', 'SERIES_TOO_LONG'],
      [{}, { frequency: 'WEEKLY', interval: 1 }, 'repeat.until', 'SERIES_END_REQUIRED'],
      [
        {},
        { frequency: 'WEEKLY', interval: 1, count: 2, until: `${year}-03-01` },
        'repeat.until',
        'SERIES_END_REQUIRED',
      ],
      [{}, { frequency: 'WEEKLY', interval: 1, until: `${year - 1}-12-01` }, 'repeat.until', 'UNTIL_BEFORE_START'],
      [{}, { frequency: 'WEEKLY', interval: 1, until: 'morgen' }, 'repeat.until', 'INVALID_DATE'],
      [{}, { frequency: 'WEEKLY', interval: 0, count: 2 }, 'repeat.interval', 'OUT_OF_RANGE'],
      [{}, { frequency: 'MONTHLY', interval: 1, count: 2 }, 'repeat.weekOfMonth', 'OUT_OF_RANGE'],
      [
        {},
        { frequency: 'MONTHLY', interval: 1, weekOfMonth: 5, until: `${year}-01-20` },
        'repeat.until',
        'SERIES_EMPTY',
      ],
      [{ endsAt: first.startsAt }, { frequency: 'WEEKLY', interval: 1, count: 2 }, 'first.endsAt', 'ENDS_BEFORE_START'],
      [{ onlineUrl: null }, { frequency: 'WEEKLY', interval: 1, count: 2 }, 'first.venueId', 'PLACE_REQUIRED'],
    ];
    for (const [overrides, repeat, field, reason] of cases) {
      const input = { first: { ...first, ...overrides }, repeat };
      for (const [query, sent] of [
        [PREVIEW, input],
        [PLAN, { ...input, skipDates: [] }],
      ] as const) {
        const result = await staff.gql(query, { activityId, input: sent });
        expect(result.errors?.[0]?.extensions, `${field} ${reason}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ field, reason }],
        });
      }
    }
    const input = { first, repeat: monthly(2) };
    const [one] = await preview(activityId, input);
    for (const [skipDates, reason] of [
      [['2000-01-01'], 'INVALID_DATE'],
      [[one!.date, (await preview(activityId, input))[1]!.date], 'SERIES_EMPTY'],
    ] as const) {
      const result = await staff.gql(PLAN, { activityId, input: { ...input, skipDates } });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'skipDates', reason }],
      });
    }
    expect(await dbState()).toEqual(before);
  });
});

describe('the default status of new sessions', () => {
  it('is a versioned programme setting, DRAFT unless staff choose OPEN, used when planning without a status', async () => {
    const programmeId = await createProgramme(app);
    const { programme } = await staff.ok<{ programme: { version: number; defaultSessionStatus: string } }>(PROGRAMME, {
      id: programmeId,
    });
    expect(programme.defaultSessionStatus).toBe('DRAFT');
    const fields = { name: `Programma ${year}`, startYear: 2040, endYear: 2043 };
    const updated = await staff.ok<{ updateProgramme: { version: number; defaultSessionStatus: string } }>(
      UPDATE_PROGRAMME,
      { id: programmeId, input: { ...fields, defaultSessionStatus: 'OPEN' }, expectedVersion: programme.version },
    );
    expect(updated.updateProgramme).toMatchObject({ defaultSessionStatus: 'OPEN', version: programme.version + 1 });
    // A stale edit is refused; an edit without the setting keeps it.
    const stale = await staff.gql(UPDATE_PROGRAMME, {
      id: programmeId,
      input: { ...fields, defaultSessionStatus: 'DRAFT' },
      expectedVersion: programme.version,
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const kept = await staff.ok<{ updateProgramme: { defaultSessionStatus: string } }>(UPDATE_PROGRAMME, {
      id: programmeId,
      input: fields,
      expectedVersion: programme.version + 1,
    });
    expect(kept.updateProgramme.defaultSessionStatus).toBe('OPEN');
    for (const status of ['FULL', 'CANCELLED', 'COMPLETED']) {
      expect(
        await staff.errorCode(UPDATE_PROGRAMME, {
          id: programmeId,
          input: { ...fields, defaultSessionStatus: status },
          expectedVersion: programme.version + 2,
        }),
      ).toBe('BAD_USER_INPUT');
    }
    for (const role of ROLES.filter((r) => r !== 'PROGRAMME_STAFF')) {
      const { client } = await actAs(app, role);
      expect(
        await client.errorCode(UPDATE_PROGRAMME, {
          id: programmeId,
          input: { ...fields, defaultSessionStatus: 'DRAFT' },
          expectedVersion: programme.version + 2,
        }),
        role,
      ).toBe('FORBIDDEN');
    }

    const activityId = await createActivity(app, { programmeId });
    const saved = await planSeries(activityId, { first: firstSession(), repeat: monthly(2), skipDates: [] });
    expect(saved.map((s) => s.status)).toEqual(['OPEN', 'OPEN']);
    const chosen = await planSeries(activityId, {
      first: firstSession({ status: 'DRAFT' }),
      repeat: monthly(1),
      skipDates: [],
    });
    expect(chosen[0]!.status).toBe('DRAFT');
    const other = await planSeries(await createActivity(app), {
      first: firstSession(),
      repeat: monthly(1),
      skipDates: [],
    });
    expect(other[0]!.status).toBe('DRAFT');
  });
});
