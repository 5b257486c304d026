/**
 * CSV that Danish Excel opens right on a double-click: semicolons between fields (the Danish
 * list separator), a UTF-8 byte-order mark so æ, ø and å survive, CRLF line ends, and RFC 4180
 * quoting. Headings and values are the caller's, already in the user's language.
 */
import { csvField } from './download.js';

export const EXCEL_BOM = '\uFEFF';
export const EXCEL_SEPARATOR = ';';

export function excelCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = rows.map((row) => row.map(csvField).join(EXCEL_SEPARATOR));
  return `${EXCEL_BOM}${lines.join('\r\n')}\r\n`;
}

/** Reads such a file back (for tests and round trips): BOM dropped, quotes honoured. */
export function parseExcelCsv(text: string): string[][] {
  const body = text.startsWith(EXCEL_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === EXCEL_SEPARATOR) {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field.length > 0 || row.length > 0) rows.push([...row, field]);
  return rows;
}
