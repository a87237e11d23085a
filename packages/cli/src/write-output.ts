import { TakarError, formatCsv, issue, type Table } from '@takar/core';
import { pathIn, type CliIo } from './io.js';
import { extensionOf } from './load/read-text.js';
import { DEFAULT_FORMAT, roundedTable, type OutputFormat } from './output/output-format.js';
import { workbookBytes, type SheetOut } from './xlsx/write-workbook.js';
import { say } from './locale/say.js';

/** What a command can write: the full result as JSON, a flat table as CSV, a terminal rendering. */
export interface CommandOutput {
  json: () => unknown;
  csv: () => Table;
  text: () => string;
  /**
   * The name of the workbook's one sheet (with the CSV table) when `sheets` is not given. Sheet
   * names are always Indonesian, whatever `--lang` (only the header row follows it), so formulas
   * and scripts that name a sheet work on every workbook Takar writes.
   */
  sheet: string;
  /** The tables of an `.xlsx` workbook, one sheet each (Indonesian names); default {@link sheet}. */
  sheets?: () => SheetOut[];
  /** Decimals each CSV column is shown with (`--csv-locale id` rounds to them); default 2. */
  digits?: Readonly<Record<string, number>>;
}

/** The extensions `--out` accepts. */
const OUT_EXTENSIONS = ['json', 'csv', 'xlsx'];

/**
 * Writes a command's result: without `--out` the readable table to stdout; with `--out x.json`
 * the full result as JSON; with `--out x.csv` the flat table (with `--csv-locale id`: BOM, `;`,
 * decimal comma, CRLF, rounded to the displayed precision unless `--full-precision`); with
 * `--out x.xlsx` a workbook, one sheet per table, headers in `--lang`. Anything else is a usage
 * error.
 *
 * @example
 * ```ts
 * await writeOutput(io, optional(args, 'out'), { json: () => result, csv: () => table, text: () => shown });
 * ```
 */
export async function writeOutput(
  io: CliIo,
  out: string | undefined,
  output: CommandOutput,
  format: OutputFormat = DEFAULT_FORMAT,
): Promise<void> {
  if (out === undefined) {
    io.stdout(output.text());
    return;
  }
  checkOut(out);
  const ext = extensionOf(out);
  if (ext === 'xlsx') {
    const sheets = output.sheets?.() ?? [{ name: output.sheet, table: output.csv() }];
    await io.writeFile(pathIn(io, out), await workbookBytes(sheets, format.lang));
  } else {
    const text =
      ext === 'json'
        ? JSON.stringify(output.json(), finiteOrNull, 2) + '\n'
        : csvText(output.csv(), format, output.digits);
    await io.writeFile(pathIn(io, out), text);
  }
  io.stderr(say(`takar: menulis ${out}\n`, `takar: wrote ${out}\n`));
}

/**
 * A table as CSV text in the output format: plain (`,`, `.`, LF, every digit) or, with
 * `--csv-locale id`, as Excel in the Indonesian locale opens it directly.
 *
 * @example
 * ```ts
 * csvText(table, { lang: 'id', csvLocale: 'id', fullPrecision: false }); // '\uFEFFunit;skor\r\n…'
 * ```
 */
export function csvText(
  table: Table,
  format: OutputFormat = DEFAULT_FORMAT,
  digits?: Readonly<Record<string, number>>,
  fallback = 2,
): string {
  if (format.csvLocale !== 'id') return formatCsv(table);
  return formatCsv(format.fullPrecision ? table : roundedTable(table, digits, fallback), ';', {
    decimal: ',',
    newline: '\r\n',
    bom: true,
  });
}

/** Checks `--out` early, before a long run, so a typo does not waste it. */
export function checkOut(out: string | undefined): void {
  if (out !== undefined && !OUT_EXTENSIONS.includes(extensionOf(out)))
    throw new TakarError(
      issue('cli/usage', ['--out'], `--out must end in .json, .csv or .xlsx; got "${out}".`),
    );
}

/** JSON cannot hold ±Infinity or NaN: write them as null; typed arrays as arrays. */
function finiteOrNull(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return Array.from(value as unknown as ArrayLike<number>);
  return value;
}

export { tableOf } from './output/table-of.js';
