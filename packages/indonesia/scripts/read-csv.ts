/**
 * A small RFC 4180 CSV reader for the build scripts (quoted fields, doubled quotes, CRLF).
 * The inputs are known files with a header row; every row becomes a record keyed by header.
 */
import { readFileSync } from 'node:fs';

/** Reads a CSV file with a header row into records. */
export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows = parseCsv(text);
  const header = rows.shift();
  if (!header) throw new Error(`${path} is empty`);
  return rows
    .filter((r) => r.length > 1 || (r[0] ?? '') !== '')
    .map((r, i) => {
      if (r.length !== header.length) {
        throw new Error(
          `${path} row ${i + 2} has ${r.length} fields, the header has ${header.length}`,
        );
      }
      return Object.fromEntries(header.map((h, j) => [h, r[j] ?? '']));
    });
}

/** Splits CSV text into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
