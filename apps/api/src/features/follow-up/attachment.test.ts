import { UPLOAD_CSRF_HEADER } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { createFacet, createRecommendation, createScan } from '../../test/confidential-factories';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { SAMPLE_FILES } from '../../test/sample-files';
import { startTestApp, type TestApp } from '../../test/test-app';
import { contentDisposition } from '../../common/http-files';

let app: TestApp;
let facet: string;
let almeloScan: string;
let coordinator: Client;

const MISSING = '00000000-0000-4000-8000-000000000000';
const AUDIT = `query { auditLog(page: { offset: 0, limit: 100 }) { items { actorRole action entity entityId } } }`;
const TIMELINE = `query ($id: ID!) { recommendation(id: $id) { timeline { kind actor { name } attachment { id fileName contentType sizeBytes } } } }`;

interface UploadAnswer {
  status: number;
  body: {
    attachment?: { id: string; fileName: string; contentType: string; sizeBytes: number };
    errors?: { extensions: { code: string; reason?: string } }[];
  };
}

async function upload(
  client: Client,
  recommendationId: string,
  fileName: string,
  content: Buffer,
  headers: Record<string, string> = { [UPLOAD_CSRF_HEADER]: '1' },
): Promise<UploadAnswer> {
  const response = await fetch(`${app.url}/api/recommendations/${recommendationId}/attachments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...headers,
    },
    body: content,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

async function download(client: Client, id: string): Promise<Response> {
  return fetch(`${app.url}/api/attachments/${id}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
}

const storedCount = async (rec: string) =>
  (
    await app.owner.query<{ files: number; events: number }[]>(
      `SELECT (SELECT count(*)::int FROM recommendation_attachments WHERE recommendation_id = $1) AS files,
              (SELECT count(*)::int FROM recommendation_events WHERE recommendation_id = $1) AS events`,
      [rec],
    )
  )[0];

beforeAll(async () => {
  app = await startTestApp();
  facet = await createFacet(app);
  almeloScan = await createScan(app, 'GM0141');
  coordinator = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' })).client;
});
afterAll(() => app.close());

describe('uploading evidence', () => {
  it.each([
    ['verslag.pdf', 'pdf', 'application/pdf'],
    ['foto.png', 'png', 'image/png'],
    ['foto.jpg', 'jpeg', 'image/jpeg'],
    ['plan.docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['cijfers.xlsx', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['presentatie.pptx', 'pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['notitie.odt', 'odt', 'application/vnd.oasis.opendocument.text'],
    // The name says nothing: a PDF called .png is stored and served as a PDF.
    ['misleidend.png', 'pdf', 'application/pdf'],
  ] as const)('%s is stored with the type found in its content, with a timeline entry', async (name, sample, type) => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const answer = await upload(coordinator, rec, name, SAMPLE_FILES[sample]);
    expect(answer.status).toBe(201);
    expect(answer.body.attachment).toMatchObject({
      fileName: name,
      contentType: type,
      sizeBytes: SAMPLE_FILES[sample].length,
    });
    const { recommendation } = await coordinator.ok<{
      recommendation: { timeline: { kind: string; actor: { name: string }; attachment: { id: string } }[] };
    }>(TIMELINE, { id: rec });
    expect(recommendation.timeline).toEqual([
      { kind: 'ATTACHMENT', actor: { name: 'Test MUNICIPAL_COORDINATOR' }, attachment: { ...answer.body.attachment } },
    ]);
  });

  it.each([
    ['leeg.pdf', Buffer.alloc(0), 400, 'EMPTY_FILE'],
    ['groot.pdf', Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(10 * 1024 * 1024)]), 413, 'ATTACHMENT_TOO_LARGE'],
    ['pagina.pdf', SAMPLE_FILES.html, 400, 'UNSUPPORTED_FILE_TYPE'],
    ['archief.docx', SAMPLE_FILES.plainZip, 400, 'UNSUPPORTED_FILE_TYPE'],
    ['rekenblad.odt', SAMPLE_FILES.odsSpreadsheet, 400, 'UNSUPPORTED_FILE_TYPE'],
    ['oud.doc', SAMPLE_FILES.oldWord, 400, 'UNSUPPORTED_FILE_TYPE'],
    ['programma.pdf', SAMPLE_FILES.exe, 400, 'UNSUPPORTED_FILE_TYPE'],
    ['tekening.png', SAMPLE_FILES.svg, 400, 'UNSUPPORTED_FILE_TYPE'],
    ['', SAMPLE_FILES.pdf, 400, 'INVALID_FILE_NAME'],
    [`${'x'.repeat(201)}.pdf`, SAMPLE_FILES.pdf, 400, 'INVALID_FILE_NAME'],
  ] as const)('%s: refused with a typed reason, nothing stored', async (name, content, status, reason) => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const answer = await upload(coordinator, rec, name, content);
    expect(answer.status).toBe(status);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason });
    expect(await storedCount(rec)).toEqual({ files: 0, events: 0 });
  });

  it('keeps only the last part of a path as the name, without control characters', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const answer = await upload(coordinator, rec, 'C:\\Users\\jan\\..\\evil\u202Efdp.png', SAMPLE_FILES.pdf);
    expect(answer.body.attachment?.fileName).toBe('evilfdp.png');
  });

  it('refuses a request without the app header or from another origin (CSRF), before anything else', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    for (const headers of <Record<string, string>[]>[
      {},
      { [UPLOAD_CSRF_HEADER]: '1', origin: 'https://evil.example' },
      { [UPLOAD_CSRF_HEADER]: '1', origin: 'null' },
      { [UPLOAD_CSRF_HEADER]: '1', 'sec-fetch-site': 'cross-site' },
    ]) {
      const answer = await upload(coordinator, rec, 'verslag.pdf', SAMPLE_FILES.pdf, headers);
      expect(answer.status, JSON.stringify(headers)).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' });
    }
    const sameOrigin = await upload(coordinator, rec, 'verslag.pdf', SAMPLE_FILES.pdf, {
      [UPLOAD_CSRF_HEADER]: '1',
      origin: app.url,
    });
    expect(sameOrigin.status).toBe(201);
    expect(await storedCount(rec)).toEqual({ files: 1, events: 1 });
  });

  it('only the own coordinators and the owner upload: others are refused, the rest as if it did not exist', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    expect((await upload(new Client(app), rec, 'a.pdf', SAMPLE_FILES.pdf)).body.errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const enschede = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' })).client;
    const other = await upload(enschede, rec, 'a.pdf', SAMPLE_FILES.pdf);
    const missing = await upload(enschede, MISSING, 'a.pdf', SAMPLE_FILES.pdf);
    expect(other.status).toBe(404);
    expect(other.body).toEqual(missing.body);
    for (const role of ['RIEC_ANALYST', 'PROGRAMME_STAFF', 'ADMIN'] as const) {
      const { client } = await actAs(app, role, { municipality: 'GM0141' });
      expect((await upload(client, rec, 'a.pdf', SAMPLE_FILES.pdf)).status, role).toBe(403);
    }
    // A participant may add evidence to what they own only (features/follow-up/progress-update.test.ts).
    const participant = (await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' })).client;
    const notOwned = await upload(participant, rec, 'a.pdf', SAMPLE_FILES.pdf);
    expect(notOwned.status).toBe(404);
    expect(notOwned.body).toEqual((await upload(participant, MISSING, 'a.pdf', SAMPLE_FILES.pdf)).body);
    expect(await storedCount(rec)).toEqual({ files: 0, events: 0 });
  });
});

