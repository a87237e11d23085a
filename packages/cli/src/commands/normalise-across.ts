import { TakarError, issue, poolAcrossYears, type PipelineConfig } from '@takar/core';
import type { ParsedArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { optional } from './shared-flags.js';
import { say } from '../locale/say.js';

/**
 * `--normalise-across years|none`: with `years`, min-max and z-score take their parameters once
 * from all years pooled (`poolAcrossYears`), so scores of different years are on one scale; the
 * default is `none` (each year on its own) except for `takar trend`, where it is `years`. The
 * years pooled are `years` (trend's `--years`), else every year of the data. Returns the pipeline
 * to score with.
 *
 * @example
 * ```ts
 * const pipeline = acrossYears(args, io, framework, data, pipeline, { default: 'years', years: [2023, 2024] });
 * ```
 */
export function acrossYears(
  args: ParsedArgs,
  io: CliIo,
  framework: unknown,
  data: unknown,
  pipeline: PipelineConfig,
  options: { default?: 'years' | 'none'; years?: readonly number[] } = {},
): PipelineConfig {
  const given = optional(args, 'normalise-across');
  if (given !== undefined && given !== 'years' && given !== 'none')
    throw new TakarError(
      issue(
        'cli/usage',
        ['--normalise-across'],
        `--normalise-across must be years or none; got "${given}".`,
      ),
    );
  const mode = given ?? options.default ?? 'none';
  if (mode === 'none') return pipeline;
  const years = options.years ?? yearsOf(data);
  if (years.length === 0)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--normalise-across'],
        '--normalise-across years needs data with a year column (year, Time or tahun).',
      ),
    );
  try {
    return { ...pipeline, normalise: poolAcrossYears(framework, data, years, { pipeline }) };
  } catch (e) {
    // trend's default: a rank-type normalisation cannot be pooled; say so and go on per year.
    if (
      given === undefined &&
      e instanceof TakarError &&
      e.issues[0]?.code === 'pipeline/invalid'
    ) {
      io.stderr(
        say(
          `takar: catatan: setiap tahun dinormalisasi sendiri-sendiri (${e.issues[0].message})\n`,
          `takar: note: ${e.issues[0].message} Each year is normalised on its own.\n`,
        ),
      );
      return pipeline;
    }
    throw e;
  }
}

/** The years of a dataset's values, ascending. */
function yearsOf(data: unknown): number[] {
  const values = (data as { values?: { year?: number }[] }).values ?? [];
  const years = new Set<number>();
  for (const v of values) if (typeof v.year === 'number') years.add(v.year);
  return [...years].sort((a, b) => a - b);
}
