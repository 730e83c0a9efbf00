import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { createSession, createVenue } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/** The factory's online sessions carry this link. */
const LINK = 'https://meet.example/sessie';
const CREATE_FEED = `mutation { createCalendarFeed(scope: USER) { url } }`;

let app: TestApp;
let sessionId: string;

const ics = (client: Client, id: string) =>
  fetch(`${app.url}/api/sessions/${id}/calendar.ics`, { headers: client.cookie ? { cookie: client.cookie } : {} });

/** The one VEVENT of a calendar, parsed by ical.js with the calendar's own VTIMEZONE. */
function onlyEvent(text: string): ICAL.Event {
  const calendar = ICAL.Component.fromString(text);
  const zones = calendar.getAllSubcomponents('vtimezone');
  expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Amsterdam']);
  ICAL.TimezoneService.register(new ICAL.Timezone(zones[0]!));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]);
}

async function eventOf(client: Client, id = sessionId): Promise<ICAL.Event> {
  const response = await ics(client, id);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  expect(response.headers.get('content-disposition')).toMatch(
    /^attachment; filename="rode-draad-\d{4}-\d{2}-\d{2}\.ics"/,
  );
  return onlyEvent(await response.text());
}

beforeAll(async () => {
  app = await startTestApp();
  // 10 March, 10:00 in Amsterdam (CET), three hours.
  sessionId = await createSession(app, { startsAt: new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 10, 9)) });
  await app.owner.query(`UPDATE sessions SET sequence = 4 WHERE id = $1`, [sessionId]);
});
afterAll(() => app.close());

describe("a session's .ics (add to my calendar)", () => {
  it('anonymous visitors get a 401; other regions and unknown ids a 404', async () => {
    expect((await ics(new Client(app), sessionId)).status).toBe(401);
    const otherRegion = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect((await ics(otherRegion.client, sessionId)).status).toBe(404);
    const { client } = await actAs(app, 'PARTICIPANT');
    expect((await ics(client, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await ics(client, 'not-an-id')).status).toBe(404);
  });

  it('is the same VEVENT as in the feeds: stable UID, SEQUENCE, Amsterdam time, the link into the app', async () => {
    const registered = await actAs(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, registered.user.id);
    const event = await eventOf(registered.client);
    expect(event.uid).toBe(`session-${sessionId}@rodedraad`);
    expect(event.sequence).toBe(4);
    expect(event.startDate.zone.tzid).toBe('Europe/Amsterdam');
    expect(event.startDate.hour).toBe(10);
    expect(event.startDate.toJSDate().toISOString()).toMatch(/T09:00:00/);
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.description).toContain(`In Rode Draad: http://rodedraad.test/sessions/${sessionId}`);

    // The user feed's event for the same session says exactly the same.
    const { createCalendarFeed } = await registered.client.ok<{ createCalendarFeed: { url: string } }>(CREATE_FEED);
    const feed = ICAL.Component.fromString(
      await (await fetch(`${app.url}${new URL(createCalendarFeed.url).pathname}`)).text(),
    );
    const fromFeed = new ICAL.Event(feed.getFirstSubcomponent('vevent')!);
    for (const property of ['uid', 'sequence', 'summary', 'location', 'description']) {
      expect(fromFeed.component.getFirstPropertyValue(property), property).toEqual(
        event.component.getFirstPropertyValue(property),
      );
    }
  });

  it('carries the online link only for programme staff and confirmed registrants', async () => {
    const staff = await actAs(app, 'PROGRAMME_STAFF');
    const confirmedElsewhere = await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' });
    await createRegistration(app, sessionId, confirmedElsewhere.user.id);
    for (const client of [staff.client, confirmedElsewhere.client]) {
      expect((await eventOf(client)).location).toContain(LINK);
    }

    const waitlisted = await actAs(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, waitlisted.user.id, { status: 'WAITLISTED' });
    const waitlistedEvent = await eventOf(waitlisted.client);
    expect(waitlistedEvent.summary).toMatch(/^\[Wachtlijst\] /);
    expect(waitlistedEvent.component.getFirstPropertyValue('status')).toBe('TENTATIVE');

    const others = [
      waitlisted,
      await actAs(app, 'PARTICIPANT'), // not registered
      await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' }), // another municipality, not registered
      await actAs(app, 'MUNICIPAL_COORDINATOR'),
      await actAs(app, 'RIEC_ANALYST'),
    ];
    for (const { client } of others) {
      const text = await (await ics(client, sessionId)).text();
      expect(text.replace(/\r\n[ \t]/g, '')).not.toContain(LINK);
    }
  });

  it("speaks the viewer's language and keeps a draft out of participants' calendars", async () => {
    const english = await actAs(app, 'PARTICIPANT');
    await app.owner.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [english.user.id]);
    await createRegistration(app, sessionId, english.user.id, { status: 'WAITLISTED' });
    expect((await eventOf(english.client)).summary).toMatch(/^\[Waitlist\] /);

    const draft = await createSession(app, { status: 'DRAFT', venueId: await createVenue(app) });
    expect((await ics(english.client, draft)).status).toBe(404);
    const staff = await actAs(app, 'PROGRAMME_STAFF');
    expect((await eventOf(staff.client, draft)).uid).toBe(`session-${draft}@rodedraad`);
  });
});
