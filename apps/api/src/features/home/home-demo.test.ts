import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/demo-accounts';
import { seedDemo } from '../../demo/seed-demo';
import { loggedIn } from '../../test/client';
import { startTestApp, type TestApp } from '../../test/test-app';

/** Every demo role lands on a home page with live items: the demo shows what the app is for. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.owner);
}, 120_000);
afterAll(() => app.close());

const HOME = `{ home {
  nextSessions { id } waitlist { position } evaluationsToGive { session { id } } openTracks { id enrolled }
  followUp { dueSoon { id } overdue { id } dueSoonTotal overdueTotal open inProgress done notAdopted }
  colleagueRegistrations { id }
  programme { upcoming { id } drafts { id } deadlinesThisWeek { id } withWaitlist { id } themesWithoutOffer { id } }
  analysis { municipalities { name } lastSnapshotId scansSinceSnapshot recommendationsSinceSnapshot }
  pendingRoleGrants { id }
  administration { disabledAccounts { id } disabledTotal failedMessages }
} }`;

interface DemoHome {
  evaluationsToGive: unknown[] | null;
  openTracks: { id: string; enrolled: boolean | null }[] | null;
  followUp: { dueSoon: { id: string }[]; overdue: { id: string }[] } | null;
  programme: { upcoming: unknown[]; withWaitlist: unknown[]; themesWithoutOffer: unknown[] } | null;
  analysis: { municipalities: unknown[]; lastSnapshotId: string | null } | null;
  pendingRoleGrants: unknown[] | null;
  administration: { disabledAccounts: unknown[]; failedMessages: number } | null;
}

const homeOf = async (email: string) =>
  (await (await loggedIn(app, email, DEMO_PASSWORD)).ok<{ home: DemoHome }>(HOME)).home;
const followUpIds = (home: DemoHome) =>
  [...(home.followUp?.dueSoon ?? []), ...(home.followUp?.overdue ?? [])].map((r) => r.id);

describe('home pages of the demo accounts', () => {
  it('give the Almelo participant an evaluation, a due recommendation and an open track', async () => {
    const home = await homeOf('participant.almelo@rodedraad.example');
    expect(home.evaluationsToGive?.length).toBeGreaterThan(0);
    expect(home.followUp?.dueSoon.length).toBeGreaterThan(0);
    expect(home.openTracks?.length).toBeGreaterThan(0);
  });

  it("give the Almelo coordinator follow-up due and overdue and an enrolment window; Enschede's none of Almelo's", async () => {
    const almelo = await homeOf('coordinator.almelo@rodedraad.example');
    expect(almelo.followUp?.dueSoon.length).toBeGreaterThan(0);
    expect(almelo.followUp?.overdue.length).toBeGreaterThan(0);
    expect(almelo.openTracks?.some((t) => t.enrolled)).toBe(true);
    const enschede = await homeOf('coordinator.enschede@rodedraad.example');
    expect(followUpIds(enschede).filter((id) => followUpIds(almelo).includes(id))).toEqual([]);
  });

  it('give programme staff upcoming sessions, a waitlist and themes without offer', async () => {
    const { programme } = await homeOf('staff@rodedraad.example');
    expect(programme?.upcoming.length).toBeGreaterThan(0);
    expect(programme?.withWaitlist.length).toBeGreaterThan(0);
    expect(programme?.themesWithoutOffer.length).toBeGreaterThan(0);
  });

  it('give the analyst old scans, the last snapshot and a role request to decide', async () => {
    const home = await homeOf('riec@rodedraad.example');
    expect(home.analysis?.municipalities.length).toBeGreaterThan(0);
    expect(home.analysis?.lastSnapshotId).not.toBeNull();
    expect(home.pendingRoleGrants?.length).toBeGreaterThan(0);
  });

  it('give the administrator a blocked account, a failed e-mail and a role request waiting', async () => {
    const home = await homeOf('admin@rodedraad.example');
    expect(home.administration?.disabledAccounts.length).toBeGreaterThan(0);
    expect(home.administration?.failedMessages).toBeGreaterThan(0);
    expect(home.pendingRoleGrants?.length).toBeGreaterThan(0);
  });
});
