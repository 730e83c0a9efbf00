import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn } from '../test/client';
import { startTestApp, type TestApp } from '../test/test-app';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedDemo } from './seed-demo';

/** The demo's latest picture shows learning → follow-up for procurement and suppresses it elsewhere. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.owner);
}, 120_000);
afterAll(() => app.close());

interface Line {
  theme: { title: string };
  learningEffect: Record<string, unknown> | null;
}

describe('learning → follow-up demo data', () => {
  it('the latest picture compares procurement and suppresses themes nearly everyone took part in', async () => {
    const staff = await loggedIn(app, 'staff@rodedraad.example', DEMO_PASSWORD);
    const { latestPicture } = await staff.ok<{ latestPicture: { note: string; lines: Line[] } }>(
      `{ latestPicture { note lines { theme { title } learningEffect { suppressed
           tookPartMunicipalities { kind value } tookPartProgress { from } didNotMunicipalities { kind value } didNotProgress { from } } } } }`,
    );
    const effect = (title: string) => latestPicture.lines.find((l) => l.theme.title === title)!.learningEffect;
    expect(effect('Weerbare inkoop en subsidieverlening')).toMatchObject({
      suppressed: false,
      // Four attended; Dinkelland has not decided on consent (seed-consent), so its outcomes stay out.
      tookPartMunicipalities: { kind: 'EXACT', value: 3 },
      tookPartProgress: { from: 50 },
      didNotMunicipalities: { kind: 'EXACT', value: 3 },
      didNotProgress: { from: 50 },
    });
    expect(effect('Bibob-beleid en -toepassing versterken')).toMatchObject({
      suppressed: true,
      tookPartMunicipalities: null,
      didNotMunicipalities: null,
    });
  });
});
