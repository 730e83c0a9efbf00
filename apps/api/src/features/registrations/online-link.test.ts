import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/client';
import { actAs } from '../../test/factories';
import { createActivity, createProgramme, createSession } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/** The factory's online sessions carry this link. */
const LINK = 'https://meet.example/sessie';
const SESSION = `query ($id: ID!) { session(id: $id) { online onlineUrl } }`;
const SESSIONS = `query ($programmeId: ID) { sessions(filter: { programmeId: $programmeId }) { items { id online onlineUrl } } }`;
const CREATE_FEED = `mutation ($scope: CalendarFeedScope!, $programmeId: ID) {
  createCalendarFeed(scope: $scope, programmeId: $programmeId) { url } }`;

let app: TestApp;
let programmeId: string;
let sessionId: string;

async function seen(client: Client) {
  const { session } = await client.ok<{ session: { online: boolean; onlineUrl: string | null } }>(SESSION, {
    id: sessionId,
  });
  const { sessions } = await client.ok<{ sessions: { items: { id: string; onlineUrl: string | null }[] } }>(SESSIONS, {
    programmeId,
  });
  // The list says the same as the page.
  expect(sessions.items.find((s) => s.id === sessionId)?.onlineUrl).toBe(session.onlineUrl);
  return session;
}

async function feedText(client: Client, scope: string): Promise<string> {
  const { createCalendarFeed } = await client.ok<{ createCalendarFeed: { url: string } }>(CREATE_FEED, {
    scope,
    programmeId: scope === 'PROGRAMME' ? programmeId : null,
  });
  const response = await fetch(`${app.url}${new URL(createCalendarFeed.url).pathname}`);
  expect(response.status).toBe(200);
  // iCalendar folds long lines; unfold before searching.
  return (await response.text()).replace(/\r\n[ \t]/g, '');
}

beforeAll(async () => {
  app = await startTestApp();
  programmeId = await createProgramme(app);
  sessionId = await createSession(app, { activityId: await createActivity(app, { programmeId }) });
});
afterAll(() => app.close());

describe("a session's online meeting link", () => {
  it('is shown to programme staff and to participants with a confirmed seat, in the app and in their calendar', async () => {
    const staff = await actAs(app, 'PROGRAMME_STAFF');
    expect(await seen(staff.client)).toEqual({ online: true, onlineUrl: LINK });
    expect(await feedText(staff.client, 'PROGRAMME')).toContain(LINK);

    const registered = await actAs(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, registered.user.id);
    expect(await seen(registered.client)).toEqual({ online: true, onlineUrl: LINK });
    expect(await feedText(registered.client, 'USER')).toContain(LINK);
  });

  it('is hidden from everyone else: not registered, on the waitlist, cancelled, a coordinator of a registered colleague, another municipality', async () => {
    const notRegistered = await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' });
    const waitlisted = await actAs(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, waitlisted.user.id, { status: 'WAITLISTED' });
    const cancelled = await actAs(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, cancelled.user.id, { status: 'CANCELLED' });
    const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR');
    const analyst = await actAs(app, 'RIEC_ANALYST');
    for (const viewer of [notRegistered, waitlisted, cancelled, coordinator, analyst]) {
      // They still learn that it is online, so they know what they register for.
      expect(await seen(viewer.client)).toEqual({ online: true, onlineUrl: null });
      expect(await feedText(viewer.client, 'PROGRAMME')).not.toContain(LINK);
    }
    expect(await feedText(waitlisted.client, 'USER')).not.toContain(LINK);
    expect(await feedText(coordinator.client, 'MUNICIPALITY')).not.toContain(LINK);
  });
});
