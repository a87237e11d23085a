import { issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import { CsvScanner, csvDelimiter, csvHeaderIssues, type CsvRow } from './csv-scanner.js';
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
 */
export function parseCsv(text: string, options: CsvReadOptions = {}): Table {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = options.delimiter ?? csvDelimiter(src);
  const scanner = new CsvScanner(delimiter);
  const read = [...scanner.feed(src), ...scanner.end()];
  throwIfAny(scanner.problems);
  while (read.length && read[read.length - 1]!.fields.every((f) => f === '')) read.pop();
  const head = read.shift();
  if (!head || head.fields.every((h) => h.trim() === '')) {
    throwIfAny([
      issue('data/empty', [], 'The CSV file is empty; it needs a header row and data rows.'),
    ]);
  }
  const names = (head as CsvRow).fields.map((h) => h.trim());
  const issues: TakarIssue[] = csvHeaderIssues(names);
  const blank = (cells: readonly string[]) => cells.length === 1 && cells[0] === '';
  for (const [r, { fields, line }] of read.entries()) {
    if (fields.length !== names.length && !blank(fields)) {
      issues.push(
        issue(
          'data/csv',
          ['rows', r],
          `Row ${r + 1} (line ${line}) has ${fields.length} fields but the header has ${names.length}; check the delimiter ("${delimiter}") and quoting.`,
        ),
      );
    }
  }
  throwIfAny(issues.slice(0, 20));
  const data = read.filter((row) => !blank(row.fields));
  return {
    names,
    columns: names.map((_n, k) => data.map((row) => row.fields[k] ?? '')),
    rowCount: data.length,
    lines: data.map((row) => row.line),
  };
}
