/*
 * Node-only: worker threads for the uncertainty analysis. Import from
 * `@takar/core/analysis/node-workers` (not re-exported by the browser-safe entry).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { UncertaintyResponse, WorkerPool } from './worker-protocol.js';

/**
 * Options of {@link nodeWorkerPool}.
 *
 * @category Analyse
 */
export interface NodeWorkerPoolOptions {
  /** Node flags for the threads (default: the parent's). */
  execArgv?: string[];
  /** The worker module to run (default: `node-uncertainty-worker.js` beside this file). */
  entry?: URL;
}

/**
 * A pool of Node worker threads for `uncertainty()`: each thread computes a contiguous range of
 * replications; results do not depend on the number of threads.
 *
 * @param threads - number of threads; default the machine's available parallelism
 *
 * @example
 * ```ts
 * import { nodeWorkerPool } from '@takar/core/analysis/node-workers';
 * await uncertainty(framework, data, { runs: 1000, seed: 1, workers: nodeWorkerPool(2) });
 * ```
 *
 * @category Analyse
 */
export function nodeWorkerPool(
  threads = availableParallelism(),
  options: NodeWorkerPoolOptions = {},
): WorkerPool {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const entry = options.entry ?? new URL(`./node-uncertainty-worker${ext}`, import.meta.url);
  return {
    threads,
    create() {
      const [source, how] = workerSource(entry);
      const w = new Worker(source, {
        ...how,
        ...(options.execArgv ? { execArgv: options.execArgv } : {}),
      });
      return {
        post: (m) => w.postMessage(m),
        onMessage: (h) => w.on('message', (m: UncertaintyResponse) => h(m)),
        onError: (h) => w.on('error', h),
        terminate: () => void w.terminate(),
      };
    },
  };
}

/**
 * The worker to start: a JavaScript entry as is; a TypeScript one (tests, `tsx`) through a
 * bootstrap that registers tsx's loader in the thread first, since Node 20 threads do not inherit
 * the parent's module hooks. Starting from sources costs about a second per thread (transpiling).
 */
function workerSource(entry: URL): [URL | string, { eval?: true }] {
  if (!entry.pathname.endsWith('.ts')) return [entry, {}];
  const tsx = import.meta.resolve('tsx/esm/api');
  return [
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`,
    { eval: true },
  ];
}
