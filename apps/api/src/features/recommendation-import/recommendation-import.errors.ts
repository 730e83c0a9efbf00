import { DomainError } from '../../common/errors';
import type { ImportFileReason, ImportRowError } from './recommendation-import.types';

/** The file as a whole cannot be imported (too large, unreadable, missing columns...). */
export class ImportFileError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(reason: ImportFileReason, message: string, extra: Record<string, unknown> = {}) {
    super(message, reason, { fields: [{ field: 'contentBase64', reason }], ...extra });
  }
}

/** Some rows are invalid: all of them are listed, and nothing was imported. */
export class ImportRowsError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(readonly rows: ImportRowError[]) {
    super(`${rows.length} problem(s) in the file; nothing was imported.`, 'INVALID_ROWS', { rows });
  }
}
