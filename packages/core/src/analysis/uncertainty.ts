import { TakarError, issue } from '../errors/index.js';
import {
  nominalRanks,
  planUncertainty,
  type UncertainFactor,
  type UncertaintyPlan,
  type UncertaintySpec,
} from './uncertainty-plan.js';
import { runReplications } from './replications.js';
import { quantileSorted } from './quantile.js';
import type { WorkerPool, WorkerPort } from './worker-protocol.js';

/**
 * Options of {@link uncertainty}: the uncertain assumptions plus how to run.
 *
 * @category Analyse
 */
export interface UncertaintyOptions extends UncertaintySpec {
  /** Number of Monte Carlo replications. */
  runs: number;
  /** Seed: the same seed gives identical results, on any number of threads. */
  seed: number;
  /** Called as replications finish. */
  onProgress?: (done: number, total: number) => void;
  /** Cancels the run: the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Spread replications over workers (`nodeWorkerPool(n)` in Node, Web Workers in a browser). */
  workers?: WorkerPool;
  /** Keep every replication's ranks (`ranks`, row-major by replication); default false. */
  keepRanks?: boolean;
  /**
   * Fail on the first replication whose combination of methods cannot be computed (default
   * false: such replications are skipped, counted and reported in `skipped`).
   */
  strict?: boolean;
}

/**
 * Replications left out because their combination of methods could not be computed.
 *
 * @category Analyse
 */
export interface SkippedReplications {
  /** How many were skipped; `runs − count` were kept. */
  count: number;
  /** Each reason with how many replications it skipped, most frequent first. */
  reasons: { reason: string; count: number }[];
}

/**
 * The rank distribution of one unit.
 *
 * @category Analyse
 */
export interface UnitUncertainty {
  unit: string;
  name: string;
  /** Rank under the nominal pipeline and weights. */
  nominal: number | null;
  mean: number | null;
  median: number | null;
  /** 5th percentile (type 7): the optimistic end of the interval. */
  q05: number | null;
  /** 95th percentile (type 7): the pessimistic end. */
  q95: number | null;
  min: number | null;
  max: number | null;
  /** Replications in which the unit had a rank. */
  n: number;
}

/**
 * The outcome of {@link uncertainty}.
 *
 * @category Analyse
 */
export interface UncertaintyResult {
  node: string;
  runs: number;
  seed: number;
  /** The uncertain inputs and their number of alternatives. */
  factors: UncertainFactor[];
  /** Replications kept (`runs − skipped.count`). */
  kept: number;
  /** Replications left out, with their reasons (COINr drops them with only a message). */
  skipped: SkippedReplications;
  units: UnitUncertainty[];
  /** Every replication's ranks (runs × units, row-major), with `keepRanks`. */
  ranks?: Float64Array;
}

const CHUNK = 50;

/**
 * Monte Carlo uncertainty analysis of the ranking (OECD/JRC Handbook 2008, section 7; COINr
 * `get_sensitivity(SA_type = "UA")`): each replication draws one alternative per assumption —
 * perturbed weights per level, normalisation, aggregation, outlier treatment (`winmax`),
 * imputation on or off — rescores, and ranks. Returns per unit the nominal rank and the mean,
 * median, 5th and 95th percentile of its ranks. With every list fixed to one option and no noise,
 * every interval collapses to the nominal rank.
 *
 * Fast path: stages 1–5 are computed once per alternative and cached; each replication only
 * re-aggregates with its weights and ranks (see `lean-model.ts`).
 *
 * @example
 * ```ts
 * const u = await uncertainty(framework, data, {
 *   runs: 1000, seed: 1, weightNoise: { 2: 0.25, 3: 0.25 },
 *   normalise: [{ method: 'minmax', range: [1, 100] }, { method: 'zscore', meanSd: [10, 2] }],
 *   aggregate: ['amean', 'gmean'], winmax: [1, 2, 3, 4, 5],
 * });
 * u.units[0]; // { unit, nominal, mean, median, q05, q95, … }
 * ```
 *
 * @category Analyse
 */
export async function uncertainty(
  framework: unknown,
  data: unknown,
  options: UncertaintyOptions,
): Promise<UncertaintyResult> {
  const { runs, seed } = options;
  if (!(Number.isInteger(runs) && runs >= 1)) {
    throw new TakarError(
      issue('pipeline/invalid', ['runs'], `runs must be a whole number ≥ 1, not ${runs}.`),
    );
  }
  if (!Number.isSafeInteger(seed)) {
    // Above 2^53 neighbouring seeds are the same double, so two "different" seeds would agree.
    throw new TakarError(
      issue(
        'pipeline/invalid',
        ['seed'],
        `seed must be a whole number between -(2^53 - 1) and 2^53 - 1, not ${seed}.`,
      ),
    );
  }
  throwIfAborted(options.signal);
  const spec = specOf(options);
  const threads = Math.min(options.workers?.threads ?? 1, runs);
  let all: Float64Array;
  let plan: UncertaintyPlan;
  const skipped = new Map<string, number>();
  const strict = options.strict === true;
  if (options.workers && threads > 1) {
    const pending = inWorkers(
      options.workers,
      threads,
      { framework, data, spec, seed, runs, strict },
      options,
      skipped,
    );
    try {
      plan = planUncertainty(framework, data, spec);
    } catch (e) {
      pending.cancel();
      throw e;
    }
    all = await pending.done;
  } else {
    plan = planUncertainty(framework, data, spec);
    const n = plan.units.length;
    all = new Float64Array(runs * n);
    for (let start = 0; start < runs; start += CHUNK) {
      const end = Math.min(runs, start + CHUNK);
      all.set(runReplications(plan, seed, start, end, undefined, 25, skipped, strict), start * n);
      options.onProgress?.(end, runs);
      if (end < runs) {
        await nextTick();
        throwIfAborted(options.signal);
      }
    }
  }
  const reasons = [...skipped]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
  const count = reasons.reduce((t, r) => t + r.count, 0);
  if (count === runs)
    throw new TakarError(
      issue(
        'pipeline/invalid',
        ['runs'],
        `All ${runs} replications were skipped: ${reasons.map((r) => `${r.count} because ${r.reason}`).join('; ')}. Change the alternatives (e.g. minmax:1,100 before gmean).`,
      ),
    );
  const result: UncertaintyResult = {
    node: plan.model.node,
    runs,
    seed,
    factors: [...plan.factors],
    kept: runs - count,
    skipped: { count, reasons },
    units: summariseRanks(plan, all, runs),
  };
  if (options.keepRanks) result.ranks = all;
  return result;
}

