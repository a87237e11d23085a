/**
 * Uncertainty in the studio: the engine's Monte Carlo `uncertainty` (every weight below the index
 * perturbed), spread over the studio's kept Web Workers when given, with progress, and the
 * rank intervals the ranking draws.
 */
import {
  parseFramework,
  uncertainty,
  type AggregateMethod,
  type Dataset,
  type Framework,
  type NormaliseSpec,
  type PipelineConfig,
  type UncertaintyResult,
  type WorkerPool,
} from '@takar/core';
import type { WarmWorkers } from './warm-workers.js';

/** Options of {@link runUncertainty}. */
export interface UncertaintyRun {
  runs: number;
  seed: number;
  /** Weight noise: every weight below the index times a factor drawn from [1 − f, 1 + f]. */
  noise: number;
  /** Methods varied too (COINr's alternative methods): each replication draws one of each list. */
  methods?: UncertainMethods;
  /**
   * The kept Web Workers to run in (warm-workers.ts: no worker is loaded per run); without them
   * the replications run on this thread.
   */
  workers?: WarmWorkers;
  threads?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Alternative methods drawn in each replication, besides the weights. */
export interface UncertainMethods {
  normalise?: readonly NormaliseSpec[];
  aggregate?: readonly AggregateMethod[];
}

/**
 * The alternatives the studio offers: min-max (to 1–100) and rank normalisation, both positive so
 * that a geometric mean can take them; arithmetic and geometric means. A replication whose
 * combination still cannot be computed is skipped and counted, as the engine does.
 */
export const METHOD_ALTERNATIVES: Required<UncertainMethods> = {
  normalise: [{ method: 'minmax', range: [1, 100] }, { method: 'rank' }],
  aggregate: ['amean', 'gmean'],
};

/** Weight noise `f` on every level that has nodes other than the index (indicators are level 1). */
export function noiseByLevel(framework: Framework, f: number): Record<number, number> {
  const tree = parseFramework(framework);
  const out: Record<number, number> = {};
  for (const [code, level] of tree.level) if (code !== tree.root.code) out[level] = f;
  return out;
}

/** Runs the uncertainty analysis of the index's ranks. */
export function runUncertainty(
  framework: Framework,
  dataset: Dataset,
  pipeline: PipelineConfig | null,
  run: UncertaintyRun,
): Promise<UncertaintyResult> {
  const threads = Math.max(1, run.threads ?? 2);
  const workers: WorkerPool | undefined = run.workers?.pool(threads);
  return uncertainty(framework, dataset, {
    runs: run.runs,
    seed: run.seed,
    weightNoise: noiseByLevel(framework, run.noise),
    ...(run.methods?.normalise?.length ? { normalise: run.methods.normalise } : {}),
    ...(run.methods?.aggregate?.length ? { aggregate: run.methods.aggregate } : {}),
    ...(pipeline ? { pipeline } : {}),
    ...(run.onProgress ? { onProgress: run.onProgress } : {}),
    ...(run.signal ? { signal: run.signal } : {}),
    ...(workers ? { workers } : {}),
  });
}

/** The 5–95 % rank intervals by unit, as `<takar-ranking>`'s `rankIntervals` takes them. */
export function rankIntervals(
  result: UncertaintyResult,
): Record<string, { q05: number; q95: number; median?: number }> {
  const out: Record<string, { q05: number; q95: number; median?: number }> = {};
  for (const u of result.units) {
    if (u.q05 === null || u.q95 === null) continue;
    out[u.unit] =
      u.median === null ? { q05: u.q05, q95: u.q95 } : { q05: u.q05, q95: u.q95, median: u.median };
  }
  return out;
}
