import { TakarError } from '../errors/index.js';
import { evaluateInputs, skipReason, type UncertaintyPlan } from './uncertainty-plan.js';
import { replicationSeed, splitmix32 } from './prng.js';

/**
 * Ranks of replications `start` … `end − 1` of a Monte Carlo run, row-major (one row of
 * `plan.units.length` ranks per replication). Replication i draws its inputs from a generator
 * seeded by (seed, i) only, so any split over threads gives the same numbers. A replication whose
 * combination of methods cannot be computed (a TakarError, e.g. gmean after zscore meets values
 * ≤ 0) is left out: its row stays NaN and its reason is counted in `skipped`; with `strict`, the
 * error is thrown instead.
 *
 * @example
 * ```ts
 * const ranks = runReplications(planUncertainty(framework, data, spec), 42, 0, 100);
 * ```
 *
 * @internal
 */
export function runReplications(
  plan: UncertaintyPlan,
  seed: number,
  start: number,
  end: number,
  onProgress?: (done: number) => void,
  every = 25,
  skipped?: Map<string, number>,
  strict = false,
): Float64Array {
  const n = plan.units.length;
  const out = new Float64Array(Math.max(0, end - start) * n);
  const inputs = new Float64Array(plan.factors.length);
  const weights = new Float64Array(plan.model.weights.length);
  for (let i = start; i < end; i++) {
    const rnd = splitmix32(replicationSeed(seed, i));
    for (let k = 0; k < inputs.length; k++) inputs[k] = rnd();
    try {
      out.set(evaluateInputs(plan, inputs, weights), (i - start) * n);
    } catch (e) {
      if (strict || !(e instanceof TakarError) || !skipped) throw e;
      out.fill(NaN, (i - start) * n, (i - start + 1) * n);
      const reason = skipReason(plan, inputs, e.issues[0] ?? e);
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
    }
    if (onProgress && ((i - start + 1) % every === 0 || i === end - 1)) onProgress(i - start + 1);
  }
  return out;
}
