import { ConflictError } from './errors';

/** A record under optimistic versioning: `version` starts at 1 and is raised by one on every edit. */
export interface Versioned {
  version: number;
}

/**
 * Refuses an edit based on an older version than the stored one. Call it on a row read under a row
 * lock (`FOR UPDATE`) in the transaction that writes it, and raise the version in the same write:
 * then of two edits sent with the same version exactly one succeeds, and the other learns the
 * version to merge against (`currentVersion`) instead of silently overwriting.
 */
export function checkVersion(record: Versioned, expectedVersion: number, what: string): void {
  if (record.version !== expectedVersion) {
    throw new ConflictError(
      'STALE_VERSION',
      `Someone else changed this ${what} in the meantime. Reload and try again.`,
      {
        currentVersion: record.version,
      },
    );
  }
}
