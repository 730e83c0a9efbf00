import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '@rode-draad/shared';
import type { AuditFilterInput } from '../../gql/graphql';
import { defineListParams, idField, oneOfField, textField, type ListField } from '../../lib/listParams';

/** "Who": a person's id, or OUTSIDE for attempts from outside the municipality. */
export const OUTSIDE = 'outside';

/** A calendar day "YYYY-MM-DD", or the empty string. */
const dayField = (key: string): ListField<string> => ({
  key,
  parse: (raw) => (raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : ''),
  format: (value) => value || null,
});

/**
 * The audit log's URL state: the filters, and the keyset cursor of the page shown (`after` for older
 * pages, `before` going back), which any change of filter drops.
 */
export const auditParams = defineListParams({
  view: { after: textField('after'), before: textField('before') },
  filters: {
    actor: textField('actor'),
    action: oneOfField('action', AUDIT_ACTIONS),
    entity: oneOfField('entity', AUDIT_ENTITIES),
    record: idField('record'),
    from: dayField('from'),
    until: dayField('until'),
  },
});
export type AuditParams = ReturnType<typeof auditParams.parse>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id being typed reaches the API only once it is a whole id. */
export const isRecordId = (value: string): boolean => UUID.test(value);

/** New filters start again at the newest entries: the cursor belongs to the old filter. */
export function withFilters(params: AuditParams, changes: Partial<AuditParams>): AuditParams {
  return { ...params, ...changes, after: '', before: '', page: 1 };
}

/** No filters, newest entries first. */
export function clearedFilters(params: AuditParams): AuditParams {
  return withFilters(auditParams.cleared(params), {});
}

/** Local midnight of a "YYYY-MM-DD" day, plus `days`, as an ISO instant. */
function localMidnight(day: string, days = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + days).toISOString();
}

/** The API's filter: "until" is the whole day, so up to the next midnight. */
export function toAuditFilter(params: AuditParams): AuditFilterInput {
  const filter: AuditFilterInput = {};
  if (params.actor === OUTSIDE) {
    filter.outsideOnly = true;
  } else if (params.actor) {
    filter.actorUserId = params.actor;
  }
  if (params.action) {
    filter.action = params.action;
  }
  if (params.entity) {
    filter.entity = params.entity;
  }
  if (params.record && isRecordId(params.record)) {
    filter.entityId = params.record;
  }
  if (params.from) {
    filter.from = localMidnight(params.from);
  }
  if (params.until) {
    filter.until = localMidnight(params.until, 1);
  }
  return filter;
}
