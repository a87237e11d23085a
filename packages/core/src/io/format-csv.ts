// `@takar/core/csv`: the CSV writer and the spreadsheet-safe cell rule, free of zod and of any
// other dependency, so browser code (the elements) can import it alone.
import type { Table } from './table.js';

/**
 * Writes a number for CSV: the shortest text that reads back to the same double, `Inf` / `-Inf`
 * for infinities (as R writes them), and an empty field for missing (`NaN`, `null`).
 *
 * @example
 * ```ts
 * formatNumber(0.1 + 0.2); // '0.30000000000000004'
 * ```
 *
 * @category I/O
 */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  if (x === Infinity) return 'Inf';
  if (x === -Infinity) return '-Inf';
  return String(x);
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Makes a text cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`, TAB or
 * CR would be read as a formula (CSV injection), so it gets a leading `'`, which spreadsheets show
 * as text. Text that is a plain number (`-3.5`, `+1e3`) is left alone, as are numbers themselves.
 *
 * @example
 * ```ts
 * spreadsheetSafe('=HYPERLINK("x")'); // `'=HYPERLINK("x")`
 * spreadsheetSafe('-3.5'); // '-3.5'
 * ```
 *
 * @category I/O
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * How {@link formatCsv} writes: for Indonesian Excel, `{ decimal: ',', newline: '\r\n', bom: true }` with `;`.
 *
 * @category I/O
 */
export interface CsvWriteOptions {
  /** Decimal mark of numbers; default `.`. */
  decimal?: '.' | ',';
  /** Line end; default `\n`. */
  newline?: '\n' | '\r\n';
  /** Start with a UTF-8 byte-order mark (so Excel reads the file as UTF-8); default no. */
  bom?: boolean;
}

/**
 * Writes a {@link Table} as CSV text (comma-separated, `\n` line ends, fields quoted when they hold
 * the delimiter, a quote or a line break; text cells made spreadsheet-safe with
 * {@link spreadsheetSafe}). With `options`, the decimal mark, line end and a byte-order mark can
 * be set, as Excel in the Indonesian locale expects (`;`, `,`, CRLF, BOM).
 *
 * @example
 * ```ts
 * formatCsv({ names: ['unit', 'a'], columns: [['u1'], [1.5]], rowCount: 1 }); // 'unit,a\nu1,1.5\n'
 * formatCsv(t, ';', { decimal: ',', newline: '\r\n', bom: true }); // '\uFEFFunit;a\r\nu1;1,5\r\n'
 * ```
 *
 * @category I/O
 */
export function formatCsv(
  table: Table,
  delimiter: ',' | ';' | '\t' = ',',
  options: CsvWriteOptions = {},
): string {
  const decimal = options.decimal ?? '.';
  const newline = options.newline ?? '\n';
  const cell = (v: unknown): string => {
    const s =
      typeof v === 'number'
        ? decimal === ','
          ? formatNumber(v).replace('.', ',')
          : formatNumber(v)
        : v === null || v === undefined
          ? ''
          : spreadsheetSafe(String(v));
    return s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r')
      ? `"${s.replace(/"/g, '""')}"`
      : s;
  };
  const lines = [table.names.map(cell).join(delimiter)];
  for (let r = 0; r < table.rowCount; r++)
    lines.push(table.columns.map((c) => cell(c[r])).join(delimiter));
  return (options.bom ? '\uFEFF' : '') + lines.join(newline) + newline;
}
