/**
 * Applications as CSV for the office: UTF-8 with a byte-order mark (so Excel reads
 * Japanese correctly), CRLF lines, quoted fields, and cells that a spreadsheet would
 * run as a formula defused.
 */

export const CSV_COLUMNS = [
  ['reference', 'Reference'],
  ['receivedAt', 'Received at'],
  ['sessionId', 'Session'],
  ['name', 'Name'],
  ['nameReading', 'Name reading'],
  ['organization', 'Organization'],
  ['department', 'Department'],
  ['jobTitle', 'Job title'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['industry', 'Industry'],
  ['prefecture', 'Prefecture'],
  ['questions', 'Questions'],
  ['locale', 'Language'],
  ['status', 'Status'],
  ['consent', 'Privacy notice'],
] as const;

export type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number][0], string>>;

/**
 * A formula start (`=`, `+`, `-`, `@`, a tab or CR) at the start of the cell or after any
 * character a spreadsheet may split on (comma, semicolon, tab, pipe, line break), spaces
 * and quotes between allowed: Excel with `;` as its list separator reads `Acme;=1+1` as
 * two cells, the second a formula.
 */
const FORMULA = /(?:^|[,;\t|\r\n])[\s"']*[=+\-@\t\r]/;

/**
 * One cell: defused with a leading `'` when any part of it could start a formula, and
 * quoted whenever it holds a separator of any locale (`,` `;` tab `|`), a quote or a line
 * break, so it stays one cell under any list separator.
 */
export function csvCell(value: string | undefined): string {
  let text = value ?? '';
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",;\t|\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly CsvRow[]): string {
  const lines = [CSV_COLUMNS.map(([, title]) => csvCell(title)).join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map(([key]) => csvCell(row[key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
