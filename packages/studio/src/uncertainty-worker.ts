/*
 * The studio's uncertainty worker (`new Worker(url, { type: 'module' })`). The studio starts its
 * workers once, while it loads, and keeps them (warm-workers.ts): a run that is dropped (a weight
 * changed) is cancelled, not terminated, so no worker is loaded again and nothing is requested
 * after load. Messages (see {@link WorkerIn} and {@link WorkerOut}):
 * - in: `{ type: 'job', job, request }` (the engine's UncertaintyRequest), `{ type: 'cancel', job }`;
 * - out: `{ type: 'ready' }` once the engine has loaded, then `{ type: 'job', job, message }` for
 *   each of the engine's responses (progress, result, error).
 * Jobs run one after another, in slices (handleUncertaintyRequestInSlices of @takar/core), so a
 * cancel is heard between two slices. zod's JIT goes off before the engine loads, since the worker
 * runs under the page's strict CSP too; the listener is installed at once, so no message is lost
 * while the engine loads.
 */
import './config/zod-jitless.js';
import type { UncertaintyRequest, UncertaintyResponse } from '@takar/core';

/** A message to the worker. */
export type WorkerIn =
  { type: 'job'; job: number; request: UncertaintyRequest } | { type: 'cancel'; job: number };
/** A message from the worker. */
export type WorkerOut =
  | { type: 'ready' }
  | { type: 'job'; job: number; message: UncertaintyResponse }
  | { type: 'idle'; job: number };

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerIn>) => void): void;
  postMessage(message: WorkerOut, transfer: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const queue: { job: number; request: UncertaintyRequest }[] = [];
const cancelled = new Set<number>();
let running = false;
/** The job being computed, if any. */
let current: number | null = null;
const engine = import('@takar/core');

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  const { handleUncertaintyRequestInSlices } = await engine;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { job, request } = next;
    current = job;
    await handleUncertaintyRequestInSlices(
      request,
      (message, transfer) => scope.postMessage({ type: 'job', job, message }, transfer ?? []),
      { cancelled: () => cancelled.has(job) },
    );
    cancelled.delete(job);
    current = null;
    // The job is over (done or cancelled): the page may count this worker as free again.
    scope.postMessage({ type: 'idle', job }, []);
  }
  running = false;
}

scope.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'cancel') {
    const waiting = queue.findIndex((q) => q.job === m.job);
    if (waiting >= 0) {
      queue.splice(waiting, 1);
      scope.postMessage({ type: 'idle', job: m.job }, []);
    } else if (m.job === current) cancelled.add(m.job);
    // Otherwise the job is over already, and its 'idle' was sent.
    return;
  }
  queue.push({ job: m.job, request: m.request });
  void drain();
});

void engine.then(() => scope.postMessage({ type: 'ready' }, []));
