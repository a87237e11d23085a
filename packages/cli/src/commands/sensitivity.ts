import { say } from '../locale/say.js';
import { sensitivity } from '@takar/core';
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

/**
 * `takar sensitivity`: first- and total-order sensitivity indices (Saltelli sampling, Jansen
 * estimators, bootstrap intervals) of the mean absolute rank change, for each uncertain input given
 * with the same flags as `takar uncertainty`; `--samples N` is the base sample size.
 *
 * @example
 * ```ts
 * await sensitivityCommand(['--framework', 'spbe-2020', '--example', '--samples', '100', '--alt-aggregate', 'amean,gmean', '--weight-noise', '2=0.25'], io);
 * ```
 */
export async function sensitivityCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { repeated, rest } = takeAlternatives(argv);
  const args = parseArgs(
    rest,
    [...SCORING_VALUED, ...ALTERNATIVE_FLAGS, 'samples', 'bootstrap', 'out'],
    [...SCORING_SWITCHES, 'progress'],
  );
  noPositional(args);
  const out = optional(args, 'out');
  checkOut(out);
  const samples = intFlag(args, 'samples', 200, 2);
  const seed = intFlag(args, 'seed', 1, 0);
  const bootstrap = intFlag(args, 'bootstrap', 500, 0);
  const spec = alternativesFlags(args, repeated);
  const inputs = await scoringInputs(args, io);
  // Per sample, one output for A, B and each factor (8 bytes each, at most one factor per
  // indicator and assumption) and a row index; per bootstrap draw, two indices per factor.
  const factors = inputs.tree.indicators.length + 8;
  checkMemory(io, {
    flag: 'samples',
    value: samples,
    perUnit: (factors + 2) * 8 + 4,
    fixed: bootstrap * factors * 16,
    what: `the outputs of up to ${factors + 2} scorings per sample, and ${bootstrap} bootstrap draws`,
  });
  const bar = progressBar(io, 'sensitivity', args.flags.get('progress') === true);
  const s = await sensitivity(inputs.framework, inputs.data, {
    ...spec,
    pipeline: inputs.pipeline,
    ...(inputs.year !== undefined ? { year: inputs.year } : {}),
    samples,
    seed,
    bootstrap,
    onProgress: (done, total) => bar.update(done, total),
  });
  bar.done();
  const rows = s.factors.map((f) => ({
    factor: f.factor,
    first: f.first,
    firstLow: f.firstCI?.[0] ?? null,
    firstHigh: f.firstCI?.[1] ?? null,
    total: f.total,
    totalLow: f.totalCI?.[0] ?? null,
    totalHigh: f.totalCI?.[1] ?? null,
  }));
  const ci = (lo: number | null, hi: number | null): string =>
    lo === null || hi === null ? '–' : `[${lo.toFixed(2)}, ${hi.toFixed(2)}]`;
  await writeOutput(
    io,
    out,
    {
      sheet: 'sensitivitas',
      json: () => s,
      csv: () =>
        tableOf(
          ['factor', 'first', 'firstLow', 'firstHigh', 'total', 'totalLow', 'totalHigh'],
          rows,
        ),
      text: () =>
        say(
          `Sensitivitas peringkat ${s.node}: N = ${s.samples}, ${s.runs} replikasi, seed ${s.seed}; rata-rata perubahan peringkat absolut ${s.mean.toFixed(2)} (varians ${s.variance.toFixed(2)})\n\n`,
          `Sensitivity of the ${s.node} ranking: N = ${s.samples}, ${s.runs} runs, seed ${s.seed}; mean absolute rank change ${s.mean.toFixed(2)} (variance ${s.variance.toFixed(2)})\n\n`,
        ) +
        textTable(
          ['factor', 'first-order S', '95 % CI', 'total-order ST', '95 % CI'],
          rows.map((r) => [
            r.factor,
            r.first,
            ci(r.firstLow, r.firstHigh),
            r.total,
            ci(r.totalLow, r.totalHigh),
          ]),
        ),
    },
    outputFormat(args),
  );
  return 0;
}
