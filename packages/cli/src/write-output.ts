import { TakarError, formatCsv, issue, type Table } from '@takar/core';
import { pathIn, type CliIo } from './io.js';
import { extensionOf } from './load/read-text.js';

/** What a command can write: the full result as JSON, a flat table as CSV, a terminal rendering. */
export interface CommandOutput {
  json: () => unknown;
  csv: () => Table;
  text: () => string;
}

/**
 * Writes a command's result: without `--out` the readable table to stdout; with `--out x.json`
 * the full result as JSON; with `--out x.csv` the flat table. Anything else is a usage error.
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
): Promise<void> {
  if (out === undefined) {
    io.stdout(output.text());
    return;
  }
  const ext = extensionOf(out);
  if (ext !== 'json' && ext !== 'csv') {
    throw new TakarError(
      issue('cli/usage', ['--out'], `--out must end in .json or .csv; got "${out}".`),
    );
  }
  const text =
    ext === 'json'
      ? JSON.stringify(output.json(), finiteOrNull, 2) + '\n'
      : formatCsv(output.csv());
  await io.writeFile(pathIn(io, out), text);
  io.stderr(`takar: wrote ${out}\n`);
}

/** Checks `--out` early, before a long run, so a typo does not waste it. */
export function checkOut(out: string | undefined): void {
  if (out !== undefined && !['json', 'csv'].includes(extensionOf(out)))
    throw new TakarError(
      issue('cli/usage', ['--out'], `--out must end in .json or .csv; got "${out}".`),
    );
}

/** JSON cannot hold ±Infinity or NaN: write them as null; typed arrays as arrays. */
function finiteOrNull(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return Array.from(value as unknown as ArrayLike<number>);
  return value;
}

/**
 * A table from row objects with the given columns, in order.
 *
 * @example
 * ```ts
 * tableOf(['unit', 'rank'], [{ unit: 'a', rank: 1 }]);
 * ```
 */
export function tableOf(names: readonly string[], rows: readonly object[]): Table {
  return {
    names,
    columns: names.map((n) => rows.map((r) => (r as Record<string, unknown>)[n])),
    rowCount: rows.length,
  };
}
