import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/client';
import { createTheme } from '../../test/confidential-factories';
import { actAs } from '../../test/factories';
import { createEnrolment, createGroup, createTrack } from '../../test/peer-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/** The theme page lists the tracks on the theme as part of the offer: counts under the k rule, never who. */
let app: TestApp;
let staff: Client;
let participant: Client;

const TRACE = `query ($themeId: ID!) { themeProgramme(themeId: $themeId) { theme { id } activities { id }
  peerTracks { id title startsOn endsOn enrolmentStatus enrolmentCount { kind value bound }
               publishedGroupCount publishedGroupCountWithheld } } }`;

interface TraceTrack {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  enrolmentStatus: string;
  enrolmentCount: { kind: string; value: number | null; bound: number | null };
  publishedGroupCount: number | null;
  publishedGroupCountWithheld: boolean;
}

const tracksOn = async (client: Client, themeId: string) =>
  (await client.ok<{ themeProgramme: { peerTracks: TraceTrack[] } }>(TRACE, { themeId })).themeProgramme.peerTracks;

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
  participant = (await actAs(app, 'PARTICIPANT', { municipality: 'GM0164' })).client;
});
afterAll(() => app.close());

describe('tracks on the theme page', () => {
  it('lists the tracks on the theme with period and enrolment status, newest first', async () => {
    const themeId = await createTheme(app);
    const open = await createTrack(app, { themeId, title: 'Bibob in vastgoed', startsOn: '2026-09-01' });
    const closed = await createTrack(app, { themeId, title: 'Bibob 2024', open: false, startsOn: '2024-01-01' });
    await createTrack(app, { title: 'Elders' });
    const later = await createTrack(app, { themeId, title: 'Nog niet open', startsOn: '2027-01-01' });
    await app.owner.query(
      `UPDATE peer_tracks SET enrolment_opens_at = now() + interval '1 day', enrolment_closes_at = now() + interval '9 days'
        WHERE id = $1`,
      [later.id],
    );

    const tracks = await tracksOn(participant, themeId);
    expect(tracks.map((t) => [t.id, t.enrolmentStatus])).toEqual([
      [later.id, 'UPCOMING'],
      [open.id, 'OPEN'],
      [closed.id, 'CLOSED'],
    ]);
    expect(tracks[1]).toMatchObject({ title: 'Bibob in vastgoed', startsOn: '2026-09-01', endsOn: '2027-12-31' });
  });

  it('shows the number of published groups only where the enrolment count itself may be shown', async () => {
    const themeId = await createTheme(app);
    const track = await createTrack(app, { themeId, open: false });
    const [a, b] = [await createEnrolment(app, track, 'GM0141'), await createEnrolment(app, track, 'GM0153')];
    const before = (await tracksOn(staff, themeId))[0]!;
    expect(before).toMatchObject({ publishedGroupCount: null, publishedGroupCountWithheld: false });

    await createGroup(app, track, [a, b], 'DRAFT');
    expect((await tracksOn(staff, themeId))[0]!.publishedGroupCount).toBeNull();

    await createGroup(app, track, [a, b], 'PUBLISHED');
    expect((await tracksOn(staff, themeId))[0]).toMatchObject({
      enrolmentCount: { kind: 'EXACT', value: 2 },
      publishedGroupCount: 1,
      publishedGroupCountWithheld: false,
    });
    // Two enrolled is below k = 3: one published group would tell the participant it is exactly two.
    expect((await tracksOn(participant, themeId))[0]).toMatchObject({
      enrolmentCount: { kind: 'FEWER_THAN', value: null, bound: 3 },
      publishedGroupCount: null,
      publishedGroupCountWithheld: true,
    });

    await createEnrolment(app, track, 'GM0168');
    expect((await tracksOn(participant, themeId))[0]).toMatchObject({
      enrolmentCount: { kind: 'EXACT', value: 3 },
      publishedGroupCount: 1,
      publishedGroupCountWithheld: false,
    });
  });

  it('names no municipality: the track type has no field for members or enrolments', async () => {
    const { __type } = await participant.ok<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "PeerTrack") { fields { name } } }`,
    );
    const names = __type.fields.map((f) => f.name);
    expect(names).toContain('publishedGroupCount');
    expect(names.filter((n) => /municipal|member|^enrolments$|^groups$/i.test(n))).toEqual([]);
  });

  it('runs the same number of SQL statements for 1 and for 8 tracks on the theme', async () => {
    const count = async (tracks: number) => {
      const themeId = await createTheme(app);
      for (let i = 0; i < tracks; i += 1) {
        const track = await createTrack(app, { themeId });
        const members = [await createEnrolment(app, track, 'GM0141'), await createEnrolment(app, track, 'GM0153')];
        await createGroup(app, track, members);
      }
      app.statements.reset();
      expect(await tracksOn(participant, themeId)).toHaveLength(tracks);
      return app.statements.count;
    };
    const one = await count(1);
    expect(await count(8)).toBe(one);
  });
});
