import {
  TakarError,
  issue,
  type AggregateSpec,
  type ImputeSpec,
  type NormaliseSpec,
  type UncertaintySpec,
} from '@takar/core';
import type { ParsedArgs } from '../args.js';
import { aggregateFlag, imputeFlag, normaliseFlag } from '../pipeline-flags.js';
import { takeRepeated } from '../repeated-flags.js';
import { optional } from './shared-flags.js';

/** Valued flags of the uncertain alternatives (uncertainty and sensitivity analyses). */
export const ALTERNATIVE_FLAGS = [
  'weight-noise',
  'alt-normalise',
  'alt-aggregate',
  'alt-winmax',
  'alt-impute',
  'node',
  'seed',
] as const;

const usage = (flag: string, message: string): TakarError =>
  new TakarError(issue('cli/usage', [`--${flag}`], message));

/**
 * Takes the repeatable `--weight-noise` and `--alt-normalise` out of argv (each may be given
 * several times), leaving the rest for `parseArgs`.
 *
 * @example
 * ```ts
 * const { repeated, rest } = takeAlternatives(argv);
 * ```
 */
export function takeAlternatives(argv: readonly string[]): {
  repeated: { weightNoise: string[]; normalise: string[] };
  rest: string[];
} {
  const noise = takeRepeated(argv, 'weight-noise');
  const norm = takeRepeated(noise.rest, 'alt-normalise');
  return { repeated: { weightNoise: noise.values, normalise: norm.values }, rest: norm.rest };
}

/**
 * The uncertain assumptions from the command line:
 * `--weight-noise <level>=<factor>` (repeatable; COINr levels, indicators = 1),
 * `--alt-normalise <spec>,<spec>` (e.g. `minmax:0,100,zscore:10,2`: numbers join the spec before),
 * `--alt-aggregate amean,gmean`, `--alt-winmax 1-5` (or `1,3,5`), `--alt-impute on,off` (or
 * method names), `--node <code>`.
 *
 * @example
 * ```ts
 * alternativesFlags(args, { weightNoise: ['2=0.25'], normalise: ['minmax,zscore'] });
 * // { weightNoise: { 2: 0.25 }, normalise: [{ method: 'minmax' }, { method: 'zscore' }] }
 * ```
 */
export function alternativesFlags(
  args: ParsedArgs,
  repeated: { weightNoise: readonly string[]; normalise: readonly string[] },
): UncertaintySpec {
  const spec: UncertaintySpec = {};
  if (repeated.weightNoise.length) {
    const noise: Record<number, number> = {};
    for (const text of repeated.weightNoise.flatMap((t) => t.split(','))) {
      const m = /^\s*(\d+)\s*=\s*([0-9.]+)\s*$/.exec(text);
      const level = Number(m?.[1]);
      const factor = Number(m?.[2]);
      if (!m || !(level >= 1) || !(factor >= 0 && factor < 1))
        throw usage(
          'weight-noise',
          `--weight-noise expects <level>=<factor> with level ≥ 1 (indicators are 1, their parents 2, …) and 0 ≤ factor < 1, e.g. 2=0.25; got "${text}".`,
        );
      noise[level] = factor;
    }
    spec.weightNoise = noise;
  }
  const normalise: NormaliseSpec[] = repeated.normalise
    .flatMap(splitSpecs)
    .map((s) => normaliseFlag(s));
  if (normalise.length) spec.normalise = normalise;
  const agg = optional(args, 'alt-aggregate');
  if (agg !== undefined)
    spec.aggregate = splitSpecs(agg).map((s): AggregateSpec => aggregateFlag(s));
  const win = optional(args, 'alt-winmax');
  if (win !== undefined) spec.winmax = winmaxFlag(win);
  const imp = optional(args, 'alt-impute');
  if (imp !== undefined)
    spec.impute = splitSpecs(imp).map((s): boolean | ImputeSpec =>
      s === 'on' ? true : s === 'off' ? false : imputeFlag(s),
    );
  const node = optional(args, 'node');
  if (node !== undefined) spec.node = node;
  return spec;
}

/**
 * Splits a list of method specs on commas, keeping numeric parameters with their method:
 * `minmax:0,100,zscore:10,2` → `['minmax:0,100', 'zscore:10,2']`. `;` also separates.
 *
 * @example
 * ```ts
 * splitSpecs('amean,pmean:2'); // ['amean', 'pmean:2']
 * ```
 */
export function splitSpecs(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[,;]/).map((s) => s.trim())) {
    if (part === '') continue;
    if (/^[-+.\d]/.test(part) && out.length && out[out.length - 1]?.includes(':'))
      out[out.length - 1] += `,${part}`;
    else out.push(part);
  }
  return out;
}

/** `1-5` → [1, 2, 3, 4, 5]; `1,3,5` → [1, 3, 5]. */
function winmaxFlag(text: string): number[] {
  const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(text);
  const list = range
    ? Array.from(
        { length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) },
        (_v, i) => Number(range[1]) + i,
      )
    : text.split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((x) => !(Number.isInteger(x) && x >= 0)))
    throw usage(
      'alt-winmax',
      `--alt-winmax expects whole numbers, as a range (1-5) or a list (1,3,5); got "${text}".`,
    );
  return list;
}

/**
 * A whole-number flag within bounds, or its default.
 *
 * @example
 * ```ts
 * intFlag(args, 'runs', 1000, 1);
 * ```
 */
export function intFlag(args: ParsedArgs, name: string, fallback: number, min: number): number {
  const t = optional(args, name);
  if (t === undefined) return fallback;
  const x = Number(t);
  if (!(/^-?\d+$/.test(t.trim()) && x >= min))
    throw usage(name, `--${name} must be a whole number ≥ ${min}; got "${t}".`);
  // Above 2^53 - 1 whole numbers are rounded to a neighbour, so "--seed 9007199254740993" would
  // silently run with another seed.
  if (!Number.isSafeInteger(x))
    throw usage(name, `--${name} must be at most 2^53 - 1 (9007199254740991); got "${t}".`);
  return x;
}
