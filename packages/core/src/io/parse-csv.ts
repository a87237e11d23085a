import { issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import type { Table } from './table.js';

/**
 * Options of {@link parseCsv}.
 *
 * @category I/O
 */
export interface CsvReadOptions {
  /** Field separator. Default: `;` when the header line has more `;` than `,` outside quotes, else `,`. */
  delimiter?: ',' | ';' | '\t';
}

/**
 * Parses CSV text (RFC 4180: quoted fields, `""` escapes, CRLF or LF, a UTF-8 byte-order mark is
 * dropped) into a column table of strings. Refused, with every problem's line: an unclosed quote, a
 * quote inside an unquoted field, a NUL byte, a repeated header name, a row with the wrong number
 * of fields. Row numbers in messages count data rows from 1 (the row below the header), as every
 * Takar message does, with the file line beside them. Numbers are not interpreted here: see `parseNumber`,
 * where decimal comma and thousands separators are explicit options.
 *
 * @example
 * ```ts
 * parseCsv('unit;a\nu1;"1,5"\n').columns[1]; // ['1,5']
 * ```
 *
 * @category I/O
 */
export function parseCsv(text: string, options: CsvReadOptions = {}): Table {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = options.delimiter ?? sniff(src);
  const rows: string[][] = [];
  // The file line each row starts on (a quoted field may span lines), for messages.
  const startLines: number[] = [1];
  const problems: TakarIssue[] = [];
  let row: string[] = [];
  // A field is read as slices of the text, not char by char: `field` holds what its quoted parts
  // gave so far, and `start` is where its current unquoted run began (74 MB of CSV in seconds).
  let field = '';
  let start = 0;
  let i = 0;
  let quoted = false;
  let line = 1;
  let openedAt = 0;
  const n = src.length;
  const d = delimiter.charCodeAt(0);
  const take = (): string => (field === '' ? src.slice(start, i) : field + src.slice(start, i));
  const flag = (message: string) => {
    if (problems.length < 20) problems.push(issue('data/csv', ['line', line], message));
  };
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === d) {
      row.push(take());
      field = '';
      start = ++i;
    } else if (c === 10 || c === 13) {
      row.push(take());
      field = '';
      rows.push(row);
      row = [];
      if (c === 13 && src.charCodeAt(i + 1) === 10) i++;
      start = ++i;
      line++;
      startLines.push(line);
    } else if (c === 34 && field === '' && start === i) {
      // A quoted field: up to the closing quote, `""` standing for one quote.
      openedAt = line;
      let seg = ++i;
      quoted = true;
      while (i < n) {
        const q = src.charCodeAt(i);
        if (q === 34) {
          field += src.slice(seg, i);
          if (src.charCodeAt(i + 1) === 34) {
            field += '"';
            i += 2;
            seg = i;
            continue;
          }
          quoted = false;
          i++;
          break;
        }
        if (q === 10) line++;
        else if (q === 0)
          flag(
            `Line ${line} holds a NUL byte (0x00) in a quoted field; the file is binary or UTF-16, not a CSV text. Save it as CSV UTF-8.`,
          );
        i++;
      }
      if (quoted) break;
      start = i;
    } else if (c === 34 || c === 0) {
      // A quote inside an unquoted field, or a NUL byte, means the file is not the CSV it seems.
      flag(
        c === 0
          ? `Line ${line}, field ${row.length + 1} holds a NUL byte (0x00); the file is binary or UTF-16, not a CSV text. Save it as CSV UTF-8.`
          : `Line ${line}, field ${row.length + 1} has a quote (") in the middle of an unquoted field; quote the whole field ("…""…") or remove the quote.`,
      );
      i++;
    } else i++;
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
  const last = take();
  if (last !== '' || row.length > 0) {
    row.push(last);
    rows.push(row);
  }
  throwIfAny(problems);
  while (rows.length && rows[rows.length - 1]!.every((f) => f === '')) rows.pop();
  const header = rows.shift();
  startLines.shift();
  if (!header || header.every((h) => h.trim() === '')) {
    throwIfAny([
      issue('data/empty', [], 'The CSV file is empty; it needs a header row and data rows.'),
    ]);
  }
  const names = (header as string[]).map((h) => h.trim());
  const issues: TakarIssue[] = [];
  const firstAt = new Map<string, number>();
  names.forEach((n, k) => {
    const first = firstAt.get(n);
    if (first === undefined) firstAt.set(n, k);
    else
      issues.push(
        issue(
          'data/csv',
          ['header', k],
          `The header repeats column ${n === '' ? '(empty name)' : `"${n}"`}: columns ${first + 1} and ${k + 1} have the same name; rename or remove one.`,
        ),
      );
  });
  for (const [r, cells] of rows.entries()) {
    if (cells.length !== names.length && !(cells.length === 1 && cells[0] === '')) {
      issues.push(
        issue(
          'data/csv',
          ['rows', r],
          `Row ${r + 1} (line ${startLines[r] ?? r + 2}) has ${cells.length} fields but the header has ${names.length}; check the delimiter ("${delimiter}") and quoting.`,
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
