import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo';
import { DEMO_PASSWORD } from '../../demo/demo-accounts';
import { loggedIn } from '../../test/client';
import { startTestApp, type TestApp } from '../../test/test-app';
import { detectContentType } from '../../common/file-type';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.owner);
}, 120_000);
afterAll(() => app.close());

describe('demo follow-up', () => {
  it("gives Almelo's coordinator timelines with notes, links and downloadable attachments of an accepted type", async () => {
    const coordinator = await loggedIn(app, 'coordinator.almelo@rodedraad.example', DEMO_PASSWORD);
    const { recommendations } = await coordinator.ok<{
      recommendations: {
        items: {
          reference: string;
          timeline: {
            kind: string;
            note: string | null;
            links: string[];
            attachment: { id: string; contentType: string } | null;
          }[];
        }[];
      };
    }>(
      `{ recommendations(page: { offset: 0, limit: 100 }) { items { reference timeline { kind note links attachment { id contentType } } } } }`,
    );
    const entries = recommendations.items.flatMap((r) => r.timeline);
    expect(entries.filter((e) => e.kind === 'PROGRESS').length).toBeGreaterThanOrEqual(4);
    expect(entries.some((e) => e.links.length > 0)).toBe(true);
    const attachments = entries.flatMap((e) => (e.attachment ? [e.attachment] : []));
    expect(attachments).toHaveLength(2);
    for (const attachment of attachments) {
      const response = await fetch(`${app.url}/api/attachments/${attachment.id}`, {
        headers: { cookie: coordinator.cookie! },
      });
      expect(response.status).toBe(200);
      expect(detectContentType(Buffer.from(await response.arrayBuffer()))).toBe(attachment.contentType);
    }
  });
});
