import { IMPORT_MAX_BYTES } from '@rode-draad/shared';
import type { ImportFormat } from '../../gql/graphql';

export type FileCheck = { ok: true; format: ImportFormat } | { ok: false; problem: 'tooLarge' | 'wrongType' };

/** Checked before uploading: the API refuses the same, but a user should not wait for a 2 MB upload to learn it. */
export function checkImportFile(file: { name: string; size: number }): FileCheck {
  const extension = file.name.toLowerCase().split('.').pop();
  const format: ImportFormat | null = extension === 'csv' ? 'CSV' : extension === 'xlsx' ? 'XLSX' : null;
  if (!format) {
    return { ok: false, problem: 'wrongType' };
  }
  if (file.size > IMPORT_MAX_BYTES) {
    return { ok: false, problem: 'tooLarge' };
  }
  return { ok: true, format };
}

/** The file as a data URL, which the API accepts as base64. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string); // readAsDataURL always yields a string
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

export interface RowProblem {
  row: number;
  column: string | null;
  reason: string;
}

/** The rows of a refused import, from the error's `extensions.rows`; empty for any other error. */
export function rowProblemsOf(extensions: Record<string, unknown> | undefined): RowProblem[] {
  const rows = extensions?.rows;
  if (!Array.isArray(rows)) {
    return [];
  }
  return rows.flatMap((r: unknown) => {
    if (typeof r !== 'object' || r === null) {
      return [];
    }
    const { row, column, reason } = r as Record<string, unknown>;
    return typeof row === 'number' && typeof reason === 'string'
      ? [{ row, column: typeof column === 'string' ? column : null, reason }]
      : [];
  });
}

/** Problems keyed by row, then column ('' for the row as a whole), for highlighting cells. */
export function problemsByCell(problems: RowProblem[]): Map<number, Map<string, string[]>> {
  const byRow = new Map<number, Map<string, string[]>>();
  for (const { row, column, reason } of problems) {
    const cells = byRow.get(row) ?? new Map<string, string[]>();
    cells.set(column ?? '', [...(cells.get(column ?? '') ?? []), reason]);
    byRow.set(row, cells);
  }
  return byRow;
}
