import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { createFacet, createRecommendation, createScan } from '../../test/confidential-factories';
import { actAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const SET = `mutation ($scanId: ID!, $input: ScanConsentInput!, $v: Int!) {
  setScanConsent(scanId: $scanId, input: $input, expectedVersion: $v) {
    status basis decisionDate reference decidedBy { name } decidedAt version viewerCanRecord } }`;
const HOLD = `mutation ($id: ID!) { holdBackRecommendation(recommendationId: $id) { recommendationId holdBack { heldBackBy { name } heldBackAt } } }`;
const RELEASE = `mutation ($id: ID!) { releaseRecommendation(recommendationId: $id) { recommendationId holdBack { heldBackAt } } }`;
const SCAN = `query ($id: ID!) { scan(id: $id) { id consent { status basis version viewerCanRecord } } }`;
const REC = `query ($id: ID!) { recommendation(id: $id) { id holdBack { heldBackBy { name } } timeline { kind fromConsent toConsent } } }`;

const AGREE = { status: 'AGREED', basis: 'Collegebesluit', decisionDate: '2024-02-01', reference: 'B&W 2024/12' };

let app: TestApp;
let scan: string;
let recs: string[];
let coordinator: Client;
let analyst: Client;
let otherCoordinator: Client;
let participant: Client;

const consentRows = async () =>
  (await app.owner.query<{ n: number }[]>('SELECT count(*)::int AS n FROM scan_consents'))[0]!.n;

beforeAll(async () => {
  app = await startTestApp();
  scan = await createScan(app, 'GM0141');
  const facet = await createFacet(app);
  const owner = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
  participant = owner.client;
  recs = [
    await createRecommendation(app, scan, facet, { ownerUserId: owner.user.id }),
    await createRecommendation(app, scan, facet),
  ];
  coordinator = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' })).client;
  otherCoordinator = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' })).client;
  analyst = (await actAs(app, 'RIEC_ANALYST')).client;
});
afterAll(() => app.close());

describe('recording consent for a scan', () => {
  it('refuses anonymous visitors', async () => {
    const anonymous = new Client(app);
    expect(await anonymous.errorCode(SET, { scanId: scan, input: AGREE, v: 0 })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(HOLD, { id: recs[0] })).toBe('UNAUTHENTICATED');
  });

  it('refuses an AGREED without basis and a decision in the future, writing nothing', async () => {
    const missing = await coordinator.gql(SET, { scanId: scan, input: { ...AGREE, basis: '  ' }, v: 0 });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'basis', reason: 'REQUIRED' }],
    });
    const future = await coordinator.gql(SET, { scanId: scan, input: { ...AGREE, decisionDate: '2999-01-01' }, v: 0 });
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'decisionDate', reason: 'DECISION_IN_FUTURE' }],
    });
    expect(await consentRows()).toBe(0);
  });

  it('is the own coordinators\' alone: analysts and participants are refused, another municipality gets "not found"', async () => {
    expect(await analyst.errorCode(SET, { scanId: scan, input: AGREE, v: 0 })).toBe('FORBIDDEN');
    expect(await participant.errorCode(SET, { scanId: scan, input: AGREE, v: 0 })).toBe('FORBIDDEN');
    const foreign = await otherCoordinator.gql(SET, { scanId: scan, input: AGREE, v: 0 });
    const unknown = await otherCoordinator.gql(SET, {
      scanId: '00000000-0000-4000-8000-000000000000',
      input: AGREE,
      v: 0,
    });
    // Exactly like a scan that does not exist.
    expect(foreign.errors?.[0]?.extensions).toEqual(unknown.errors?.[0]?.extensions);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await consentRows()).toBe(0);
    // The attempt is in the owning municipality's audit log.
    const [denied] = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'DENIED' AND entity = 'scan' AND entity_id = $1`,
      [scan],
    );
    expect(denied!.n).toBe(1);
  });

  it('starts as not decided, records a decision with a timeline entry on every recommendation and an audit entry', async () => {
    const before = await coordinator.ok<{ scan: { consent: { status: string; version: number } } }>(SCAN, { id: scan });
    expect(before.scan.consent).toMatchObject({ status: 'NOT_DECIDED', version: 0, viewerCanRecord: true });
    const { setScanConsent } = await coordinator.ok<{ setScanConsent: Record<string, unknown> }>(SET, {
      scanId: scan,
      input: AGREE,
      v: 0,
    });
    expect(setScanConsent).toMatchObject({
      status: 'AGREED',
      basis: 'Collegebesluit',
      decisionDate: '2024-02-01',
      reference: 'B&W 2024/12',
      version: 1,
      decidedBy: { name: 'Test MUNICIPAL_COORDINATOR' },
    });
    for (const id of recs) {
      const { recommendation } = await coordinator.ok<{
        recommendation: { timeline: { kind: string; fromConsent: string; toConsent: string }[] };
      }>(REC, { id });
      expect(recommendation.timeline).toContainEqual({
        kind: 'CONSENT',
        fromConsent: 'NOT_DECIDED',
        toConsent: 'AGREED',
      });
    }
    const audit = await app.owner.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity = 'scan_consent' AND entity_id = $1`,
      [scan],
    );
    expect(audit.map((a) => a.action)).toEqual(['UPDATE']);
  });

  it('refuses a stale version and changes nothing', async () => {
    const stale = await coordinator.gql(SET, { scanId: scan, input: { ...AGREE, status: 'REFUSED' }, v: 0 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 1,
    });
    const { scan: after } = await analyst.ok<{ scan: { consent: { status: string; version: number } } }>(SCAN, {
      id: scan,
    });
    expect(after.consent).toMatchObject({ status: 'AGREED', version: 1, viewerCanRecord: false });
  });

  it('lets the coordinator withdraw on the current version', async () => {
    const { setScanConsent } = await coordinator.ok<{ setScanConsent: { status: string; version: number } }>(SET, {
      scanId: scan,
      input: { status: 'REFUSED', basis: '', reference: '' },
      v: 1,
    });
    expect(setScanConsent).toMatchObject({ status: 'REFUSED', version: 2 });
    await coordinator.ok(SET, { scanId: scan, input: AGREE, v: 2 });
  });
});

