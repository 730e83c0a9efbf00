import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/client';
import { actAs, municipalityId } from '../../test/factories';
import { createEnrolment, createGroup, createTrack } from '../../test/peer-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/** Peer group meetings in iCalendar feeds: USER and MUNICIPALITY feeds of members only, never PROGRAMME feeds. */
let app: TestApp;
let almelo: Client;
let almeloParticipant: Client;
let hengeloContact: Client;
let enschede: Client;
let staff: Client;
let groupId: string;
let programmeId: string;

const CREATE = `mutation ($scope: CalendarFeedScope!, $programmeId: ID) { createCalendarFeed(scope: $scope, programmeId: $programmeId) { url } }`;
const PLAN = `mutation ($id: ID!, $input: PeerMeetingInput!) { planPeerMeeting(groupId: $id, input: $input) { id version } }`;
const CANCEL = `mutation ($id: ID!, $v: Int!) { cancelPeerMeeting(meetingId: $id, expectedVersion: $v) { id } }`;

async function feedUrl(client: Client, scope: string, programme?: string): Promise<string> {
  const { createCalendarFeed } = await client.ok<{ createCalendarFeed: { url: string } }>(CREATE, {
    scope,
    programmeId: programme ?? null,
  });
  return createCalendarFeed.url;
}

/** The feed's text as a calendar app fetches it (no cookies), with folded lines unfolded. */
async function read(url: string): Promise<string> {
  const response = await fetch(`${app.url}${new URL(url).pathname}`);
  expect(response.status).toBe(200);
  return (await response.text()).replace(/\r\n /g, '');
}

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
  almelo = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' })).client;
  almeloParticipant = (await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' })).client;
  const contact = await actAs(app, 'PARTICIPANT', { municipality: 'GM0164' });
  hengeloContact = contact.client;
  enschede = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' })).client;
  const track = await createTrack(app);
  const [row] = await app.owner.query<{ programme_id: string }[]>(
    'SELECT programme_id FROM peer_tracks WHERE id = $1',
    [track.id],
  );
  programmeId = row!.programme_id;
  const enrolments = [
    await createEnrolment(app, track, 'GM0141', [{ need: 3, share: 0 }]),
    await createEnrolment(app, track, 'GM0164', [{ need: 0, share: 3 }]),
  ];
  await app.owner.query(
    `INSERT INTO peer_enrolment_contacts (enrolment_id, track_id, user_id, region_id, municipality_id)
     SELECT id, track_id, $2, region_id, municipality_id FROM peer_enrolments WHERE id = $1`,
    [enrolments[1], contact.user.id],
  );
  ({ groupId } = await createGroup(app, track, enrolments, 'PUBLISHED'));
});
afterAll(() => app.close());

describe('peer group meetings in calendar feeds', () => {
  it('appear for members with a stable UID and SEQUENCE, cancelled as CANCELLED, and nowhere else', async () => {
    const startsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const { planPeerMeeting } = await almelo.ok<{ planPeerMeeting: { id: string; version: number } }>(PLAN, {
      id: groupId,
      input: {
        kind: 'INTERVISIE',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600 * 1000).toISOString(),
        location: '',
        onlineUrl: 'https://meet.example/abc',
        hostMunicipalityId: await municipalityId(app, 'GM0164'),
      },
    });
    const uid = `UID:peer-meeting-${planPeerMeeting.id}@rodedraad`;
    const members = [
      await feedUrl(almelo, 'USER'),
      await feedUrl(almelo, 'MUNICIPALITY'),
      await feedUrl(hengeloContact, 'USER'),
    ];
    for (const url of members) {
      const text = await read(url);
      expect(text).toContain(uid);
      expect(text).toContain('STATUS:CONFIRMED');
      expect(text).toContain('SEQUENCE:0');
      expect(text).toContain('LOCATION:https://meet.example/abc');
    }
    // Not a member, not a contact person, or a programme feed: no meeting.
    for (const url of [
      await feedUrl(enschede, 'USER'),
      await feedUrl(enschede, 'MUNICIPALITY'),
      await feedUrl(almeloParticipant, 'USER'),
      await feedUrl(staff, 'USER'),
      await feedUrl(almelo, 'PROGRAMME', programmeId),
    ]) {
      expect(await read(url)).not.toContain('peer-meeting-');
    }
    await staff.ok(CANCEL, { id: planPeerMeeting.id, v: planPeerMeeting.version });
    for (const url of members) {
      const text = await read(url);
      expect(text).toContain(uid);
      expect(text).toContain('SEQUENCE:1');
      expect(text).toContain('STATUS:CANCELLED');
    }
  });
});
