import { TakarError } from '../errors/index.js';
import type { TakarIssue } from '../errors/index.js';
import type { UncertaintySpec } from './uncertainty-plan.js';
import { planUncertainty } from './uncertainty-plan.js';
import { runReplications } from './replications.js';

/**
 * What a worker is asked to do: replications `start` … `end − 1` of an uncertainty run.
 *
 * @category Analyse
 */
export interface UncertaintyRequest {
  type: 'uncertainty';
  framework: unknown;
  data: unknown;
  spec: UncertaintySpec;
  seed: number;
  start: number;
  end: number;
  /** Throw on the first replication that cannot be computed instead of skipping it. */
  strict?: boolean;
}

/**
 * What a worker sends back.
 *
 * @category Analyse
 */
export type UncertaintyResponse =
  | { type: 'progress'; done: number }
  | {
      type: 'result';
      start: number;
      end: number;
      units: number;
      ranks: Float64Array;
      /** Skipped replications: reason and count. */
      skipped?: [string, number][];
    }
  | { type: 'error'; message: string; issues?: readonly TakarIssue[] };

/**
 * A worker's side of the protocol, shared by the Web Worker and the Node worker entries: plans
 * the run, computes the replications, reports progress and posts the ranks (transferring the buffer).
 *
 * @example
 * ```ts
 * // in a worker module
 * self.onmessage = (e) => handleUncertaintyRequest(e.data, (m, t) => self.postMessage(m, { transfer: t }));
 * ```
 *
 * @internal
 */
export function handleUncertaintyRequest(
  request: UncertaintyRequest,
  post: (message: UncertaintyResponse, transfer?: ArrayBuffer[]) => void,
): void {
  try {
    const plan = planUncertainty(request.framework, request.data, request.spec);
    const skipped = new Map<string, number>();
    const ranks = runReplications(
      plan,
      request.seed,
      request.start,
      request.end,
      (done) => post({ type: 'progress', done }),
      25,
      skipped,
      request.strict === true,
    );
    post(
      {
        type: 'result',
        start: request.start,
        end: request.end,
        units: plan.units.length,
        ranks,
        skipped: [...skipped],
      },
      [ranks.buffer as ArrayBuffer],
    );
  } catch (e) {
    if (e instanceof TakarError) post({ type: 'error', message: e.message, issues: e.issues });
    else post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * A worker as the uncertainty coordinator sees it: post a request, hear responses, stop it. Adapt a
 * Web Worker with {@link webWorkerPort}; Node's worker threads with `nodeWorkerPool`
 * (`@takar/core/analysis/node-workers`).
 *
 * @category Analyse
 */
export interface WorkerPort {
  post(message: UncertaintyRequest): void;
  onMessage(handler: (message: UncertaintyResponse) => void): void;
  onError(handler: (error: unknown) => void): void;
  terminate(): void;
}

/**
 * Where replications may run: a number of threads and a way to start a worker.
 *
 * @category Analyse
 */
export interface WorkerPool {
  threads: number;
  create(): WorkerPort;
}

/**
 * Adapts a browser `Worker` (loaded from the `uncertainty-worker` module) to a {@link WorkerPort}.
 *
 * @example
 * ```ts
 * const pool = {
 *   threads: navigator.hardwareConcurrency,
 *   create: () => webWorkerPort(new Worker(new URL('@takar/core/uncertainty-worker', import.meta.url), { type: 'module' })),
 * };
 * await uncertainty(framework, data, { runs: 1000, seed: 1, workers: pool });
 * ```
 *
 * @category Analyse
 */
export function webWorkerPort(worker: Worker): WorkerPort {
  return {
    post: (m) => worker.postMessage(m),
    onMessage: (h) =>
      worker.addEventListener('message', (e: MessageEvent<UncertaintyResponse>) => h(e.data)),
    onError: (h) => worker.addEventListener('error', (e) => h(e)),
    terminate: () => worker.terminate(),
  };
}
