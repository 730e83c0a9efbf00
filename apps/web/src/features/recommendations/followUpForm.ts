import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  PROGRESS_LINKS_MAX,
  isEvidenceLink,
  type ErrorReason,
} from '@rode-draad/shared';
import type { FollowUpInput, FollowUpStatus } from '../../gql/graphql';

/** What the follow-up panel edits. Links are typed one per line. */
export interface FollowUpValues {
  status: FollowUpStatus;
  reason: string;
  ownerUserId: string | null;
  dueDate: string;
  note: string;
  links: string;
}

/** The stored follow-up as the panel shows it. */
export interface StoredFollowUp {
  status: FollowUpStatus;
  owner?: { id: string } | null;
  dueDate?: string | null;
}

export function valuesOf(stored: StoredFollowUp): FollowUpValues {
  return {
    status: stored.status,
    reason: '',
    ownerUserId: stored.owner?.id ?? null,
    dueDate: stored.dueDate ?? '',
    note: '',
    links: '',
  };
}

export function linksOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

/** The first problem with the typed links, if any: too many, or one that is not an http(s) link. */
export function linksProblem(text: string): 'INVALID_LINK' | 'TOO_MANY_LINKS' | null {
  const links = linksOf(text);
  if (links.some((link) => !isEvidenceLink(link))) {
    return 'INVALID_LINK';
  }
  return links.length > PROGRESS_LINKS_MAX ? 'TOO_MANY_LINKS' : null;
}

/** Whether saving would change anything: a field differs from the stored one, or there is a note or link. */
export function hasChanges(values: FollowUpValues, stored: StoredFollowUp): boolean {
  const initial = valuesOf(stored);
  return (
    values.status !== initial.status ||
    values.ownerUserId !== initial.ownerUserId ||
    values.dueDate !== initial.dueDate ||
    values.note.trim() !== '' ||
    linksOf(values.links).length > 0
  );
}

/** A new due date must not lie in the past (an unchanged overdue one may stay), as the API demands. */
export function dueDateInPast(values: FollowUpValues, stored: StoredFollowUp, today: string): boolean {
  return values.dueDate !== '' && values.dueDate !== (stored.dueDate ?? '') && values.dueDate < today;
}

export function toFollowUpInput(
  values: FollowUpValues,
  stored: StoredFollowUp,
  expectedVersion: number,
): FollowUpInput {
  const statusChanged = values.status !== stored.status;
  return {
    status: values.status,
    reason: statusChanged && values.status === 'NOT_ADOPTED' ? values.reason.trim() : null,
    ownerUserId: values.ownerUserId,
    dueDate: values.dueDate || null,
    note: values.note.trim() || null,
    links: linksOf(values.links),
    expectedVersion,
  };
}

const EXTENSIONS: readonly string[] = [...ATTACHMENT_TYPES.map((type) => type.extension), 'jpeg'];

/** For the file picker: what it offers. The API decides from the content; this only spares a useless upload. */
export const ATTACHMENT_ACCEPT = [...EXTENSIONS.map((extension) => `.${extension}`)].join(',');

/** An early check of a chosen file, by size and name; null when it may be sent. */
export type FileProblem = Extract<ErrorReason, 'EMPTY_FILE' | 'ATTACHMENT_TOO_LARGE' | 'UNSUPPORTED_FILE_TYPE'>;

export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  if (file.size === 0) {
    return 'EMPTY_FILE';
  }
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return 'ATTACHMENT_TOO_LARGE';
  }
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return file.name.includes('.') && EXTENSIONS.includes(extension) ? null : 'UNSUPPORTED_FILE_TYPE';
}

/** "2.4 MB", "12 kB": sizes of attachments as people read them. */
export function formatFileSize(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) {
    return format(bytes / (1024 * 1024), 'MB');
  }
  return bytes >= 1024 ? format(bytes / 1024, 'kB') : format(bytes, 'B');
}
