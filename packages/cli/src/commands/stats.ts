import { describe, issue, parseFramework, runPipeline, TakarError, type Table } from '@takar/core';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { outputFormat } from '../output/output-format.js';
import { checkOut, csvText, writeOutput } from '../write-output.js';
import { dataReadOptions } from './data-options.js';
import { readData } from '../load/read-data.js';
import { loadFramework } from '../load/load-framework.js';
import { dataFlag, frameworkFlag } from './data-flag.js';
import {
  COLUMN_FLAGS,
  CSV_FLAGS,
  OUTPUT_SWITCHES,
  OUTPUT_VALUED,
  csvOptions,
  optional,
  yearFlag,
} from './shared-flags.js';

/**
 * `takar stats`: statistics of every indicator (COINr `get_stats` columns: Min … Flag.SkewKurt),
 * of the raw data or, with `--denominate`, of the denominated data.
 *
 * @example
 * ```ts
 * await statsCommand(['--framework', 'meta.csv', '--data', 'data.csv', '--out', 'stats.csv'], io);
 * ```
 */
export async function statsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv,
    ['framework', 'data', 'year', 'out', ...CSV_FLAGS, ...COLUMN_FLAGS, ...OUTPUT_VALUED],
    ['denominate', 'example', 'help', ...OUTPUT_SWITCHES],
  );
  if (args.positional.length)
    throw new TakarError(
      issue('cli/usage', ['argv'], `Unexpected argument "${args.positional[0]}".`),
    );
  const out = optional(args, 'out');
  checkOut(out);
  const loaded = await loadFramework(io, frameworkFlag(args), csvOptions(args).delimiter);
  const tree = parseFramework(loaded.framework);
  const year = yearFlag(args);
  const data = await readData(io, dataFlag(args), tree, dataReadOptions(args, loaded));
  const run = runPipeline(tree, data, {
    pipeline: { denominate: args.flags.get('denominate') === true },
    until: 'denominate',
    ...(year !== undefined ? { year } : {}),
  });
  const names = [
    'iCode',
    'Min',
    'Max',
    'Mean',
    'Median',
    'Std',
    'Skew',
    'Kurt',
    'N.Avail',
    'N.NonZero',
    'N.Unique',
    'N.Same',
    'Frc.Avail',
    'Frc.NonZero',
    'Frc.Unique',
    'Frc.Same',
    'Flag.Avail',
    'Flag.NonZero',
    'Flag.Unique',
    'Flag.SkewKurt',
  ];
  const rows = tree.indicators.map((code) => {
    const s = describe(run.indicators.get(code) as Float64Array);
    return [
      code,
      s.min,
      s.max,
      s.mean,
      s.median,
      s.sd,
      s.skew,
      s.kurt,
      s.nAvail,
      s.nNonZero,
      s.nUnique,
      s.nSame,
      s.frcAvail,
      s.frcNonZero,
      s.frcUnique,
      s.frcSame,
      s.flagAvail,
      s.flagNonZero,
      s.flagUnique,
      s.flagSkewKurt,
    ];
  });
  const table = {
    names,
    columns: names.map((_n, k) => rows.map((r) => r[k])),
    rowCount: rows.length,
  };
  const format = outputFormat(args);
  // The statistics table is CSV on the terminal too (as COINr's get_stats prints it).
  await writeOutput(
    io,
    out,
    {
      sheet: 'statistik',
      json: () => rowsOf(table),
      csv: () => table,
      text: () => csvText(table, format),
    },
    format,
  );
  return 0;
}

/** The rows of a table as objects, for `--out stats.json`. */
function rowsOf(table: Table): Record<string, unknown>[] {
  return Array.from({ length: table.rowCount }, (_v, r) =>
    Object.fromEntries(table.names.map((n, k) => [n, (table.columns[k] as ArrayLike<unknown>)[r]])),
  );
}
