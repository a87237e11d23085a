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
    postResult(request, plan.units.length, ranks, skipped, post);
  } catch (e) {
    post(errorResponse(e));
  }
}

/**
 * Options of {@link handleUncertaintyRequestInSlices}.
 *
 * @category Analyse
 */
export interface SliceOptions {
  /** Replications computed between two pauses (default 25, as often as progress is posted). */
  slice?: number;
  /** Asked before each slice: true stops the request (nothing more is posted). */
  cancelled?: () => boolean;
  /** Awaited between slices (default a macrotask, so that the worker hears new messages). */
  pause?: () => Promise<void>;
}

/**
 * `handleUncertaintyRequest` in slices, pausing between them, so that a worker that is kept
 * for later runs can hear that a request was cancelled and go on to the next one, rather than be
 * terminated and loaded again. Posts the same messages (the ranks equal, bit for bit: each
 * replication draws from its own seed) and resolves with `'done'`, or `'cancelled'` when
 * `cancelled()` said so before a slice.
 *
 * @example
 * ```ts
 * // in a worker module that serves one request after another
 * const stopped = new Set<number>();
 * await handleUncertaintyRequestInSlices(request, (m, t) => self.postMessage(m, { transfer: t }), {
 *   cancelled: () => stopped.has(job),
 * });
 * ```
 *
 * @category Analyse
 */
export async function handleUncertaintyRequestInSlices(
  request: UncertaintyRequest,
  post: (message: UncertaintyResponse, transfer?: ArrayBuffer[]) => void,
  options: SliceOptions = {},
): Promise<'done' | 'cancelled'> {
  const slice = Math.max(1, Math.floor(options.slice ?? 25));
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const cancelled = options.cancelled ?? (() => false);
  try {
    if (cancelled()) return 'cancelled';
    const plan = planUncertainty(request.framework, request.data, request.spec);
    const n = plan.units.length;
    const skipped = new Map<string, number>();
    const ranks = new Float64Array(Math.max(0, request.end - request.start) * n);
    for (let from = request.start; from < request.end; from += slice) {
      if (from > request.start) {
        await pause();
        if (cancelled()) return 'cancelled';
      }
      const to = Math.min(request.end, from + slice);
      const part = runReplications(
        plan,
        request.seed,
        from,
        to,
        undefined,
        slice,
        skipped,
        request.strict === true,
      );
      ranks.set(part, (from - request.start) * n);
      post({ type: 'progress', done: to - request.start });
    }
    if (cancelled()) return 'cancelled';
    postResult(request, n, ranks, skipped, post);
  } catch (e) {
    post(errorResponse(e));
  }
  return 'done';
}

function postResult(
  request: UncertaintyRequest,
  units: number,
  ranks: Float64Array,
  skipped: Map<string, number>,
  post: (message: UncertaintyResponse, transfer?: ArrayBuffer[]) => void,
): void {
  post(
    {
      type: 'result',
      start: request.start,
      end: request.end,
      units,
      ranks,
      skipped: [...skipped],
    },
    [ranks.buffer as ArrayBuffer],
  );
}

function errorResponse(e: unknown): UncertaintyResponse {
  if (e instanceof TakarError) return { type: 'error', message: e.message, issues: e.issues };
  return { type: 'error', message: e instanceof Error ? e.message : String(e) };
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