/** The plain-data part of the options (what a worker needs). */
function specOf(o: UncertaintyOptions): UncertaintySpec {
  const spec: UncertaintySpec = {};
  if (o.pipeline !== undefined) spec.pipeline = o.pipeline;
  if (o.year !== undefined) spec.year = o.year;
  if (o.node !== undefined) spec.node = o.node;
  if (o.weightNoise !== undefined) spec.weightNoise = o.weightNoise;
  if (o.normalise !== undefined) spec.normalise = o.normalise;
  if (o.aggregate !== undefined) spec.aggregate = o.aggregate;
  if (o.winmax !== undefined) spec.winmax = o.winmax;
  if (o.impute !== undefined) spec.impute = o.impute;
  return spec;
}

/**
 * Per unit: nominal rank, mean, median, 5th and 95th percentiles (type 7), min and max of the
 * ranks over replications (`ranks` row-major, runs × units).
 *
 * @internal
 */
export function summariseRanks(
  plan: UncertaintyPlan,
  ranks: Float64Array,
  runs: number,
): UnitUncertainty[] {
  const n = plan.units.length;
  const nominal = nominalRanks(plan);
  const names = new Map(plan.model.matrix.dataset.units.map((u) => [u.code, u.name]));
  const col = new Float64Array(runs);
  return plan.units.map((unit, j) => {
    let m = 0;
    let sum = 0;
    for (let r = 0; r < runs; r++) {
      const x = ranks[r * n + j] as number;
      if (x === x) {
        col[m++] = x;
        sum += x;
      }
    }
    const sorted = col.subarray(0, m).sort();
    const nom = nominal[j] as number;
    const q = (p: number): number | null => (m ? quantileSorted(sorted, p) : null);
    return {
      unit,
      name: names.get(unit) ?? unit,
      nominal: Number.isNaN(nom) ? null : nom,
      mean: m ? sum / m : null,
      median: q(0.5),
      q05: q(0.05),
      q95: q(0.95),
      min: m ? (sorted[0] as number) : null,
      max: m ? (sorted[m - 1] as number) : null,
      n: m,
    };
  });
}

function inWorkers(
  pool: WorkerPool,
  threads: number,
  job: {
    framework: unknown;
    data: unknown;
    spec: UncertaintySpec;
    seed: number;
    runs: number;
    strict: boolean;
  },
  options: UncertaintyOptions,
  skipped: Map<string, number>,
): { done: Promise<Float64Array>; cancel: () => void } {
  const ports: WorkerPort[] = [];
  const stop = (): void => ports.forEach((p) => p.terminate());
  let cancel = stop;
  const done = new Promise<Float64Array>((resolve, reject) => {
    let out: Float64Array | null = null;
    let finished = 0;
    const progress = new Array<number>(threads).fill(0);
    let settled = false;
    const fail = (e: unknown): void => {
      if (settled) return;
      settled = true;
      stop();
      reject(e);
    };
    cancel = () => fail(abortError());
    options.signal?.addEventListener('abort', () => fail(abortError()), { once: true });
    for (let t = 0; t < threads; t++) {
      const start = Math.floor((t * job.runs) / threads);
      const end = Math.floor(((t + 1) * job.runs) / threads);
      const port = pool.create();
      ports.push(port);
      port.onError(fail);
      port.onMessage((m) => {
        if (settled) return;
        if (m.type === 'progress') {
          progress[t] = m.done;
          options.onProgress?.(
            progress.reduce((a, b) => a + b, 0),
            job.runs,
          );
        } else if (m.type === 'error') {
          fail(m.issues?.length ? new TakarError(m.issues) : new Error(m.message));
        } else {
          out ??= new Float64Array(job.runs * m.units);
          out.set(m.ranks, m.start * m.units);
          for (const [reason, n] of m.skipped ?? [])
            skipped.set(reason, (skipped.get(reason) ?? 0) + n);
          if (++finished === threads) {
            settled = true;
            stop();
            resolve(out);
          }
        }
      });
      port.post({
        type: 'uncertainty',
        framework: job.framework,
        data: job.data,
        spec: job.spec,
        seed: job.seed,
        start,
        end,
        strict: job.strict,
      });
    }
  });
  return { done, cancel: () => cancel() };
}

function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortError(): Error {
  return typeof DOMException === 'function'
    ? new DOMException('The uncertainty analysis was cancelled.', 'AbortError')
    : Object.assign(new Error('The uncertainty analysis was cancelled.'), { name: 'AbortError' });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}
