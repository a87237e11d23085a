import { TakarError, issue } from '../errors/index.js';
import {
  evaluateInputs,
  nominalRanks,
  planUncertainty,
  type UncertaintySpec,
} from './uncertainty-plan.js';
import { replicationSeed, splitmix32 } from './prng.js';
import { quantileSorted } from './quantile.js';

/**
 * Options of {@link sensitivity}: the uncertain assumptions plus the sample design.
 *
 * @category Analyse
 */
export interface SensitivityOptions extends UncertaintySpec {
  /** Base sample size N; the analysis runs N × (k + 2) replications for k uncertain inputs. */
  samples: number;
  seed: number;
  /** Bootstrap resamples for the confidence intervals; default 500. */
  bootstrap?: number;
  /** Confidence level of the intervals; default 0.95. */
  confidence?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Sensitivity indices of one uncertain input.
 *
 * @category Analyse
 */
export interface SensitivityIndex {
  /** `impute`, `winmax`, `normalise`, `aggregate` or `weights:<level>`. */
  factor: string;
  /** First-order index S: share of the output variance due to this input alone. */
  first: number | null;
  /** Total-order index ST: share due to this input including its interactions. */
  total: number | null;
  /** Bootstrap confidence interval of S (percentile method). */
  firstCI: [number, number] | null;
  /** Bootstrap confidence interval of ST. */
  totalCI: [number, number] | null;
}

/**
 * The outcome of {@link sensitivity}.
 *
 * @category Analyse
 */
export interface SensitivityResult {
  node: string;
  /** Base sample size N. */
  samples: number;
  /** Replications run: N × (k + 2). */
  runs: number;
  seed: number;
  /** Mean and variance of the output (mean absolute rank change) over the base samples. */
  mean: number;
  variance: number;
  factors: SensitivityIndex[];
}

/**
 * Variance-based sensitivity analysis of the ranking (Saltelli et al. 2010, "Variance based
 * sensitivity analysis of model output", Table 2; COINr `get_sensitivity(SA_type = "SA")`): for
 * each uncertain input (weight noise per level, normalisation, aggregation, winmax, imputation —
 * only those with more than one alternative), the first-order and total-order indices of the mean
 * absolute rank change against the nominal ranking, by Saltelli's sampling (matrices A, B and
 * A_B⁽ⁱ⁾) and Jansen's estimators:
 * S_i = (V − ½N⁻¹ Σ (f(B) − f(A_B⁽ⁱ⁾))²) / V and ST_i = ½N⁻¹ Σ (f(A) − f(A_B⁽ⁱ⁾))² / V, V the
 * variance of f over A and B. Confidence intervals by bootstrap over the N rows (seeded).
 * Discrete inputs take alternative ⌊u·m⌋ of their m; weight noise is drawn from a generator seeded by u.
 *
 * @example
 * ```ts
 * const s = await sensitivity(framework, data, { samples: 200, seed: 1, aggregate: ['amean', 'gmean'], weightNoise: { 2: 0.25 } });
 * s.factors; // [{ factor: 'aggregate', first: 0.6, total: 0.7, … }, { factor: 'weights:2', … }]
 * ```
 *
 * @category Analyse
 */
export async function sensitivity(
  framework: unknown,
  data: unknown,
  options: SensitivityOptions,
): Promise<SensitivityResult> {
  const N = options.samples;
  if (!(Number.isInteger(N) && N >= 2)) {
    throw new TakarError(
      issue('pipeline/invalid', ['samples'], `samples must be a whole number ≥ 2, not ${N}.`),
    );
  }
  if (!Number.isSafeInteger(options.seed))
    throw new TakarError(
      issue(
        'pipeline/invalid',
        ['seed'],
        `seed must be a whole number between -(2^53 - 1) and 2^53 - 1, not ${options.seed}.`,
      ),
    );
  const plan = planUncertainty(framework, data, options);
  const noiseAt = new Map(plan.noise.map((n, k) => [4 + k, n.factor]));
  const active = plan.factors
    .map((f, i) => ({ f, i }))
    .filter(({ f, i }) => (f.alternatives === 0 ? (noiseAt.get(i) ?? 0) > 0 : f.alternatives > 1));
  if (active.length === 0) {
    throw new TakarError(
      issue(
        'pipeline/invalid',
        [],
        'No assumption varies: give at least two alternatives for something (e.g. aggregate: ["amean", "gmean"]) or weight noise.',
      ),
    );
  }
  const k = active.length;
  const dims = plan.factors.length;
  const nominal = nominalRanks(plan);
  const output = (inputs: Float64Array): number => {
    const r = evaluateInputs(plan, inputs);
    let sum = 0;
    let m = 0;
    for (let j = 0; j < r.length; j++) {
      const a = r[j] as number;
      const b = nominal[j] as number;
      if (a === a && b === b) {
        sum += Math.abs(a - b);
        m++;
      }
    }
    return m ? sum / m : 0;
  };
  const fA = new Float64Array(N);
  const fB = new Float64Array(N);
  const fAB = active.map(() => new Float64Array(N));
  const total = N * (k + 2);
  const a = new Float64Array(dims);
  const b = new Float64Array(dims);
  const ab = new Float64Array(dims);
  let done = 0;
  for (let j = 0; j < N; j++) {
    const rnd = splitmix32(replicationSeed(options.seed, j));
    a.fill(0);
    b.fill(0);
    for (const { i } of active) {
      a[i] = rnd();
      b[i] = rnd();
    }
    fA[j] = output(a);
    fB[j] = output(b);
    active.forEach(({ i }, q) => {
      ab.set(a);
      ab[i] = b[i] as number;
      (fAB[q] as Float64Array)[j] = output(ab);
    });
    done += k + 2;
    if ((j + 1) % 20 === 0 || j === N - 1) {
      options.onProgress?.(done, total);
      if (j < N - 1) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (options.signal?.aborted) {
          throw typeof DOMException === 'function'
            ? new DOMException('The sensitivity analysis was cancelled.', 'AbortError')
            : new Error('cancelled');
        }
      }
    }
  }
  const rows = Int32Array.from({ length: N }, (_v, j) => j);
  const all = jansen(fA, fB, fAB, rows);
  const R = options.bootstrap ?? 500;
  const conf = options.confidence ?? 0.95;
  const boot = active.map(() => ({ s: new Float64Array(R), st: new Float64Array(R) }));
  const rnd = splitmix32(replicationSeed(options.seed ^ 0x5bd1e995, 0));
  const pickRows = new Int32Array(N);
  for (let r = 0; r < R; r++) {
    for (let j = 0; j < N; j++) pickRows[j] = Math.floor(rnd() * N);
    const est = jansen(fA, fB, fAB, pickRows);
    est.first.forEach((s, q) => ((boot[q] as { s: Float64Array }).s[r] = s));
    est.total.forEach((s, q) => ((boot[q] as { st: Float64Array }).st[r] = s));
  }
  const ci = (x: Float64Array): [number, number] | null => {
    const v = Float64Array.from(x.filter((y) => !Number.isNaN(y))).sort();
    if (v.length === 0) return null;
    return [quantileSorted(v, (1 - conf) / 2), quantileSorted(v, (1 + conf) / 2)];
  };
  const nan = (x: number | undefined): number | null =>
    x === undefined || Number.isNaN(x) ? null : x;
  return {
    node: plan.model.node,
    samples: N,
    runs: total,
    seed: options.seed,
    mean: all.mean,
    variance: all.variance,
    factors: active.map(({ f }, q) => ({
      factor: f.name,
      first: nan(all.first[q]),
      total: nan(all.total[q]),
      firstCI: ci((boot[q] as { s: Float64Array }).s),
      totalCI: ci((boot[q] as { st: Float64Array }).st),
    })),
  };
}

/** Jansen's first- and total-order estimators over the given rows of the samples. */
function jansen(
  fA: Float64Array,
  fB: Float64Array,
  fAB: readonly Float64Array[],
  rows: Int32Array,
): { first: number[]; total: number[]; mean: number; variance: number } {
  const N = rows.length;
  let sum = 0;
  for (const j of rows) sum += (fA[j] as number) + (fB[j] as number);
  const mean = sum / (2 * N);
  let ss = 0;
  for (const j of rows) ss += ((fA[j] as number) - mean) ** 2 + ((fB[j] as number) - mean) ** 2;
  const variance = ss / (2 * N - 1);
  const first: number[] = [];
  const total: number[] = [];
  for (const f of fAB) {
    let d1 = 0;
    let d2 = 0;
    for (const j of rows) {
      d1 += ((fB[j] as number) - (f[j] as number)) ** 2;
      d2 += ((fA[j] as number) - (f[j] as number)) ** 2;
    }
    first.push(variance > 0 ? (variance - d1 / (2 * N)) / variance : NaN);
    total.push(variance > 0 ? d2 / (2 * N) / variance : NaN);
  }
  return { first, total, mean, variance };
}
