/**
 * Uncertainty in the studio: the engine's Monte Carlo `uncertainty` (every weight below the index
 * perturbed), spread over Web Workers when a worker URL is given, with progress, and the
 * rank intervals the ranking draws.
 */
import {
  parseFramework,
  uncertainty,
  webWorkerPort,
  type Dataset,
  type Framework,
  type PipelineConfig,
  type UncertaintyResult,
} from '@takar/core';

/** Options of {@link runUncertainty}. */
export interface UncertaintyRun {
  runs: number;
  seed: number;
  /** Weight noise: every weight below the index times a factor drawn from [1 − f, 1 + f]. */
  noise: number;
  /** URL of the studio's uncertainty worker; without it the replications run on this thread. */
  workerUrl?: string | URL;
  threads?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

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
  const workerUrl = run.workerUrl;
  return uncertainty(framework, dataset, {
    runs: run.runs,
    seed: run.seed,
    weightNoise: noiseByLevel(framework, run.noise),
    ...(pipeline ? { pipeline } : {}),
    ...(run.onProgress ? { onProgress: run.onProgress } : {}),
    ...(run.signal ? { signal: run.signal } : {}),
    ...(workerUrl
      ? {
          workers: {
            threads: Math.max(1, run.threads ?? 2),
            create: () => webWorkerPort(new Worker(workerUrl, { type: 'module' })),
          },
        }
      : {}),
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
