import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacet, createRecommendation, createScan } from '../test/confidential-factories';
import { ForbiddenError } from '../common/errors';
import { SessionService } from '../features/auth/session.service';
import { ProgrammeService } from '../features/programmes/programme.service';
import { RecommendationService } from '../features/recommendations/recommendation.service';
import { ScanService } from '../features/scans/scan.service';
import { ThemeService } from '../features/themes/theme.service';
import { actAs, createUser } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { Permission, permissionsOf, reachOf } from './permissions';
import type { Acting } from './viewer';

const ME = `query { me { permissions } }`;
const ONE = `query One($id: ID!) { recommendation(id: $id) { id } }`;
const AUDIT = `query { auditLog { items { action entity entityId actorName actorEmail actorRole } } }`;

/** Permissions that reach scans, recommendations, follow-up or the audit log. */
const CONFIDENTIAL: Permission[] = [
  Permission.SCAN_READ,
  Permission.SCAN_WRITE,
  Permission.RECOMMENDATION_READ,
  Permission.RECOMMENDATION_EDIT_CONTENT,
  Permission.FOLLOW_UP_WRITE,
  Permission.AUDIT_READ,
  Permission.PICTURE_PUBLISH,
  Permission.ROLE_GRANT_APPROVE,
];

describe('the grant table', () => {
  it('gives administrators and programme staff no confidential permission', () => {
    for (const permission of CONFIDENTIAL) {
      expect(reachOf('ADMIN', permission)).toBeNull();
      expect(reachOf('PROGRAMME_STAFF', permission)).toBeNull();
    }
  });

  it('never lets a municipal role reach beyond its own municipality', () => {
    for (const role of ['MUNICIPAL_COORDINATOR', 'PARTICIPANT'] as const) {
      for (const permission of permissionsOf(role)) {
        expect(['municipality', 'assigned', 'self']).toContain(reachOf(role, permission));
      }
    }
  });

  it('gives an account without an approved role nothing', () => {
    expect(permissionsOf(null)).toEqual([]);
  });
});

let app: TestApp;
let almeloRec: string;

beforeAll(async () => {
  app = await startTestApp();
  const facet = await createFacet(app);
  almeloRec = await createRecommendation(app, await createScan(app, 'GM0141'), facet, { title: 'Almelo: geheim plan' });
});
afterAll(() => app.close());

describe('me.permissions', () => {
  it.each(ROLES)('tells %s exactly what the grant table gives the role', async (role) => {
    const { client } = await actAs(app, role);
    const { me } = await client.ok<{ me: { permissions: string[] } }>(ME);
    expect([...me.permissions].sort()).toEqual([...permissionsOf(role)].sort());
  });
});

describe('denied attempts on confidential ids', () => {
  it("answer like absence, and land in the owning municipality's audit log without saying who", async () => {
    const outsider = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const denied = await outsider.client.gql(ONE, { id: almeloRec });
    const absent = await outsider.client.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(denied.errors?.[0]).toEqual(absent.errors?.[0]);
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const almelo = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    type Audit = {
      auditLog: {
        items: {
          action: string;
          entityId: string | null;
          actorName: string | null;
          actorEmail: string | null;
          actorRole: string | null;
        }[];
      };
    };
    const own = await almelo.client.ok<Audit>(AUDIT);
    const entries = own.auditLog.items.filter((i) => i.action === 'DENIED');
    expect(entries).toEqual([
      {
        action: 'DENIED',
        entity: 'recommendation',
        entityId: almeloRec,
        actorName: null,
        actorEmail: null,
        actorRole: null,
      },
    ]);

    // Stored with the actor for the RIEC, shown to nobody in the app.
    const [row] = await app.owner.query<
      {
        actor_user_id: string;
        actor_role: string;
      }[]
    >(`SELECT actor_user_id, actor_role FROM audit_log WHERE action = 'DENIED'`);
    expect(row).toEqual({ actor_user_id: outsider.user.id, actor_role: 'MUNICIPAL_COORDINATOR' });

    // The outsider's own municipality's log says nothing, and an id that does not exist leaves no trace.
    const theirs = await outsider.client.ok<Audit>(AUDIT);
    expect(theirs.auditLog.items.filter((i) => i.action === 'DENIED')).toEqual([]);
    const [count] = await app.owner.query<
      {
        n: number;
      }[]
    >(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'DENIED'`);
    expect(count?.n).toBe(1);
  });

  it('a participant of the own municipality asking for an unassigned recommendation is recorded too', async () => {
    const participant = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    expect(await participant.client.errorCode(ONE, { id: almeloRec })).toBe('NOT_FOUND');
    const rows = await app.owner.query<{ municipality_id: string }[]>(
      `SELECT municipality_id, actor_user_id FROM audit_log WHERE action = 'DENIED' AND actor_user_id = $1`,
      [participant.user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.municipality_id).toBe(participant.user.municipalityId);
  });
});

describe('services check again, behind the resolver guards', () => {
  async function actingAs(role: Parameters<typeof actAs>[1], municipality?: string): Promise<Acting> {
    const user = await createUser(app, role, municipality ? { municipality } : {});
    const sessions = new SessionService(app.app, { idleMinutes: 60, absoluteHours: 1 });
    return { viewer: (await sessions.resolve(await sessions.create(user.id)))!, requestId: 'service-test' };
  }

  it("refuse content edits of a recommendation by its own municipality's coordinator", async () => {
    const coordinator = await actingAs('MUNICIPAL_COORDINATOR', 'GM0141');
    const service = new RecommendationService(app.app, new ScanService(app.app));
    await expect(
      service.update(
        coordinator,
        almeloRec,
        {
          title: 'Herschreven',
          body: '',
          facetId: '00000000-0000-4000-8000-000000000000',
          priority: 'P1',
        },
        1,
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const [row] = await app.owner.query<
      {
        title: string;
      }[]
    >('SELECT title FROM recommendations WHERE id = $1', [almeloRec]);
    expect(row?.title).toBe('Almelo: geheim plan');
  });

  it('refuse maintaining themes and planning to those without the permission', async () => {
    const participant = await actingAs('PARTICIPANT', 'GM0141');
    await expect(
      new ThemeService(app.app).create(participant.viewer, {
        title: 'Eigen thema',
        description: '',
        yearIdentified: 2024,
        facetIds: [],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const analyst = await actingAs('RIEC_ANALYST');
    await expect(
      new ProgrammeService(app.app).create(analyst.viewer, {
        name: 'Eigen programma',
        startYear: 2026,
        endYear: 2027,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
