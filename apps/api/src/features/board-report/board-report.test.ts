import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { pdfText } from '../../test/pdf-text';
import {
  createFacet,
  createRecommendation,
  agreeToShare,
  createScan,
  createTheme,
  linkTheme,
} from '../../test/confidential-factories';
import { actAs, actAsInNewRegion, createUser } from '../../test/factories';
import { createEnrolment, createGroup, createTrack } from '../../test/peer-factories';
import { createActivity, createSession } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const BAND = 'kind value bound';
const REPORT = `query Report($id: ID!) { boardReport(snapshotId: $id) {
  snapshot { id publishedAt threshold municipalityCount lines { theme { title } municipalities { ${BAND} } } }
  advice { title answer { status } }
  learning { until activities sessionsHeld attendances { ${BAND} } attendingMunicipalities { ${BAND} } tracks
             enrolledMunicipalities { ${BAND} } peerGroups } } }`;
const PUBLISH = `mutation Publish($advice: [RegionalAdviceInput!]) { publishPicture(note: "Voor het DVO", advice: $advice) { id publishedAt } }`;

interface Band {
  kind: string;
  value: number | null;
  bound: number | null;
}
interface Report {
  snapshot: { id: string; threshold: number; lines: { theme: { title: string }; municipalities: Band }[] };
  advice: { title: string; answer: { status: string } | null }[];
  learning: {
    activities: number;
    sessionsHeld: number;
    attendances: Band;
    attendingMunicipalities: Band;
    tracks: number;
    enrolledMunicipalities: Band;
    peerGroups: number | null;
  };
}

let app: TestApp;
let analyst: Client;
let participant: Client;
let snapshotId: string;
let publishedAt: Date;
const THEME = 'Zicht op vastgoed';
const CODES = ['GM0141', 'GM0147', 'GM1774', 'GM0153'];

const pdf = (client: Client, id: string) =>
  fetch(`${app.url}/api/picture-snapshots/${id}/board-report.pdf`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });

beforeAll(async () => {
  app = await startTestApp();
  analyst = (await actAs(app, 'RIEC_ANALYST')).client;
  participant = (await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' })).client;
  const facetId = await createFacet(app);
  const themeId = await createTheme(app, THEME);
  // All 14 municipalities agreed to share a scan; four of them have a recommendation on the theme,
  // exact under k = 3.
  const others = await app.owner.query<{ cbs_code: string }[]>(
    `SELECT cbs_code FROM municipalities WHERE NOT (cbs_code = ANY($1)) ORDER BY cbs_code`,
    [CODES],
  );
  for (const { cbs_code } of others) {
    await agreeToShare(app, await createScan(app, cbs_code));
  }
  for (const code of CODES) {
    const rec = await createRecommendation(app, await agreeToShare(app, await createScan(app, code)), facetId);
    await linkTheme(app, rec, themeId);
  }
  // Learning before the snapshot: one session held with attendances of two municipalities (below k);
  // one track with three enrolled municipalities and a published group.
  const activityId = await createActivity(app, { themeIds: [themeId] });
  const held = await createSession(app, {
    activityId,
    startsAt: new Date(Date.now() - 10 * 86_400_000),
    status: 'COMPLETED',
  });
  for (const code of ['GM0141', 'GM0141', 'GM0147']) {
    const user = await createUser(app, 'PARTICIPANT', { municipality: code });
    await createRegistration(app, held, user.id, { attended: true });
  }
  const track = await createTrack(app, { themeId });
  const enrolments = [
    await createEnrolment(app, track, 'GM0141'),
    await createEnrolment(app, track, 'GM0153'),
    await createEnrolment(app, track, 'GM0164'),
  ];
  await createGroup(app, track, enrolments.slice(0, 2));

  const { publishPicture } = await analyst.ok<{ publishPicture: { id: string; publishedAt: string } }>(PUBLISH, {
    advice: [
      { title: 'Vastgoed regionaal volgen', body: 'Één aanpak voor de regio.', priority: 'HIGH', themeIds: [themeId] },
    ],
  });
  snapshotId = publishPicture.id;
  publishedAt = new Date(publishPicture.publishedAt);
});

afterAll(async () => {
  await app?.close();
});

describe('the board report', () => {
  it("holds the snapshot's figures, its advice and the learning totals up to its date under the k rule", async () => {
    const { boardReport } = await participant.ok<{ boardReport: Report }>(REPORT, { id: snapshotId });
    expect(boardReport.snapshot.lines.find((l) => l.theme.title === THEME)?.municipalities).toEqual({
      kind: 'EXACT',
      value: 4,
      bound: null,
    });
    expect(boardReport.advice).toEqual([{ title: 'Vastgoed regionaal volgen', answer: null }]);
    expect(boardReport.learning).toMatchObject({
      activities: 1,
      sessionsHeld: 1,
      attendances: { kind: 'EXACT', value: 3, bound: null },
      attendingMunicipalities: { kind: 'FEWER_THAN', value: null, bound: 3 },
      tracks: 1,
      enrolledMunicipalities: { kind: 'EXACT', value: 3, bound: null },
      peerGroups: 1,
    });
  });

  it('is built from the published snapshot, never from live data', async () => {
    const facetId = await createFacet(app);
    const [theme] = await app.owner.query<{ id: string }[]>(`SELECT id FROM themes WHERE title = $1`, [THEME]);
    for (const code of ['GM0164', 'GM0168', 'GM0173']) {
      await linkTheme(
        app,
        await createRecommendation(app, await agreeToShare(app, await createScan(app, code)), facetId),
        theme!.id,
      );
    }
    // A session held after the snapshot does not count either.
    await createSession(app, { startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(), status: 'COMPLETED' });
    const { boardReport } = await participant.ok<{ boardReport: Report }>(REPORT, { id: snapshotId });
    expect(boardReport.snapshot.lines.find((l) => l.theme.title === THEME)?.municipalities.value).toBe(4);
    expect(boardReport.learning.sessionsHeld).toBe(1);
  });

  it("downloads as a PDF in Dutch with the snapshot's date, k and figures", async () => {
    const response = await pdf(participant, snapshotId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="bestuursrapportage-beeld-/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    const date = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(publishedAt);
    expect(text).toContain(`Regionaal beeld van ${date}`);
    // All 14 contribute; k = 3 would read that count as "more than 11", so the rule's n is 12 (picture-consent.ts).
    expect(text).toContain('Drempel k = 3, n = 12 gemeenten.');
    expect(text).toContain(THEME);
    expect(text).toContain('Gemeenten met ten minste een aanbeveling: 4');
    expect(text).toContain('Één aanpak voor de regio.');
    expect(text).toContain('Gemeenten die deelnamen: minder dan 3');
  });

  it('answers a snapshot that does not exist, or of another region, with a typed 404; the anonymous with a 401', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await pdf(participant, id);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND' } }],
      });
    }
    expect(await participant.errorCode(REPORT, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    const outsider = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect((await pdf(outsider.client, snapshotId)).status).toBe(404);
    expect(await outsider.client.errorCode(REPORT, { id: snapshotId })).toBe('NOT_FOUND');
    const anonymous = await pdf(new Client(app), snapshotId);
    expect(anonymous.status).toBe(401);
    expect(await new Client(app).errorCode(REPORT, { id: snapshotId })).toBe('UNAUTHENTICATED');
  });
});
