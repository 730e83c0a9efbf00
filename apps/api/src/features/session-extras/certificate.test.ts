import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion, type TestUser } from '../../test/factories';
import { pdfText } from '../../test/pdf-text';
import { createActivity, createSession, createVenue } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const EXTRAS = `query ($id: ID!) { sessionExtras(sessionId: $id) { viewerCan { certificate } } }`;

let app: TestApp;
let sessionId: string;
let attendee: { user: TestUser; client: Client };

const certificate = (client: Client, session: string, attendeeId?: string) =>
  fetch(`${app.url}/api/sessions/${session}/certificate.pdf${attendeeId ? `?attendee=${attendeeId}` : ''}`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });

async function certificateText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; /);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  return pdfText(new Uint8Array(await response.arrayBuffer()));
}

beforeAll(async () => {
  app = await startTestApp();
  const activityId = await createActivity(app);
  await app.owner.query(
    `UPDATE learning_activities SET title = 'Masterclass Bibob', format = 'MASTERCLASS' WHERE id = $1`,
    [activityId],
  );
  // A session that took place: 3 March of last year, 10:00-13:00 in Amsterdam.
  sessionId = await createSession(app, {
    activityId,
    venueId: await createVenue(app, { name: 'Stadhuis Almelo' }),
    startsAt: new Date(Date.UTC(new Date().getUTCFullYear() - 1, 2, 3, 9)),
  });
  attendee = await actAs(app, 'PARTICIPANT');
  await app.owner.query(`UPDATE users SET name = 'Fenna Attendee' WHERE id = $1`, [attendee.user.id]);
  await createRegistration(app, sessionId, attendee.user.id, { attended: true });
});
afterAll(() => app.close());

describe('a certificate of attendance', () => {
  it('anonymous visitors get a 401', async () => {
    expect((await certificate(new Client(app), sessionId)).status).toBe(401);
  });

  it('gives an attendee their own, in their language, naming them, the activity, the time and the place', async () => {
    const { sessionExtras } = await attendee.client.ok<{ sessionExtras: { viewerCan: { certificate: boolean } } }>(
      EXTRAS,
      { id: sessionId },
    );
    expect(sessionExtras.viewerCan.certificate).toBe(true);
    const response = await certificate(attendee.client, sessionId);
    expect(response.headers.get('content-disposition')).toMatch(/filename="bewijs-van-deelname-\d{4}-03-03\.pdf"/);
    const text = await certificateText(response);
    expect(text).toContain('Bewijs van deelname');
    expect(text).toContain('Hierbij verklaren wij dat Fenna Attendee (gemeente Almelo) aanwezig was bij:');
    expect(text).toContain('Masterclass Bibob');
    expect(text).toContain('Werkvorm: Masterclass');
    expect(text).toMatch(/Datum en tijd: .*3 maart \d{4}, 10:00/);
    expect(text).toContain('Plaats: Stadhuis Almelo');

    await app.owner.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [attendee.user.id]);
    const english = await certificateText(await certificate(attendee.client, sessionId));
    expect(english).toContain('Certificate of attendance');
    expect(english).toContain('This is to certify that Fenna Attendee (municipality of Almelo) attended:');
    await app.owner.query(`UPDATE users SET locale = 'nl' WHERE id = $1`, [attendee.user.id]);
  });

  it('gives programme staff anyone’s certificate, in the staff member’s language', async () => {
    const staff = await actAs(app, 'PROGRAMME_STAFF');
    expect(await certificateText(await certificate(staff.client, sessionId, attendee.user.id))).toContain(
      'Fenna Attendee',
    );
  });

  it('answers everyone else, and anyone not recorded as present, with the same 404', async () => {
    const absent = await actAs(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, absent.user.id, { attended: false });
    const unrecorded = await actAs(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, unrecorded.user.id);
    const waitlisted = await actAs(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, waitlisted.user.id, { status: 'WAITLISTED' });
    for (const { client } of [absent, unrecorded, waitlisted]) {
      expect((await certificate(client, sessionId)).status).toBe(404);
      const { sessionExtras } = await client.ok<{ sessionExtras: { viewerCan: { certificate: boolean } } }>(EXTRAS, {
        id: sessionId,
      });
      expect(sessionExtras.viewerCan.certificate).toBe(false);
    }

    const others = [
      absent,
      await actAs(app, 'PARTICIPANT'), // not registered, the attendee's municipality
      await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' }), // another municipality
      await actAs(app, 'MUNICIPAL_COORDINATOR'), // the attendee's own coordinator
      await actAs(app, 'RIEC_ANALYST'),
      await actAs(app, 'ADMIN'),
    ];
    for (const { client } of others) {
      const ofAttendee = await certificate(client, sessionId, attendee.user.id);
      const ofNobody = await certificate(client, sessionId, '00000000-0000-4000-8000-000000000000');
      expect(ofAttendee.status).toBe(404);
      // The same answer as for someone who does not exist: nothing about who attended.
      expect(await ofAttendee.json()).toEqual(await ofNobody.json());
    }
    const otherRegion = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect((await certificate(otherRegion.client, sessionId, attendee.user.id)).status).toBe(404);
    expect((await certificate(attendee.client, 'not-an-id')).status).toBe(404);
  });
});
