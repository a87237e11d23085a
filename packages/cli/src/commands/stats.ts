import { describe, formatCsv, issue, parseFramework, runPipeline, TakarError } from '@takar/core';
import { parseArgs } from '../args.js';
import { pathIn, type CliIo } from '../io.js';
import { readData } from '../load/read-data.js';
import { loadFramework } from '../load/load-framework.js';
import { dataFlag } from './data-flag.js';
import { CSV_FLAGS, csvOptions, optional, required, yearFlag } from './shared-flags.js';

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
    ['framework', 'data', 'year', 'out', ...CSV_FLAGS],
    ['denominate', 'example', 'help'],
  );
  if (args.positional.length)
    throw new TakarError(
      issue('cli/usage', ['argv'], `Unexpected argument "${args.positional[0]}".`),
    );
  const loaded = await loadFramework(io, required(args, 'framework'));
  const tree = parseFramework(loaded.framework);
  const year = yearFlag(args);
  const data = await readData(io, dataFlag(args), tree, {
    ...csvOptions(args),
    ...(loaded.groups ? { groups: loaded.groups } : {}),
    ...(loaded.denominators ? { denominators: loaded.denominators } : {}),
    ...(year !== undefined ? { attributesYear: year } : {}),
  });
  const run = runPipeline(loaded.framework, data, {
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
  const text = formatCsv({
    names,
    columns: names.map((_n, k) => rows.map((r) => r[k])),
    rowCount: rows.length,
  });
  const out = optional(args, 'out');
  if (out) await io.writeFile(pathIn(io, out), text);
  else io.stdout(text);
  return 0;
}
