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

/** One cell: quoted when it must be, and never starting like a formula. */
export function csvCell(value: string | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly CsvRow[]): string {
  const lines = [CSV_COLUMNS.map(([, title]) => csvCell(title)).join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map(([key]) => csvCell(row[key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
