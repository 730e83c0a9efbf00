import { describe, expect, it } from 'vitest';
import { OUTSIDE, auditParams, clearedFilters, toAuditFilter, withFilters } from './auditParams';

describe('audit log URL state', () => {
  it('reads filters and cursor from the URL and drops what it does not know', () => {
    const params = auditParams.parse(
      new URLSearchParams('actor=outside&action=DENIED&entity=nonsense&from=2026-02-30x&until=2026-03-01&after=abc'),
    );
    expect(params).toMatchObject({ actor: OUTSIDE, action: 'DENIED', entity: null, from: '', until: '2026-03-01' });
    expect(params.after).toBe('abc');
    expect(withFilters(params, { action: 'READ' })).toMatchObject({
      action: 'READ',
      actor: OUTSIDE,
      after: '',
      before: '',
    });
    expect(clearedFilters(params)).toMatchObject({ actor: '', action: null, until: '', after: '', before: '' });
    expect(auditParams.serialize(clearedFilters(params)).toString()).toBe('');
  });

  it('turns "outside", a person and whole days into the API filter', () => {
    const base = auditParams.defaults;
    expect(toAuditFilter({ ...base, actor: OUTSIDE })).toEqual({ outsideOnly: true });
    const record = '0b9a3c1e-5f2d-4e6a-8b7c-9d0e1f2a3b4c';
    expect(toAuditFilter({ ...base, actor: 'a1b2', record, action: 'READ' })).toEqual({
      actorUserId: 'a1b2',
      entityId: record,
      action: 'READ',
    });
    // Half an id, as while typing, is no filter yet.
    expect(toAuditFilter({ ...base, record: '0b9a3c1e-5f2d' })).toEqual({});
    const { from, until } = toAuditFilter({ ...base, from: '2026-03-01', until: '2026-03-01' });
    // One local day: from its midnight to the next.
    expect(new Date(until!).getTime() - new Date(from!).getTime()).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(new Date(from!).getDate()).toBe(1);
    expect(new Date(until!).getDate()).toBe(2);
  });
});
