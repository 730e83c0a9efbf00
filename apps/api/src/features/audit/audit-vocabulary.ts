/** The audit log's words and limits, free of GraphQL decorators so any service can import them. */

export const AUDIT_ACTIONS = [
  'READ',
  'LIST',
  'CREATE',
  'UPDATE',
  'DELETE',
  'IMPORT',
  'LINK',
  'UNLINK',
  'STATUS',
  'DOWNLOAD',
  'EXPORT',
  'DENIED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = [
  'scan',
  'recommendation',
  'recommendation_theme',
  'recommendation_attachment',
  'recommendation_learning_link',
  'follow_up_progress',
  'peer_enrolment',
  'peer_group',
  'peer_group_log',
  'invitation',
  'scan_consent',
  'recommendation_holdback',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** Most entries a page holds; the total is counted up to AUDIT_COUNT_CAP and shown as "more than" beyond. */
export const AUDIT_PAGE_MAX = 100;
export const AUDIT_COUNT_CAP = 10_000;
