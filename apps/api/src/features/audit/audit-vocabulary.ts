/** The audit log's words (from the shared package) and limits, free of GraphQL decorators so any service can import them. */

export { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity } from '@rode-draad/shared';

/** Most entries a page holds; the total is counted up to AUDIT_COUNT_CAP and shown as "more than" beyond. */
export const AUDIT_PAGE_MAX = 100;
export const AUDIT_COUNT_CAP = 10_000;
