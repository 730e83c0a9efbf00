import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from './recommendation-import.errors';
import {
  declaredUnzippedSize,
  decodeFile,
  guessDelimiter,
  normalizeHeader,
  parseImportFile,
} from './recommendation-import.parser';
import { ImportColumn, ImportFormat } from './recommendation-import.types';
import { parsePriority } from './recommendation-import.validator';

const reasonOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return (error as ImportFileError).reason;
};

describe('headers and cells', () => {
  it('match headers ignoring case, accents, spaces and apostrophes', () => {
    expect(["Thema's", 'THEMA’S', ' Prioriteit ', 'Référence'].map(normalizeHeader)).toEqual([
      'themas',
      'themas',
      'prioriteit',
      'reference',
    ]);
  });

  it('take the delimiter from the header row, ; on a tie', () => {
    expect(guessDelimiter('Titel;Facet;Prioriteit\r\na,b;c;d')).toBe(';');
    expect(guessDelimiter('Title,Facet,Priority\na;b,c,d')).toBe(',');
    expect(guessDelimiter('Titel')).toBe(';');
  });

  it('read priorities as P1–P4 or 1–4', () => {
    expect(['P1', 'p2', ' 3 ', 'P 4', '4'].map(parsePriority)).toEqual(['P1', 'P2', 'P3', 'P4', 'P4']);
    expect(['P0', '5', 'hoog', '1.5', 'PP1'].map(parsePriority)).toEqual([null, null, null, null, null]);
  });

  it('read a CSV that is not UTF-8 as Windows-1252 (older Excel exports)', async () => {
    const bytes = Buffer.from(
      'Titel;Facet;Prioriteit\r\nPrivé-gegevens beschermen;Informatiebeveiliging;P1\r\n',
      'latin1',
    );
    const { rows } = await parseImportFile(ImportFormat.CSV, bytes);
    expect(rows[0]?.cells[ImportColumn.TITLE]).toBe('Privé-gegevens beschermen');
  });
});

describe('file guards', () => {
  it('accept a data URL as well as plain base64', () => {
    expect(decodeFile('data:text/csv;base64,aGFsbG8=').toString()).toBe('hallo');
    expect(decodeFile('aGFs\nbG8=').toString()).toBe('hallo');
  });

  it('refuse a workbook whose central directory declares more than 20 MB unpacked', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1').addRow(['Titel', 'Facet', 'Prioriteit']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const declared = declaredUnzippedSize(bytes);
    expect(declared).toBeGreaterThan(0);
    // Pretend the first entry unpacks to 30 MB.
    const entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(30 * 1024 * 1024, entry + 24);
    expect(await reasonOf(parseImportFile(ImportFormat.XLSX, bytes))).toBe('FILE_TOO_LARGE');
    expect(declaredUnzippedSize(Buffer.from('not a zip at all, just some text'))).toBeNull();
  });
});
