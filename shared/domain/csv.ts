// CSV that is safe to open in a spreadsheet: every cell is quoted, and a cell that a spreadsheet would
// read as a formula (=, +, -, @, tab or carriage return, also after leading spaces) is neutralised.
const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text) || /^[\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
