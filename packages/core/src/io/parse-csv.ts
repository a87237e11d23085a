import { issue, throwIfAny } from '../errors/index.js';
import type { Table } from './table.js';

/** Options of {@link parseCsv}. */
export interface CsvReadOptions {
  /** Field separator. Default: `;` when the header line has more `;` than `,` outside quotes, else `,`. */
  delimiter?: ',' | ';' | '\t';
}

/**
 * Parses CSV text (RFC 4180: quoted fields, `""` escapes, CRLF or LF, a UTF-8 byte-order mark is
 * dropped) into a column table of strings. Numbers are not interpreted here: see `parseNumber`,
 * where decimal comma and thousands separators are explicit options.
 *
 * @example
 * ```ts
 * parseCsv('unit;a\nu1;"1,5"\n').columns[1]; // ['1,5']
 * ```
 */
export function parseCsv(text: string, options: CsvReadOptions = {}): Table {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = options.delimiter ?? sniff(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let line = 1;
  let openedAt = 0;
  const d = delimiter.charCodeAt(0);
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (src.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === 10) line++;
      field += src[i];
      i++;
      continue;
    }
    if (c === 34 && field === '') {
      quoted = true;
      openedAt = line;
      i++;
    } else if (c === d) {
      row.push(field);
      field = '';
      i++;
    } else if (c === 10 || c === 13) {
      row.push(field);
      field = '';
      rows.push(row);
      row = [];
      if (c === 13 && src.charCodeAt(i + 1) === 10) i++;
      i++;
      line++;
    } else {
      field += src[i];
      i++;
    }
  }
  if (quoted) {
    throwIfAny([
      issue(
        'data/csv',
        ['line', openedAt],
        `A quoted field opened on line ${openedAt} is never closed; add the closing quote (").`,
      ),
    ]);
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1]!.every((f) => f === '')) rows.pop();
  const header = rows.shift();
  if (!header || header.every((h) => h.trim() === '')) {
    throwIfAny([
      issue('data/empty', [], 'The CSV file is empty; it needs a header row and data rows.'),
    ]);
  }
  const names = (header as string[]).map((h) => h.trim());
  const issues = [];
  for (const [r, cells] of rows.entries()) {
    if (cells.length !== names.length && !(cells.length === 1 && cells[0] === '')) {
      issues.push(
        issue(
          'data/csv',
          ['rows', r],
          `Row ${r + 2} has ${cells.length} fields but the header has ${names.length}; check the delimiter ("${delimiter}") and quoting.`,
        ),
      );
    }
  }
  throwIfAny(issues.slice(0, 20));
  const data = rows.filter((cells) => !(cells.length === 1 && cells[0] === ''));
  return {
    names,
    columns: names.map((_n, k) => data.map((cells) => cells[k] ?? '')),
    rowCount: data.length,
  };
}

function sniff(src: string): ',' | ';' | '\t' {
  let comma = 0;
  let semi = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') comma++;
    else if (!quoted && ch === ';') semi++;
    else if (!quoted && ch === '\t') tab++;
  }
  if (tab > comma && tab > semi) return '\t';
  return semi > comma ? ';' : ',';
}
