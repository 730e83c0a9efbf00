import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@rode-draad/shared';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ImportFileError } from './recommendation-import.errors';
import { ImportColumn, ImportFormat } from './recommendation-import.types';

/** A non-blank row of the file: its spreadsheet row number and its cells as text. */
interface GridRow {
  row: number;
  cells: string[];
}

export interface ParsedRow {
  row: number;
  cells: Partial<Record<ImportColumn, string>>;
  /** Text in cells beyond the header: usually an unquoted delimiter that shifted the row. */
  extraCells: boolean;
}

export interface ParsedFile {
  rows: ParsedRow[];
  ignoredColumns: string[];
}

/** Header spellings per column, compared after `normalizeHeader`. */
const HEADER_ALIASES: Record<ImportColumn, string[]> = {
  [ImportColumn.REFERENCE]: ['reference', 'ref', 'referentie', 'referentienummer', 'kenmerk'],
  [ImportColumn.TITLE]: ['title', 'titel'],
  [ImportColumn.TEXT]: ['text', 'tekst', 'toelichting', 'body', 'description', 'omschrijving', 'beschrijving'],
  [ImportColumn.FACET]: ['facet'],
  [ImportColumn.PRIORITY]: ['priority', 'prioriteit'],
  [ImportColumn.THEMES]: ['themes', 'theme', 'themas', 'thema', 'rodedraden'],
};
const REQUIRED_COLUMNS = [ImportColumn.TITLE, ImportColumn.FACET, ImportColumn.PRIORITY];

/** Upper bound on what a 100 kB XLSX may unpack to: a guard against zip bombs. */
const MAX_UNZIPPED_BYTES = 20 * 1024 * 1024;

/** "Thema's", "THEMA’S", " Prioriteit " → "themas", "prioriteit". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const COLUMN_OF_HEADER = new Map(
  Object.entries(HEADER_ALIASES).flatMap(([column, aliases]) =>
    aliases.map((alias) => [alias, column as ImportColumn]),
  ),
);

/** Accepts plain base64 or a data URL (what the browser's FileReader gives). */
export function decodeFile(contentBase64: string): Buffer {
  const base64 = contentBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (base64.length > Math.ceil(IMPORT_MAX_BYTES / 3) * 4) {
    throw tooLarge();
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    throw new ImportFileError('UNREADABLE_FILE', 'The file did not arrive as base64.');
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw tooLarge();
  }
  return bytes;
}

const tooLarge = () =>
  new ImportFileError('FILE_TOO_LARGE', `The file is larger than ${IMPORT_MAX_BYTES / 1024} kB.`, {
    maxBytes: IMPORT_MAX_BYTES,
  });

/** Reads the file into rows keyed by column, checking the header and the row limit. */
export async function parseImportFile(format: ImportFormat, bytes: Buffer): Promise<ParsedFile> {
  const grid = format === ImportFormat.XLSX ? await readXlsx(bytes) : readCsv(bytes);
  const [header, ...data] = grid;
  if (!header) {
    throw new ImportFileError('NO_ROWS', 'The file is empty.');
  }
  const columns = new Map<ImportColumn, number>();
  const ignoredColumns: string[] = [];
  const duplicates = new Set<ImportColumn>();
  header.cells.forEach((text, index) => {
    const column = COLUMN_OF_HEADER.get(normalizeHeader(text));
    if (!column) {
      if (text.trim()) {
        ignoredColumns.push(text.trim());
      }
    } else if (columns.has(column)) {
      duplicates.add(column);
    } else {
      columns.set(column, index);
    }
  });
  if (duplicates.size > 0) {
    throw new ImportFileError('DUPLICATE_COLUMNS', 'Some columns appear more than once.', { columns: [...duplicates] });
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    throw new ImportFileError('MISSING_COLUMNS', `The header row lacks: ${missing.join(', ')}.`, { columns: missing });
  }
  if (data.length === 0) {
    throw new ImportFileError('NO_ROWS', 'The file has a header but no recommendations.');
  }
  if (data.length > IMPORT_MAX_ROWS) {
    throw new ImportFileError('TOO_MANY_ROWS', `At most ${IMPORT_MAX_ROWS} recommendations per file.`, {
      maxRows: IMPORT_MAX_ROWS,
    });
  }
  const width = header.cells.length;
  return {
    ignoredColumns,
    rows: data.map(({ row, cells }) => ({
      row,
      cells: Object.fromEntries([...columns].map(([column, index]) => [column, cells[index] ?? ''])),
      extraCells: cells.slice(width).some((cell) => cell.trim() !== ''),
    })),
  };
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

function readCsv(bytes: Buffer): GridRow[] {
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) || bytes.includes(0)) {
    throw new ImportFileError('UNREADABLE_FILE', 'This is not a text (CSV) file.');
  }
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const malformed = result.errors.find((e) => e.type === 'Quotes');
  if (malformed) {
    throw new ImportFileError('UNREADABLE_FILE', 'The file has an unclosed quote.', { row: (malformed.row ?? 0) + 1 });
  }
  return result.data.map((cells, index) => ({ row: index + 1, cells })).filter((r) => !isBlank(r.cells));
}

/** UTF-8 (with or without BOM); files that are not valid UTF-8 are read as Windows-1252, Excel's older CSV encoding. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Dutch Excel writes ';', most other tools ','. The header row decides; ';' wins a tie. */
export function guessDelimiter(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

async function readXlsx(bytes: Buffer): Promise<GridRow[]> {
  const unzipped = declaredUnzippedSize(bytes);
  if (unzipped === null) {
    throw new ImportFileError('UNREADABLE_FILE', 'This is not an Excel (XLSX) file.');
  }
  if (unzipped > MAX_UNZIPPED_BYTES) {
    throw tooLarge();
  }
  // Loaded with the first workbook, not at server start (about a second of module loading).
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs types its argument as an ArrayBuffer-like Buffer of its own; at run time it takes Node's.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch {
    throw new ImportFileError('UNREADABLE_FILE', 'This Excel file cannot be read.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new ImportFileError('NO_ROWS', 'The workbook has no worksheet.');
  }
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col += 1) {
      cells.push(cellText(row.getCell(col).value));
    }
    if (!isBlank(cells)) {
      rows.push({ row: rowNumber, cells });
    }
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'object') {
    return String(value);
  }
  if ('richText' in value) {
    return value.richText.map((part) => part.text).join('');
  }
  if ('hyperlink' in value) {
    return cellText(value.text);
  }
  if ('error' in value) {
    return value.error;
  }
  return cellText(value.result);
}

/**
 * The total uncompressed size a zip file's central directory declares, or null when the bytes are
 * not a zip. Checked before unpacking, since the XLSX reader unpacks everything in memory.
 */
export function declaredUnzippedSize(bytes: Buffer): number | null {
  const EOCD = 0x06054b50;
  const ENTRY = 0x02014b50;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    return null;
  }
  const entries = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== ENTRY) {
      return null;
    }
    const size = bytes.readUInt32LE(offset + 24);
    // 0xffffffff means zip64: a size no spreadsheet of ours needs.
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size;
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return total;
}
