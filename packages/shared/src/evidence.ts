/**
 * Evidence of follow-up: progress notes, links and attachments. Both apps use these rules: the API
 * enforces them, the web app checks early and offers only what will be accepted.
 */
export const PROGRESS_NOTE_MAX_LENGTH = 5000;
export const PROGRESS_LINKS_MAX = 10;
export const LINK_MAX_LENGTH = 2000;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_NAME_MAX_LENGTH = 200;

/** The accepted attachment types: the API detects them from the content, never from the name. */
export const ATTACHMENT_TYPES = [
  { contentType: 'application/pdf', extension: 'pdf' },
  { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  { contentType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  { contentType: 'image/png', extension: 'png' },
  { contentType: 'image/jpeg', extension: 'jpg' },
] as const;

export type AttachmentContentType = (typeof ATTACHMENT_TYPES)[number]['contentType'];

/** The header the upload endpoint demands: a cross-site form cannot send it without a CORS preflight, which it never gets. */
export const UPLOAD_CSRF_HEADER = 'x-rode-draad-upload';

/** scheme://authority rest; the authority is a host name (letters of any script, digits, dots, hyphens) or an IP literal, with an optional port. */
const LINK = /^https?:\/\/((?:[\p{L}\p{N}-]+\.)*[\p{L}\p{N}-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#]\S*)?$/iu;

/**
 * A link to a document in the municipality's own systems: an absolute http or https URL, without
 * credentials in it (no `user@`). Anything else (javascript:, data:, file:, relative paths) is
 * refused. A plain pattern, since this package runs without a URL implementation of its own.
 */
export function isEvidenceLink(value: string): boolean {
  return value.length <= LINK_MAX_LENGTH && LINK.test(value);
}
