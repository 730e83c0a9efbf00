/**
 * A cell a spreadsheet would run as a formula (or DDE command) starts with = + - @, a tab or a
 * carriage return. Such text gets a leading apostrophe, which spreadsheets show as plain text:
 * the same rule papaparse's `escapeFormulae` applies to the attendance CSV, here also for XLSX,
 * where a user editing the cell would otherwise turn it into a live formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
