import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import {
  createFacet,
  createRecommendation,
  createScan,
  createTheme,
  linkTheme,
} from '../../test/confidential-factories';
import { actAs } from '../../test/factories';
import { createEnrolment, createTrack } from '../../test/peer-factories';
import { createActivity, createSession } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const OFFER = `query ($id: ID!) { learningOffer(recommendationId: $id) {
  kind id title format activityId startsAt registrationDeadline sessionStatus endsOn themes upcoming linkId } }`;
const LINK = `mutation ($id: ID!, $target: LearningTargetInput!) {
  linkRecommendationToLearning(recommendationId: $id, target: $target) { id kind targetId title activityId } }`;
const UNLINK = `mutation ($id: ID!) { unlinkRecommendationFromLearning(linkId: $id) }`;
const LINKS = `query ($id: ID!) { recommendation(id: $id) { id
  learningLinks { id kind targetId title linkedBy { name }
    attendance { registered attended enrolled people { person { name } status attended } } }
  timeline { kind actor { name } learning { kind id title } } } }`;

interface OfferItem {
  kind: string;
  id: string;
  title: string;
  startsAt: string | null;
  upcoming: boolean;
  linkId: string | null;
  themes: string[];
}
interface Links {
  recommendation: {
    learningLinks: {
      id: string;
      kind: string;
      targetId: string;
      title: string;
      attendance: {
        registered: number;
        attended: number;
        enrolled: boolean | null;
        people: { person: { name: string }; status: string; attended: boolean | null }[];
      } | null;
    }[];
    timeline: { kind: string; learning: { kind: string; id: string; title: string } | null }[];
  };
}

let app: TestApp;
let facet: string;
let scan: string;
let coordinator: Awaited<ReturnType<typeof actAs>>;

const day = 24 * 3600_000;

/** A recommendation on a fresh theme, with an activity on that theme (two sessions) and a track on it. */
async function setting() {
  const theme = await createTheme(app);
  const rec = await createRecommendation(app, scan, facet);
  await linkTheme(app, rec, theme);
  const activity = await createActivity(app, { themeIds: [theme], title: 'Bibob in de praktijk' });
  const soon = await createSession(app, { activityId: activity, startsAt: new Date(Date.now() + 10 * day) });
  const later = await createSession(app, { activityId: activity, startsAt: new Date(Date.now() + 60 * day) });
  const past = await createSession(app, {
    activityId: activity,
    startsAt: new Date(Date.now() - 30 * day),
    status: 'COMPLETED',
  });
  const draft = await createSession(app, { activityId: activity, status: 'DRAFT' });
  const track = await createTrack(app, { themeId: theme, title: 'Traject Bibob', startsOn: '2020-01-01' });
  const elsewhere = await createActivity(app, { title: 'Over iets anders' });
  return { theme, rec, activity, soon, later, past, draft, track, elsewhere };
}

beforeAll(async () => {
  app = await startTestApp();
  facet = await createFacet(app);
  scan = await createScan(app, 'GM0141');
  coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
});
afterAll(() => app.close());

