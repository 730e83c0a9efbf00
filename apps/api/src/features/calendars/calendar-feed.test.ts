import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion, createUser, fixtureRoleGrant } from '../../test/factories';
import { createActivity, createProgramme, createSession, createVenue } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const MISSING = '00000000-0000-4000-8000-000000000000';
const CREATE = `mutation ($scope: CalendarFeedScope!, $programmeId: ID) {
  createCalendarFeed(scope: $scope, programmeId: $programmeId) { url feed { id scope createdAt programme { id name } municipality { name } } }
}`;
const REGENERATE = `mutation ($id: ID!) { regenerateCalendarFeed(id: $id) { url feed { id scope } } }`;
const REVOKE = `mutation ($id: ID!) { revokeCalendarFeed(id: $id) }`;
const MINE = `{ myCalendarFeeds { id scope } }`;

interface Created {
  createCalendarFeed: {
    url: string;
    feed: { id: string; scope: string; programme: { id: string } | null; municipality: { name: string } | null };
  };
}

/** GET the feed URL (its path, on the test server), as a calendar app would: no cookies. */
async function fetchFeed(url: string): Promise<Response> {
  return fetch(`${app.url}${new URL(url).pathname}`);
}

/** The feed's events by session id, parsed by ical.js with the feed's own VTIMEZONE. */
async function events(url: string): Promise<Map<string, ICAL.Event>> {
  const response = await fetchFeed(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const calendar = ICAL.Component.fromString(await response.text());
  for (const tz of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  }
  return new Map(
    calendar.getAllSubcomponents('vevent').map((c) => {
      const event = new ICAL.Event(c);
      return [event.uid.replace(/^session-|@rodedraad$/g, ''), event];
    }),
  );
}

describe('calendar feeds: the ladder', () => {
  it('anonymous visitors get UNAUTHENTICATED; unknown tokens a bare 404', async () => {
    const anonymous = new Client(app);
    expect(await anonymous.errorCode(MINE)).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(CREATE, { scope: 'USER' })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(REGENERATE, { id: MISSING })).toBe('UNAUTHENTICATED');
    for (const path of ['/calendar/nope.ics', `/calendar/${'a'.repeat(43)}.ics`, `/calendar/${'a'.repeat(43)}`]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe('Not found');
    }
  });

  it('refuses bad input, the wrong role and other regions', async () => {
    const { client: participant } = await actAs(app, 'PARTICIPANT');
    const programmeId = await createProgramme(app);
    expect(await participant.errorCode(CREATE, { scope: 'PROGRAMME' })).toBe('BAD_USER_INPUT');
    expect(await participant.errorCode(CREATE, { scope: 'USER', programmeId })).toBe('BAD_USER_INPUT');
    expect(await participant.errorCode(CREATE, { scope: 'WHATEVER' })).toBe('BAD_USER_INPUT');
    expect(await participant.errorCode(CREATE, { scope: 'MUNICIPALITY' })).toBe('FORBIDDEN');
    expect(await participant.errorCode(CREATE, { scope: 'PROGRAMME', programmeId: MISSING })).toBe('NOT_FOUND');
    expect(await participant.errorCode(CREATE, { scope: 'PROGRAMME', programmeId: 'not-an-id' })).toBe(
      'BAD_USER_INPUT',
    );
    const { client: elsewhere } = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await elsewhere.errorCode(CREATE, { scope: 'PROGRAMME', programmeId })).toBe('NOT_FOUND');

    // Someone else's feed is as missing as a feed that does not exist.
    const { client: other } = await actAs(app, 'PARTICIPANT');
    const { createCalendarFeed } = await other.ok<Created>(CREATE, { scope: 'USER' });
    expect(await participant.errorCode(REGENERATE, { id: createCalendarFeed.feed.id })).toBe('NOT_FOUND');
    expect(await participant.errorCode(REVOKE, { id: createCalendarFeed.feed.id })).toBe('NOT_FOUND');
    expect(await participant.errorCode(REGENERATE, { id: MISSING })).toBe('NOT_FOUND');
    expect((await fetchFeed(createCalendarFeed.url)).status).toBe(200);

    // One feed per scope and target.
    expect(await other.errorCode(CREATE, { scope: 'USER' })).toBe('CONFLICT');
  });
});

