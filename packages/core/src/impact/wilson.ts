import { TakarError, issue, type TakarIssue } from '../errors/index.js';
import { zForConfidence } from './inverse-normal.js';

/**
 * Options of {@link wilsonInterval}.
 *
 * @category Impact
 */
export interface WilsonOptions {
  /** Confidence level (default 0.95). */
  readonly confidence?: number;
  /** Design effect of the survey (default 1, a simple random sample); must be ≥ 1. */
  readonly deff?: number;
}

/**
 * A proportion with its Wilson score interval.
 *
 * @category Impact
 */
export interface ProportionInterval {
  /** The observed share k/n. */
  readonly share: number;
  /** Lower bound of the interval. */
  readonly low: number;
  /** Upper bound of the interval. */
  readonly high: number;
  /** The effective sample size n/deff the interval is based on. */
  readonly effectiveN: number;
  /** The normal quantile used. */
  readonly z: number;
}

/**
 * Checks survey counts; returns every problem as `impact/invalid-survey` issues under `path`.
 *
 * @example
 * ```ts
 * surveyProblems(300, 263, 1, []); // one issue: k > n
 * ```
 *
 * @category Impact
 */
export function surveyProblems(
  k: number,
  n: number,
  deff: number,
  path: readonly (string | number)[],
): TakarIssue[] {
  const out: TakarIssue[] = [];
  if (!(Number.isFinite(n) && n > 0))
    out.push(
      issue(
        'impact/invalid-survey',
        [...path, 'respondents'],
        `The number of respondents (${n}) must be greater than zero.`,
      ),
    );
  if (!(Number.isFinite(k) && k >= 0))
    out.push(
      issue(
        'impact/invalid-survey',
        [...path, 'positive'],
        `The number of positive answers (${k}) must be zero or more.`,
      ),
    );
  else if (k > n)
    out.push(
      issue(
        'impact/invalid-survey',
        [...path, 'positive'],
        `${k} positive answers out of ${n} respondents is impossible; check that the columns are not swapped.`,
      ),
    );
  if (!(Number.isFinite(deff) && deff >= 1))
    out.push(
      issue(
        'impact/invalid-survey',
        [...path, 'deff'],
        `The design effect ${deff} must be at least 1 (1 for a simple random sample; clustered samples are larger).`,
      ),
    );
  return out;
}

/**
 * The Wilson score interval for a proportion k of n (E. B. Wilson, JASA 22, 1927; R. G. Newcombe,
 * Statistics in Medicine 17, 1998, method 3). With a design effect, n and k are divided by `deff`
 * (the effective sample size, Kish 1965), which widens the interval while keeping the share.
 *
 *   centre = (p̂ + z²/2n′) / (1 + z²/n′),  half-width = z/(1 + z²/n′) · √(p̂(1 − p̂)/n′ + z²/4n′²)
 *
 * Throws `impact/invalid-survey` unless n > 0, 0 ≤ k ≤ n and deff ≥ 1.
 *
 * @example
 * ```ts
 * wilsonInterval(81, 263); // { share: 0.308, low: 0.2553, high: 0.3662, … } (Newcombe 1998)
 * ```
 *
 * @category Impact
 */
export function wilsonInterval(
  k: number,
  n: number,
  options: WilsonOptions = {},
): ProportionInterval {
  const deff = options.deff ?? 1;
  const problems = surveyProblems(k, n, deff, []);
  if (problems.length) throw new TakarError(problems);
  const z = zForConfidence(options.confidence ?? 0.95);
  const share = k / n;
  const effectiveN = n / deff;
  const z2n = (z * z) / effectiveN;
  const denominator = 1 + z2n;
  const centre = (share + z2n / 2) / denominator;
  const half =
    (z / denominator) * Math.sqrt((share * (1 - share)) / effectiveN + z2n / (4 * effectiveN));
  return {
    share,
    low: Math.max(0, centre - half),
    high: Math.min(1, centre + half),
    effectiveN,
    z,
  };
}