describe('the offer on a recommendation’s themes', () => {
  it('lists activities, open and recent sessions and tracks on its themes, upcoming first, nothing else', async () => {
    const s = await setting();
    const { learningOffer } = await coordinator.client.ok<{ learningOffer: OfferItem[] }>(OFFER, { id: s.rec });
    expect(learningOffer.map((i) => [i.kind, i.id, i.upcoming])).toEqual([
      ['ACTIVITY', s.activity, true], // its next session is the soonest
      ['SESSION', s.soon, true],
      ['SESSION', s.later, true],
      ['SESSION', s.past, false],
      ['TRACK', s.track.id, false],
    ]);
    expect(learningOffer.every((i) => i.linkId === null)).toBe(true);
    expect(learningOffer.map((i) => i.id)).not.toContain(s.draft);
    expect(learningOffer.map((i) => i.id)).not.toContain(s.elsewhere);
  });

  it('costs the same number of statements for 2 or 12 sessions', async () => {
    const count = async (sessions: number) => {
      const s = await setting();
      for (let i = 0; i < sessions; i += 1) {
        await createSession(app, { activityId: s.activity, startsAt: new Date(Date.now() + (100 + i) * day) });
      }
      app.statements.reset();
      await coordinator.client.ok(OFFER, { id: s.rec });
      return app.statements.count;
    };
    const few = await count(0);
    expect(await count(10)).toBe(few);
  });

  it('answers another municipality, staff and a participant who does not own it like a missing id', async () => {
    const s = await setting();
    const missing = '00000000-0000-4000-8000-00000000abcd';
    for (const [role, municipality] of [
      ['MUNICIPAL_COORDINATOR', 'GM0153'],
      ['PARTICIPANT', 'GM0141'],
    ] as const) {
      const { client } = await actAs(app, role, { municipality });
      const refused = await client.gql(OFFER, { id: s.rec });
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(refused.errors).toEqual((await client.gql(OFFER, { id: missing })).errors);
    }
    const staff = await actAs(app, 'PROGRAMME_STAFF');
    expect((await staff.client.gql(OFFER, { id: s.rec })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('linking a recommendation to learning', () => {
  it('links a session, an activity and a track; shows them with the own people’s attendance; timeline and audit', async () => {
    const s = await setting();
    const colleague = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    const enschede = await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' });
    await createRegistration(app, s.past, colleague.user.id, { attended: true });
    await createRegistration(app, s.past, enschede.user.id, { attended: true });
    await createRegistration(app, s.soon, colleague.user.id);
    await createEnrolment(app, s.track, 'GM0141');

    for (const target of [
      { kind: 'SESSION', id: s.past },
      { kind: 'ACTIVITY', id: s.activity },
      { kind: 'TRACK', id: s.track.id },
    ]) {
      const { linkRecommendationToLearning: link } = await coordinator.client.ok<{
        linkRecommendationToLearning: { kind: string; targetId: string; title: string };
      }>(LINK, { id: s.rec, target });
      expect(link).toMatchObject({ kind: target.kind, targetId: target.id });
    }

    const { recommendation } = await coordinator.client.ok<Links>(LINKS, { id: s.rec });
    const byKind = Object.fromEntries(recommendation.learningLinks.map((l) => [l.kind, l]));
    expect(byKind.SESSION!.title).toBe('Bibob in de praktijk');
    // Only Almelo's people: the Enschede participant in the same session is not counted.
    expect(byKind.SESSION!.attendance).toMatchObject({ registered: 1, attended: 1, enrolled: null });
    // The activity counts every session of it: the past one (attended) and the coming one.
    expect(byKind.ACTIVITY!.attendance).toMatchObject({ registered: 2, attended: 1 });
    expect(byKind.TRACK!.attendance).toMatchObject({ registered: 0, enrolled: true });
    expect(recommendation.timeline.filter((e) => e.kind === 'LINK').map((e) => e.learning?.kind)).toEqual(
      expect.arrayContaining(['SESSION', 'ACTIVITY', 'TRACK']),
    );

    const offer = await coordinator.client.ok<{ learningOffer: OfferItem[] }>(OFFER, { id: s.rec });
    expect(offer.learningOffer.find((i) => i.id === s.activity)!.linkId).toBe(byKind.ACTIVITY!.id);

    const audit = await app.owner.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity = 'recommendation_learning_link' AND entity_id = $1 ORDER BY at`,
      [s.rec],
    );
    expect(audit.map((a) => a.action)).toEqual(['LINK', 'LINK', 'LINK', 'READ']);
  });

  it('refuses a second link to the same thing and a target of another region or a draft session, writing nothing', async () => {
    const s = await setting();
    await coordinator.client.ok(LINK, { id: s.rec, target: { kind: 'ACTIVITY', id: s.activity } });
    const again = await coordinator.client.gql(LINK, { id: s.rec, target: { kind: 'ACTIVITY', id: s.activity } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_LINKED' });
    for (const target of [
      { kind: 'SESSION', id: s.draft },
      { kind: 'TRACK', id: s.activity },
      { kind: 'ACTIVITY', id: '00000000-0000-4000-8000-00000000abcd' },
    ]) {
      const refused = await coordinator.client.gql(LINK, { id: s.rec, target });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'target', reason: 'UNKNOWN_LEARNING' }],
      });
    }
    const [{ links, events }] = await app.owner.query<[{ links: number; events: number }]>(
      `SELECT (SELECT count(*)::int FROM recommendation_learning_links WHERE recommendation_id = $1) AS links,
              (SELECT count(*)::int FROM recommendation_events WHERE recommendation_id = $1 AND kind = 'LINK') AS events`,
      [s.rec],
    );
    expect({ links, events }).toEqual({ links: 1, events: 1 });
  });

  it('unlinks, keeping the history in the timeline; another municipality cannot unlink or see links', async () => {
    const s = await setting();
    const { linkRecommendationToLearning: link } = await coordinator.client.ok<{
      linkRecommendationToLearning: { id: string };
    }>(LINK, { id: s.rec, target: { kind: 'TRACK', id: s.track.id } });
    const enschede = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const refused = await enschede.client.gql(UNLINK, { id: link.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(refused.errors).toEqual(
      (await enschede.client.gql(UNLINK, { id: '00000000-0000-4000-8000-00000000abcd' })).errors,
    );
    expect((await enschede.client.gql(LINKS, { id: s.rec })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect(await coordinator.client.ok(UNLINK, { id: link.id })).toEqual({ unlinkRecommendationFromLearning: true });
    const { recommendation } = await coordinator.client.ok<Links>(LINKS, { id: s.rec });
    expect(recommendation.learningLinks).toEqual([]);
    expect(recommendation.timeline.map((e) => [e.kind, e.learning?.title])).toEqual(
      expect.arrayContaining([
        ['LINK', 'Traject Bibob'],
        ['UNLINK', 'Traject Bibob'],
      ]),
    );
  });

  it('an analyst links too but sees no attendance; the owning participant sees the links, not attendance', async () => {
    const s = await setting();
    const owner = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    await app.owner.query(`UPDATE recommendations SET owner_user_id = $2 WHERE id = $1`, [s.rec, owner.user.id]);
    await createRegistration(app, s.soon, owner.user.id);
    const analyst = await actAs(app, 'RIEC_ANALYST');
    await analyst.client.ok(LINK, { id: s.rec, target: { kind: 'SESSION', id: s.soon } });
    for (const client of [analyst.client, owner.client]) {
      const { recommendation } = await client.ok<Links>(LINKS, { id: s.rec });
      expect(recommendation.learningLinks.map((l) => [l.kind, l.attendance])).toEqual([['SESSION', null]]);
    }
    // The owner may not link.
    const byOwner = await owner.client.gql(LINK, { id: s.rec, target: { kind: 'ACTIVITY', id: s.activity } });
    expect(byOwner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await new Client(app).gql(LINKS, { id: s.rec })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
