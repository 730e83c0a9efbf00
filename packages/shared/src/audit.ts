/** The audit log's vocabulary: what happened to which kind of confidential data. The API records it, the web app filters and names it. */

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
  'session_message',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