describe('the personal feed', () => {
  it('lists own confirmed and waitlisted sessions with stable UIDs, SEQUENCE, cancellations and the time zone', async () => {
    const { user, client } = await actAs(app, 'PARTICIPANT');
    const venueId = await createVenue(app, { name: 'Stadhuis Hengelo', room: 'Raadzaal' });
    const activityId = await createActivity(app, { title: 'Masterclass Bibob, deel 1' });
    const confirmed = await createSession(app, { activityId, venueId, startsAt: new Date('2030-07-01T07:30:00Z') });
    const waitlisted = await createSession(app, { startsAt: new Date('2030-12-01T08:00:00Z') });
    const cancelledRegistration = await createSession(app);
    const notMine = await createSession(app);
    await createRegistration(app, confirmed, user.id);
    await createRegistration(app, waitlisted, user.id, { status: 'WAITLISTED' });
    await createRegistration(app, cancelledRegistration, user.id, { status: 'CANCELLED' });
    await createRegistration(app, notMine, (await createUser(app, 'PARTICIPANT')).id);

    const { createCalendarFeed } = await client.ok<Created>(CREATE, { scope: 'USER' });
    expect(createCalendarFeed.url).toMatch(/^http:\/\/rodedraad\.test\/calendar\/[\w-]{43}\.ics$/);
    expect(await client.ok(MINE)).toEqual({ myCalendarFeeds: [{ id: createCalendarFeed.feed.id, scope: 'USER' }] });

    let feed = await events(createCalendarFeed.url);
    expect([...feed.keys()].sort()).toEqual([confirmed, waitlisted].sort());
    const event = feed.get(confirmed)!;
    expect(event.uid).toBe(`session-${confirmed}@rodedraad`);
    expect(event.summary).toBe('Masterclass Bibob, deel 1');
    expect(event.location).toContain('Stadhuis Hengelo');
    expect(event.component.getFirstPropertyValue('url')).toBe(`http://rodedraad.test/sessions/${confirmed}`);
    expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(event.startDate.toString()).toBe('2030-07-01T09:30:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-07-01T07:30:00.000Z');
    expect(event.sequence).toBe(0);
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(feed.get(waitlisted)!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(feed.get(waitlisted)!.startDate.toString()).toBe('2030-12-01T09:00:00');

    // A change of time raises SEQUENCE; a cancelled session stays, as CANCELLED, with the same UID.
    await app.owner.query(`UPDATE sessions SET starts_at = starts_at + interval '1 hour' WHERE id = $1`, [confirmed]);
    feed = await events(createCalendarFeed.url);
    expect(feed.get(confirmed)!.sequence).toBe(1);
    expect(feed.get(confirmed)!.startDate.toString()).toBe('2030-07-01T10:30:00');
    await app.owner.query(`UPDATE sessions SET status = 'CANCELLED' WHERE id = $1`, [confirmed]);
    feed = await events(createCalendarFeed.url);
    expect(feed.get(confirmed)!.sequence).toBe(2);
    expect(feed.get(confirmed)!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('regenerating revokes the old URL; revoking ends the new one; a disabled owner gets nothing', async () => {
    const { user, client } = await actAs(app, 'PARTICIPANT');
    const first = (await client.ok<Created>(CREATE, { scope: 'USER' })).createCalendarFeed;
    expect((await fetchFeed(first.url)).status).toBe(200);
    const second = (
      await client.ok<{ regenerateCalendarFeed: Created['createCalendarFeed'] }>(REGENERATE, { id: first.feed.id })
    ).regenerateCalendarFeed;
    expect(second.url).not.toBe(first.url);
    expect((await fetchFeed(first.url)).status).toBe(404);
    expect((await fetchFeed(second.url)).status).toBe(200);
    expect(await client.ok(MINE)).toEqual({ myCalendarFeeds: [{ id: second.feed.id, scope: 'USER' }] });
    expect(await client.errorCode(REGENERATE, { id: first.feed.id })).toBe('NOT_FOUND');

    const tokens = await app.owner.query<
      {
        token_hash: string;
      }[]
    >(`SELECT token_hash FROM calendar_feeds WHERE user_id = $1`, [user.id]);
    const token = new URL(second.url).pathname.slice('/calendar/'.length, -'.ics'.length);
    expect(tokens.every((t) => t.token_hash !== token && /^[0-9a-f]{64}$/.test(t.token_hash))).toBe(true);

    await app.owner.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [user.id]);
    expect((await fetchFeed(second.url)).status).toBe(404);
    await app.owner.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [user.id]);
    expect(await client.ok(REVOKE, { id: second.feed.id })).toEqual({ revokeCalendarFeed: true });
    expect((await fetchFeed(second.url)).status).toBe(404);
  });
});

describe('the municipality feed', () => {
  it('shows a coordinator the sessions their own municipality registered for, without names or other municipalities', async () => {
    const { user, client: coordinator } = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0168' });
    // Losser: no other test in this file registers anyone from there.
    const losser = await createUser(app, 'PARTICIPANT', { municipality: 'GM0168' });
    const enschede = await createUser(app, 'PARTICIPANT', { municipality: 'GM0153' });
    const ours = await createSession(app);
    const shared = await createSession(app);
    const theirs = await createSession(app);
    await createRegistration(app, ours, losser.id, { status: 'WAITLISTED' });
    await createRegistration(app, shared, losser.id);
    await createRegistration(app, shared, enschede.id);
    await createRegistration(app, theirs, enschede.id);

    const { createCalendarFeed } = await coordinator.ok<Created>(CREATE, { scope: 'MUNICIPALITY' });
    expect(createCalendarFeed.feed.municipality).toEqual({ name: 'Losser' });
    const feed = await events(createCalendarFeed.url);
    expect([...feed.keys()].sort()).toEqual([ours, shared].sort());
    const text = await (await fetchFeed(createCalendarFeed.url)).text();
    expect(text).not.toContain('Enschede');
    expect(text).not.toContain(losser.email);
    expect(text).not.toContain('ATTENDEE');

    // A coordinator who moves to another municipality (an approved grant) loses the old feed.
    await fixtureRoleGrant(app, user.id, 'MUNICIPAL_COORDINATOR', enschede.municipalityId);
    expect((await fetchFeed(createCalendarFeed.url)).status).toBe(404);
  });
});

describe('the programme feed', () => {
  it("shows every non-draft session of a programme of the viewer's region, cancelled ones included", async () => {
    const programmeId = await createProgramme(app);
    const activityId = await createActivity(app, { programmeId });
    const open = await createSession(app, { activityId });
    const cancelled = await createSession(app, { activityId, status: 'CANCELLED' });
    await createSession(app, { activityId, status: 'DRAFT' });
    await createSession(app); // another programme
    const { client } = await actAs(app, 'PARTICIPANT');
    const { createCalendarFeed } = await client.ok<Created>(CREATE, { scope: 'PROGRAMME', programmeId });
    expect(createCalendarFeed.feed.programme).toMatchObject({ id: programmeId });
    const feed = await events(createCalendarFeed.url);
    expect([...feed.keys()].sort()).toEqual([open, cancelled].sort());
    expect(feed.get(cancelled)!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
