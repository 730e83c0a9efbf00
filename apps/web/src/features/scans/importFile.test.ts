import { IMPORT_MAX_BYTES } from '@rode-draad/shared';
import { describe, expect, it } from 'vitest';
import { checkImportFile, problemsByCell, rowProblemsOf } from './importFile';

describe('checkImportFile', () => {
  it('accepts CSV and XLSX files up to the limit', () => {
    expect(checkImportFile({ name: 'Aanbevelingen.CSV', size: 10 })).toEqual({ ok: true, format: 'CSV' });
    expect(checkImportFile({ name: 'scan.xlsx', size: IMPORT_MAX_BYTES })).toEqual({ ok: true, format: 'XLSX' });
  });

  it('refuses other types and files over the limit before uploading', () => {
    expect(checkImportFile({ name: 'scan.xls', size: 10 })).toEqual({ ok: false, problem: 'wrongType' });
    expect(checkImportFile({ name: 'scan.csv', size: IMPORT_MAX_BYTES + 1 })).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
  });
});

describe('row problems', () => {
  it('reads extensions.rows and groups them per cell', () => {
    const problems = rowProblemsOf({
      rows: [
        { row: 3, column: 'FACET', reason: 'UNKNOWN_FACET' },
        { row: 3, column: null, reason: 'EXTRA_CELLS' },
        { row: 4, column: 'FACET', reason: 'REQUIRED' },
        'junk',
      ],
    });
    expect(problems).toHaveLength(3);
    const cells = problemsByCell(problems);
    expect(cells.get(3)?.get('FACET')).toEqual(['UNKNOWN_FACET']);
    expect(cells.get(3)?.get('')).toEqual(['EXTRA_CELLS']);
    expect(rowProblemsOf(undefined)).toEqual([]);
  });
});
