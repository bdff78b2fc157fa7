/**
 * CSV as RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or
 * line break, quotes doubled. A cell that a spreadsheet would run as a formula (starting with
 * = + - @, or a tab or carriage return) gets a leading apostrophe, so an exported statement can never
 * execute in the reader's spreadsheet.
 *
 * @example toCsv([['speaker', 'text'], ['NZL', '=HYPERLINK("x")']]) // 'speaker,text\r\nNZL,"\'=HYPERLINK(""x"")"\r\n'
 */
export type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  // Also a formula after leading spaces: spreadsheets trim them before evaluating.
  if (typeof value === 'string' && /^\s*[=+\-@]|^[\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

export function toCsv(rows: Cell[][]): string {
  return rows.map(csvRow).join('');
}
