import {
  csvDelimiter,
  issue,
  parseCsv,
  TakarError,
  type NumberFormat,
  type Table,
} from '@takar/core';
import { decodeText } from '../files/decode-text.js';
import type { CliIo } from '../io.js';
import { pickSheet, readWorkbook, type WorkbookSheet } from '../xlsx/read-workbook.js';
import { checkAmbiguousNumbers } from './ambiguous-numbers.js';
import { extensionOf, readBytes } from './read-text.js';
import { stripLeadingComments } from './strip-comments.js';

/** Whether a path names a format {@link readTable} reads. */
export function isTableFile(path: string): boolean {
  return ['csv', 'tsv', 'txt', 'xlsx'].includes(extensionOf(path));
}

/** A table read from CSV text or from one sheet of a workbook. */
export interface ReadTable {
  readonly table: Table;
  /** Every sheet, when the file is a workbook (to find a COINr `iMeta` sheet beside the data). */
  readonly sheets?: readonly WorkbookSheet[];
}

/** Options of {@link readTable}. */
export interface ReadTableOptions extends NumberFormat {
  delimiter?: ',' | ';' | '\t';
  /** The workbook sheet (`--sheet`); default the first, or `iData` in a COINr workbook. */
  sheet?: string;
  /** Columns whose text is never a number (codes, names): not checked for ambiguous numbers. */
  textColumns?: readonly string[];
}

/**
 * Reads a CSV (leading `#` lines are comments) or `.xlsx` file (the first sheet, the sheet named by
 * `sheet`, or `iData` when the workbook has one) as a table. Numbers whose meaning depends on the
 * locale (`61.000`) are refused unless the format is given: in `;`-separated text, and in text
 * cells of a workbook (cells typed as numbers are unambiguous).
 *
 * @example
 * ```ts
 * const { table } = await readTable(io, 'data.xlsx', 'data', { sheet: 'Data 2024' });
 * ```
 */
export async function readTable(
  io: CliIo,
  path: string,
  role: string,
  options: ReadTableOptions = {},
): Promise<ReadTable> {
  const bytes = await readBytes(io, path, role);
  const skip = options.textColumns ?? [];
  if (extensionOf(path) === 'xlsx') {
    const sheets = await readWorkbook(bytes, path);
    const name = options.sheet ?? (sheets.some((s) => s.name === 'iData') ? 'iData' : undefined);
    const { table } = pickSheet(sheets, path, name);
    checkAmbiguousNumbers(table, options, path, skip);
    return { table, sheets };
  }
  const text = stripLeadingComments(decodeText(bytes, path, role, io.encoding));
  const delimiter = options.delimiter ?? csvDelimiter(text);
  const table = inFile(path, () => parseCsv(text, { delimiter }), role);
  if (delimiter === ';') checkAmbiguousNumbers(table, options, path, skip);
  return { table };
}

/** Runs `read`, naming the file in the path and message of every issue it throws. */
export function inFile<T>(path: string, read: () => T, role = 'data'): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof TakarError)) throw e;
    throw new TakarError(
      e.issues.map((i) => issue(i.code, [role, ...i.path], `${path}: ${i.message}`)),
    );
  }
}
