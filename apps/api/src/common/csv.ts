import Papa from 'papaparse';

/**
 * A table as CSV for spreadsheets (Excel in a Dutch locale): semicolons, UTF-8 with a byte-order
 * mark, CRLF, and every cell that a spreadsheet would run as a formula (= + - @ tab CR) defused with
 * a leading apostrophe. Every CSV the app hands out goes through here.
 */
export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    { delimiter: ';', newline: '\r\n', escapeFormulae: true },
  )}\r\n`;
}
