/**
 * The studio's uncertainty workers, started once (while the studio loads) and kept: each run
 * leases them through the engine's `WorkerPool` interface, and a run that is dropped cancels its
 * jobs instead of terminating the workers. So the worker script and its chunks are fetched once,
 * and an uncertainty run makes no request, however often the weights change.
 *
 * The protocol is uncertainty-worker.ts's: `job` and `cancel` in; `ready`, `job` (the engine's
 * responses) and `idle` out.
 */
import type { UncertaintyRequest, UncertaintyResponse, WorkerPool, WorkerPort } from '@takar/core';
import type { WorkerIn, WorkerOut } from './uncertainty-worker.js';

/** What the pool needs of a `Worker` (tests give their own). */
export interface WorkerLike {
  postMessage(message: WorkerIn): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerOut>) => void): void;
  addEventListener(type: 'error', listener: (e: Event) => void): void;
  terminate(): void;
}

interface Lease {
  onMessage?: (m: UncertaintyResponse) => void;
  onError?: (e: unknown) => void;
  /** A result or error arrived, or the lease was given back: nothing more is passed on. */
  over: boolean;
}

interface Kept {
  worker: WorkerLike;
  /** Jobs posted and not yet reported idle (running or queued in the worker). */
  jobs: Map<number, Lease>;
  ready: Promise<void>;
  dead: boolean;
}

const moduleWorker = (url: URL): WorkerLike =>
  new Worker(url, { type: 'module' }) as unknown as WorkerLike;

/**
 * A fixed number of kept workers.
 *
 * @example
 * ```ts
 * const warm = new WarmWorkers(new URL('dist/uncertainty-worker.js', document.baseURI), 2);
 * await warm.ready; // each worker has loaded the engine
 * await uncertainty(framework, data, { runs: 500, seed: 1, workers: warm.pool(2) });
 * ```
 */
export class WarmWorkers {
  /** Resolves when every worker has loaded the engine; rejects if one could not start. */
  readonly ready: Promise<void>;
  private readonly kept: Kept[];
  private nextJob = 1;

  constructor(
    readonly url: URL,
    readonly size: number,
    private readonly start: (url: URL) => WorkerLike = moduleWorker,
  ) {
    this.kept = Array.from({ length: Math.max(1, size) }, () => this.spawn());
    this.ready = Promise.all(this.kept.map((k) => k.ready)).then(() => undefined);
    this.ready.catch(() => undefined);
  }

  private spawn(): Kept {
    const worker = this.start(this.url);
    const kept: Kept = { worker, jobs: new Map(), ready: Promise.resolve(), dead: false };
    kept.ready = new Promise<void>((resolve, reject) => {
      worker.addEventListener('message', (e: MessageEvent<WorkerOut>) => {
        const m = e.data;
        if (m.type === 'ready') resolve();
        else if (m.type === 'idle') kept.jobs.delete(m.job);
        else {
          const lease = kept.jobs.get(m.job);
          if (!lease || lease.over) return;
          if (m.message.type !== 'progress') lease.over = true;
          lease.onMessage?.(m.message);
        }
      });
      worker.addEventListener('error', (e: Event) => {
        reject(e);
        this.lost(kept, e);
      });
    });
    kept.ready.catch(() => undefined);
    return kept;
  }

  /** A worker that failed (to load, or later): its jobs hear the error, and it is replaced on next use. */
  private lost(kept: Kept, e: unknown): void {
    kept.dead = true;
    kept.worker.terminate();
    const leases = [...kept.jobs.values()];
    kept.jobs.clear();
    for (const lease of leases) {
      if (lease.over) continue;
      lease.over = true;
      lease.onError?.(e);
    }
  }

  /** The engine's `workers` option: `threads` of the kept workers (at most all of them). */
  pool(threads: number): WorkerPool {
    return {
      threads: Math.max(1, Math.min(threads, this.kept.length)),
      create: () => this.lease(),
    };
  }

  /** Jobs posted to the kept workers and not yet over, for each worker (tests read it). */
  get load(): number[] {
    return this.kept.map((k) => k.jobs.size);
  }

  private lease(): WorkerPort {
    let i = 0;
    for (let k = 1; k < this.kept.length; k++) {
      const a = this.kept[k]!;
      const b = this.kept[i]!;
      if (!a.dead && (b.dead || a.jobs.size < b.jobs.size)) i = k;
    }
    if (this.kept[i]!.dead) this.kept[i] = this.spawn();
    const kept = this.kept[i]!;
    const job = this.nextJob++;
    const lease: Lease = { over: false };
    kept.jobs.set(job, lease);
    return {
      post: (request: UncertaintyRequest) => kept.worker.postMessage({ type: 'job', job, request }),
      onMessage: (h) => (lease.onMessage = h),
      onError: (h) => (lease.onError = h),
      terminate: () => {
        if (lease.over) return;
        lease.over = true;
        if (!kept.dead) kept.worker.postMessage({ type: 'cancel', job });
      },
    };
  }

  /** Stops every worker (the studio left the page). */
  close(): void {
    for (const k of this.kept) {
      k.dead = true;
      k.worker.terminate();
    }
  }
}
