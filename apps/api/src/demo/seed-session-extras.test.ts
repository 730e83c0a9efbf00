import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn } from '../test/client';
import { pdfText } from '../test/pdf-text';
import { startTestApp, type TestApp } from '../test/test-app';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedDemo } from './seed-demo';
import { DEMO_EXTRAS_ACTIVITY } from './seed-session-extras';

/** The demo's session with materials and a certificate, read back through the API as the demo participant. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.owner);
}, 120_000);
afterAll(() => app.close());

describe('session extras demo data', () => {
  it('gives participant.almelo a past session with a material and a certificate of attendance', async () => {
    const participant = await loggedIn(app, 'participant.almelo@rodedraad.example', DEMO_PASSWORD);
    const [session] = await app.owner.query<{ id: string }[]>(
      `SELECT s.id FROM sessions s JOIN learning_activities a ON a.id = s.activity_id WHERE a.title = $1`,
      [DEMO_EXTRAS_ACTIVITY],
    );
    const { sessionExtras } = await participant.ok<{
      sessionExtras: { materials: { title: string }[]; viewerCan: { certificate: boolean } };
    }>(`query ($id: ID!) { sessionExtras(sessionId: $id) { materials { title } viewerCan { certificate } } }`, {
      id: session!.id,
    });
    expect(sessionExtras.materials.map((m) => m.title)).toEqual(['Handreiking aanpak drugspanden (CCV)']);
    expect(sessionExtras.viewerCan.certificate).toBe(true);
    const response = await fetch(`${app.url}/api/sessions/${session!.id}/certificate.pdf`, {
      headers: { cookie: participant.cookie! },
    });
    expect(response.status).toBe(200);
    expect(await pdfText(new Uint8Array(await response.arrayBuffer()))).toContain(DEMO_EXTRAS_ACTIVITY);
  });
});
