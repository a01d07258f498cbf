// CSV that is safe to open in a spreadsheet: every cell is quoted, and a cell that a spreadsheet would
// read as a formula or a command is neutralised with a leading apostrophe: one starting with =, +, -, @, |
// or % (or their full-width forms), also after leading spaces, and one starting with any control character.
const FORMULA_CHARACTERS = new Set(['=', '+', '-', '@', '|', '%', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

const isControl = (code: number) => code < 0x20 || code === 0x7f;

function looksLikeFormula(text: string): boolean {
  const first = text.codePointAt(0);
  if (first === undefined) return false;
  if (isControl(first)) return true;
  const start = text.trimStart()[0];
  return start !== undefined && FORMULA_CHARACTERS.has(start);
}

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (looksLikeFormula(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
