import { uncertainty } from '@takar/core';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { progressBar } from '../progress.js';
import { textTable } from '../text-table.js';
import { checkOut, tableOf, writeOutput } from '../write-output.js';
import { outputFormat } from '../output/output-format.js';
import { checkMemory } from '../memory-estimate.js';
import { ALTERNATIVE_FLAGS, alternativesFlags, intFlag, takeAlternatives } from './alternatives.js';
import { SCORING_SWITCHES, SCORING_VALUED, noPositional, scoringInputs } from './scoring-inputs.js';
import { optional } from './shared-flags.js';
import { say } from '../locale/say.js';

/**
 * `takar uncertainty`: Monte Carlo over the stated alternatives (`--weight-noise`, `--alt-*`),
 * `--runs` replications seeded by `--seed` (same seed, same output on any number of `--threads`);
 * per unit the nominal rank and the mean, median, 5th and 95th percentile rank.
 *
 * @example
 * ```ts
 * await uncertaintyCommand(['--framework', 'spbe-2020', '--example', '--runs', '200', '--seed', '7', '--weight-noise', '2=0.25'], io);
 * ```
 */
export async function uncertaintyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { repeated, rest } = takeAlternatives(argv);
  const args = parseArgs(
    rest,
    [...SCORING_VALUED, ...ALTERNATIVE_FLAGS, 'runs', 'threads', 'top', 'out'],
    [...SCORING_SWITCHES, 'progress', 'strict'],
  );
  noPositional(args);
  const out = optional(args, 'out');
  checkOut(out);
  const runs = intFlag(args, 'runs', 1000, 1);
  const seed = intFlag(args, 'seed', 1, 0);
  const threads = intFlag(args, 'threads', 1, 1);
  const spec = alternativesFlags(args, repeated);
  const inputs = await scoringInputs(args, io);
  // The ranks of every unit in every run are kept (8 bytes each), twice while threads hand theirs in.
  const units = (inputs.data as { units?: readonly unknown[] }).units?.length ?? 0;
  checkMemory(io, {
    flag: 'runs',
    value: runs,
    perUnit: (units + 1) * 8 * (threads > 1 ? 2 : 1),
    fixed: units * 1024,
    what: `the ranks of ${units} units in each run${threads > 1 ? ', twice while the threads hand theirs in' : ''}`,
  });
  const bar = progressBar(io, 'uncertainty', args.flags.get('progress') === true);
  const workers =
    threads > 1
      ? (await import('@takar/core/analysis/node-workers')).nodeWorkerPool(threads)
      : undefined;
  const u = await uncertainty(inputs.framework, inputs.data, {
    ...spec,
    pipeline: inputs.pipeline,
    ...(inputs.year !== undefined ? { year: inputs.year } : {}),
    runs,
    seed,
    strict: args.flags.get('strict') === true,
    onProgress: (done, total) => bar.update(done, total),
    ...(workers ? { workers } : {}),
  });
  bar.done();
  // Replications whose combination of methods cannot be computed were left out: say how many, why.
  const reasons = (because: string): string =>
    u.skipped.reasons
      .map((r) => (u.skipped.reasons.length > 1 ? `${r.count} ${because} ${r.reason}` : r.reason))
      .join('; ');
  const skippedNote = u.skipped.count
    ? say(
        `${u.skipped.count} dari ${u.runs} replikasi dilewati: ${reasons('karena')} (${u.kept} dipakai; --strict menjadikannya galat)\n`,
        `${u.skipped.count} of ${u.runs} replications skipped: ${reasons('because')} (${u.kept} kept; --strict makes this an error)\n`,
      )
    : '';
  if (skippedNote) io.stderr(`takar: ${skippedNote}`);
  const rows = [...u.units].sort(
    (a, b) => (a.nominal ?? Infinity) - (b.nominal ?? Infinity) || (a.unit < b.unit ? -1 : 1),
  );
  const top = intFlag(args, 'top', 20, 1);
  await writeOutput(
    io,
    out,
    {
      sheet: 'ketidakpastian',
      json: () => u,
      csv: () => tableOf(['unit', 'name', 'nominal', 'mean', 'median', 'q05', 'q95'], u.units),
      text: () => {
        const factors = u.factors
          .filter((f) => f.alternatives !== 1)
          .map((f) => (f.alternatives ? `${f.name} (${f.alternatives})` : f.name))
          .join(', ');
        const shown = Math.min(top, rows.length);
        return (
          say(
            `Ketidakpastian peringkat ${u.node}: ${u.runs} replikasi, seed ${u.seed}; yang tidak pasti: ${
              factors || 'tidak ada (setiap interval sama dengan peringkat nominal)'
            }\n${skippedNote}(${shown} teratas dari ${rows.length} menurut peringkat nominal; --out untuk semua)\n\n`,
            `Rank uncertainty of ${u.node}: ${u.runs} runs, seed ${u.seed}; uncertain: ${
              factors || 'nothing (every interval is the nominal rank)'
            }\n${skippedNote}(top ${shown} of ${rows.length} by nominal rank; --out for all)\n\n`,
          ) +
          textTable(
            ['unit', 'name', 'nominal', 'mean', 'median', 'q05', 'q95'],
            rows
              .slice(0, top)
              .map((r) => [r.unit, r.name, r.nominal, r.mean, r.median, r.q05, r.q95]),
            1,
          )
        );
      },
    },
    outputFormat(args),
  );
  return 0;
}
