import { UPLOAD_CSRF_HEADER } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { createSession } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { SAMPLE_FILES } from '../../test/sample-files';
import { startTestApp, type TestApp } from '../../test/test-app';

const EXTRAS = `query ($id: ID!) {
  sessionExtras(sessionId: $id) {
    sessionId
    materials { id kind title url fileName sizeBytes downloadPath }
    viewerCan { manageMaterials readMaterials sendMessage certificate }
  }
}`;
const ADD_LINK = `mutation ($id: ID!, $input: SessionLinkInput!) {
  addSessionLink(sessionId: $id, input: $input) { id kind title url downloadPath }
}`;
const REMOVE = `mutation ($id: ID!) { removeSessionMaterial(id: $id) }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

interface Extras {
  sessionExtras: {
    materials: { id: string; kind: string; title: string; url: string | null; downloadPath: string | null }[] | null;
    viewerCan: { manageMaterials: boolean; readMaterials: boolean; sendMessage: boolean; certificate: boolean };
  };
}

let app: TestApp;
let sessionId: string;
let staff: Client;
let registered: Client;
let linkId: string;
let fileId: string;

const upload = (client: Client, session: string, name: string, content: Buffer) =>
  fetch(`${app.url}/api/sessions/${session}/materials`, {
    method: 'POST',
    headers: {
      [UPLOAD_CSRF_HEADER]: '1',
      'x-file-name': encodeURIComponent(name),
      ...(client.cookie ? { cookie: client.cookie } : {}),
    },
    body: content,
  });
const download = (client: Client, id: string) =>
  fetch(`${app.url}/api/session-materials/${id}`, { headers: client.cookie ? { cookie: client.cookie } : {} });

beforeAll(async () => {
  app = await startTestApp();
  sessionId = await createSession(app);
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
  const participant = await actAs(app, 'PARTICIPANT');
  await createRegistration(app, sessionId, participant.user.id);
  registered = participant.client;
});
afterAll(() => app.close());

describe('session materials: the ladder', () => {
  it('anonymous visitors get UNAUTHENTICATED and a 401 for files', async () => {
    const anonymous = new Client(app);
    expect(await anonymous.errorCode(EXTRAS, { id: sessionId })).toBe('UNAUTHENTICATED');
    expect(
      await anonymous.errorCode(ADD_LINK, { id: sessionId, input: { title: 'x', url: 'https://a.example' } }),
    ).toBe('UNAUTHENTICATED');
    expect((await upload(anonymous, sessionId, 'a.pdf', SAMPLE_FILES.pdf)).status).toBe(401);
    expect((await download(anonymous, MISSING)).status).toBe(401);
  });

  it('refuses bad input: a link that is not http(s), a blank title, a file of a refused type; nothing is stored', async () => {
    for (const input of [
      { title: 'Script', url: 'javascript:alert(1)' },
      { title: '   ', url: 'https://a.example' },
      { title: 'x'.repeat(201), url: 'https://a.example' },
    ]) {
      expect(await staff.errorCode(ADD_LINK, { id: sessionId, input })).toBe('BAD_USER_INPUT');
    }
    const html = await upload(staff, sessionId, 'page.html', SAMPLE_FILES.html);
    expect(html.status).toBe(400);
    expect(((await html.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]!.extensions.reason).toBe(
      'UNSUPPORTED_FILE_TYPE',
    );
    const [row] = await app.owner.query<{ count: number }[]>('SELECT count(*)::int AS count FROM session_materials');
    expect(row?.count).toBe(0);
  });

  it('lets only programme staff add and remove materials', async () => {
    for (const role of ['PARTICIPANT', 'MUNICIPAL_COORDINATOR', 'RIEC_ANALYST', 'ADMIN'] as const) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(ADD_LINK, { id: sessionId, input: { title: 'x', url: 'https://a.example' } })).toBe(
        'FORBIDDEN',
      );
      expect((await upload(client, sessionId, 'a.pdf', SAMPLE_FILES.pdf)).status).toBe(403);
    }
    expect(await registered.errorCode(REMOVE, { id: MISSING })).toBe('FORBIDDEN');
    const otherRegion = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(
      await otherRegion.client.errorCode(ADD_LINK, { id: sessionId, input: { title: 'x', url: 'https://a.example' } }),
    ).toBe('NOT_FOUND');
    expect((await upload(otherRegion.client, sessionId, 'a.pdf', SAMPLE_FILES.pdf)).status).toBe(404);
  });

  it('staff add a link and a file; staff and confirmed registrants see and download them', async () => {
    const { addSessionLink } = await staff.ok<{ addSessionLink: { id: string; kind: string; downloadPath: null } }>(
      ADD_LINK,
      { id: sessionId, input: { title: ' Slides op de website ', url: 'https://weerbaar.example/slides' } },
    );
    linkId = addSessionLink.id;
    expect(addSessionLink).toMatchObject({ kind: 'LINK', downloadPath: null });
    const uploaded = await upload(staff, sessionId, 'Verslag "werkbezoek".pdf', SAMPLE_FILES.pdf);
    expect(uploaded.status).toBe(201);
    fileId = ((await uploaded.json()) as { material: { id: string } }).material.id;

    for (const client of [staff, registered]) {
      const { sessionExtras } = await client.ok<Extras>(EXTRAS, { id: sessionId });
      expect(sessionExtras.materials).toEqual([
        expect.objectContaining({ id: linkId, title: 'Slides op de website', url: 'https://weerbaar.example/slides' }),
        expect.objectContaining({
          id: fileId,
          kind: 'FILE',
          title: 'Verslag "werkbezoek".pdf',
          downloadPath: `/api/session-materials/${fileId}`,
        }),
      ]);
      const file = await download(client, fileId);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="Verslag _werkbezoek_.pdf"/);
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('content-security-policy')).toContain('sandbox');
      expect(Buffer.from(await file.arrayBuffer()).equals(SAMPLE_FILES.pdf)).toBe(true);
    }
    const { sessionExtras } = await staff.ok<Extras>(EXTRAS, { id: sessionId });
    expect(sessionExtras.viewerCan).toEqual({
      manageMaterials: true,
      readMaterials: true,
      sendMessage: true,
      certificate: false,
    });
  });

  it('hides them from everyone else as if they did not exist', async () => {
    const waitlisted = await actAs(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, waitlisted.user.id, { status: 'WAITLISTED' });
    const cancelled = await actAs(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, cancelled.user.id, { status: 'CANCELLED' });
    const viewers = [
      waitlisted.client,
      cancelled.client,
      (await actAs(app, 'PARTICIPANT')).client, // not registered, same municipality
      (await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' })).client, // another municipality
      (await actAs(app, 'MUNICIPAL_COORDINATOR')).client, // the registrant's coordinator
      (await actAs(app, 'RIEC_ANALYST')).client,
      (await actAs(app, 'ADMIN')).client,
    ];
    for (const client of viewers) {
      const { sessionExtras } = await client.ok<Extras>(EXTRAS, { id: sessionId });
      expect(sessionExtras.materials).toBeNull();
      expect(sessionExtras.viewerCan.readMaterials).toBe(false);
      expect(sessionExtras.viewerCan.manageMaterials).toBe(false);
      expect((await download(client, fileId)).status).toBe(404);
      expect((await download(client, MISSING)).status).toBe(404);
    }
    const otherRegion = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await otherRegion.client.errorCode(EXTRAS, { id: sessionId })).toBe('NOT_FOUND');
    expect((await download(otherRegion.client, fileId)).status).toBe(404);
    expect(await otherRegion.client.errorCode(REMOVE, { id: fileId })).toBe('NOT_FOUND');
  });

  it('a confirmed registrant of another municipality sees them too: seats are personal', async () => {
    const elsewhere = await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' });
    await createRegistration(app, sessionId, elsewhere.user.id);
    const { sessionExtras } = await elsewhere.client.ok<Extras>(EXTRAS, { id: sessionId });
    expect(sessionExtras.materials?.map((m) => m.id)).toEqual([linkId, fileId]);
    expect((await download(elsewhere.client, fileId)).status).toBe(200);
  });

  it('staff remove a material; it is gone for everyone', async () => {
    expect(await staff.ok(REMOVE, { id: fileId })).toEqual({ removeSessionMaterial: true });
    expect(await staff.errorCode(REMOVE, { id: fileId })).toBe('NOT_FOUND');
    expect((await download(registered, fileId)).status).toBe(404);
    const { sessionExtras } = await registered.ok<Extras>(EXTRAS, { id: sessionId });
    expect(sessionExtras.materials?.map((m) => m.id)).toEqual([linkId]);
  });
});