describe('downloading evidence', () => {
  it('serves the stored bytes as a download with safe headers, and audits every download', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const { body } = await upload(coordinator, rec, 'Voortgang "Q1" – €.pdf', SAMPLE_FILES.pdf);
    const id = body.attachment!.id;
    for (let i = 0; i < 2; i += 1) {
      const response = await download(coordinator, id);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(SAMPLE_FILES.pdf);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="Voortgang _Q1_ _ _.pdf"; filename*=UTF-8''Voortgang%20%22Q1%22%20%E2%80%93%20%E2%82%AC.pdf`,
      );
    }
    const { auditLog } = await coordinator.ok<{ auditLog: { items: { action: string; entityId: string }[] } }>(AUDIT);
    expect(auditLog.items.filter((i) => i.action === 'DOWNLOAD' && i.entityId === id)).toHaveLength(2);
  });

  it('whoever may read the recommendation may download: its analysts and its owner', async () => {
    const owner = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    const rec = await createRecommendation(app, almeloScan, facet, { ownerUserId: owner.user.id });
    const { body } = await upload(coordinator, rec, 'verslag.pdf', SAMPLE_FILES.pdf);
    const analyst = (await actAs(app, 'RIEC_ANALYST')).client;
    expect((await download(analyst, body.attachment!.id)).status).toBe(200);
    expect((await download(owner.client, body.attachment!.id)).status).toBe(200);
  });

  it("another municipality's coordinator, staff, admins and other participants get the 404 of a missing id; the attempt is logged", async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const { body } = await upload(coordinator, rec, 'verslag.pdf', SAMPLE_FILES.pdf);
    const id = body.attachment!.id;
    const enschede = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' })).client;
    const missing = await download(enschede, MISSING);
    const missingBody = await missing.text();
    expect(missing.status).toBe(404);
    const outsiders = [
      enschede,
      (await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' })).client,
      (await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' })).client,
    ];
    for (const client of outsiders) {
      const response = await download(client, id);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(missingBody);
      expect(response.headers.get('content-disposition')).toBeNull();
    }
    for (const role of ['PROGRAMME_STAFF', 'ADMIN'] as const) {
      const { client } = await actAs(app, role);
      const response = await download(client, id);
      expect(response.status, role).toBe(403);
      expect(response.headers.get('content-disposition')).toBeNull();
    }
    const foreignAnalyst = (await actAsInNewRegion(app, 'RIEC_ANALYST')).client;
    expect(await (await download(foreignAnalyst, id)).text()).toBe(missingBody);
    expect((await download(new Client(app), id)).status).toBe(401);
    expect((await download(coordinator, 'not-a-uuid')).status).toBe(404);
    const { auditLog } = await coordinator.ok<{ auditLog: { items: { action: string; entityId: string }[] } }>(AUDIT);
    expect(auditLog.items.filter((i) => i.action === 'DENIED' && i.entityId === id).length).toBeGreaterThanOrEqual(1);
  });
});

describe('Content-Disposition', () => {
  it('never lets a name break out of its quotes', () => {
    expect(contentDisposition('a"; filename="evil.html')).toBe(
      `attachment; filename="a_; filename=_evil.html"; filename*=UTF-8''a%22%3B%20filename%3D%22evil.html`,
    );
    expect(contentDisposition('r\u00e9sum\u00e9 (1).pdf')).toBe(
      `attachment; filename="r_sum_ (1).pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%281%29.pdf`,
    );
  });
});