describe('holding back a recommendation', () => {
  it('is refused to analysts and participants, and "not found" for another municipality', async () => {
    expect(await analyst.errorCode(HOLD, { id: recs[0] })).toBe('FORBIDDEN');
    expect(await participant.errorCode(HOLD, { id: recs[0] })).toBe('FORBIDDEN');
    expect(await otherCoordinator.errorCode(HOLD, { id: recs[0] })).toBe('NOT_FOUND');
    expect(await otherCoordinator.errorCode(RELEASE, { id: recs[0] })).toBe('NOT_FOUND');
    expect(await coordinator.errorCode(HOLD, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
  });

  it('holds back once, with a timeline entry and an audit entry, and releases again', async () => {
    const held = await coordinator.ok<{ holdBackRecommendation: { holdBack: { heldBackBy: { name: string } } } }>(
      HOLD,
      { id: recs[0] },
    );
    expect(held.holdBackRecommendation.holdBack.heldBackBy.name).toBe('Test MUNICIPAL_COORDINATOR');
    await coordinator.ok(HOLD, { id: recs[0] }); // again: unchanged
    const { recommendation } = await analyst.ok<{
      recommendation: { holdBack: unknown; timeline: { kind: string }[] };
    }>(REC, { id: recs[0] });
    expect(recommendation.holdBack).not.toBeNull();
    expect(recommendation.timeline.filter((e) => e.kind === 'HOLD_BACK')).toHaveLength(1);

    // The owning participant sees neither the hold-back nor consent in the timeline.
    const own = await participant.ok<{ recommendation: { holdBack: unknown; timeline: { kind: string }[] } }>(REC, {
      id: recs[0],
    });
    expect(own.recommendation.holdBack).toBeNull();
    expect(own.recommendation.timeline.map((e) => e.kind)).not.toContain('HOLD_BACK');
    expect(own.recommendation.timeline.map((e) => e.kind)).not.toContain('CONSENT');

    const released = await coordinator.ok<{ releaseRecommendation: { holdBack: unknown } }>(RELEASE, { id: recs[0] });
    expect(released.releaseRecommendation.holdBack).toBeNull();
    const audit = await app.owner.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity = 'recommendation_holdback' AND entity_id = $1 ORDER BY at, id`,
      [recs[0]],
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'DELETE']);
  });
});
