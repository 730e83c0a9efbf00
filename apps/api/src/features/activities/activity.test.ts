import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/client';
import { actAs } from '../../test/factories';
import { createActivity, createProgramme, createSession } from '../../test/programme-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/*
 * The activities' rules (who plans, who reads, versions, filters) are tested with the programmes
 * they belong to, in features/programmes/programme.test.ts; this file guards the list's cost.
 */

const ACTIVITIES = `query ($page: PageInput) { activities(page: $page) { total items {
  id title themes { id title } programme { id name } owner { id name } sessions { id startsAt } viewerCan { edit }
} } }`;

let app: TestApp;
let participant: Client;

beforeAll(async () => {
  app = await startTestApp();
  ({ client: participant } = await actAs(app, 'PARTICIPANT'));
});
afterAll(() => app.close());

describe('activities list', () => {
  it('runs the same number of SQL statements for a page of 3 and of 30 activities (no N+1)', async () => {
    for (let i = 0; i < 10; i += 1) {
      const programmeId = await createProgramme(app);
      for (let j = 0; j < 3; j += 1) {
        const activityId = await createActivity(app, { programmeId, plannedYear: 2022 + j });
        for (let k = 0; k < j; k += 1) {
          await createSession(app, { activityId });
        }
      }
    }
    const count = async (limit: number) => {
      app.statements.reset();
      const { activities } = await participant.ok<{ activities: { total: number; items: unknown[] } }>(ACTIVITIES, {
        page: { offset: 0, limit },
      });
      expect(activities.items).toHaveLength(limit);
      return app.statements.count;
    };
    expect(await count(30)).toBe(await count(3));
  });
});
