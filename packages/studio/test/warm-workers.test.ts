// The studio's kept uncertainty workers (warm-workers.ts), with fake workers that the test drives:
// leases, cancels instead of terminations, and a worker that fails.
import { describe, expect, it } from 'vitest';
import type { UncertaintyRequest, UncertaintyResponse } from '@takar/core';
import { WarmWorkers, type WorkerLike } from '../src/warm-workers.js';
import type { WorkerIn, WorkerOut } from '../src/uncertainty-worker.js';

class FakeWorker implements WorkerLike {
  readonly posted: WorkerIn[] = [];
  terminated = false;
  private readonly listeners: {
    message: ((e: { data: WorkerOut }) => void)[];
    error: ((e: Event) => void)[];
  } = {
    message: [],
    error: [],
  };
  postMessage(message: WorkerIn): void {
    this.posted.push(message);
  }
  addEventListener(type: 'message' | 'error', listener: (e: never) => void): void {
    this.listeners[type].push(listener as never);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(data: WorkerOut): void {
    for (const l of this.listeners.message) l({ data });
  }
  fail(): void {
    for (const l of this.listeners.error) l(new Event('error'));
  }
}

const REQUEST = { type: 'uncertainty', start: 0, end: 10 } as unknown as UncertaintyRequest;
const progress = (done: number): UncertaintyResponse => ({ type: 'progress', done }) as never;
const result = { type: 'result', ranks: new ArrayBuffer(0) } as unknown as UncertaintyResponse;

function warm(size: number) {
  const started: FakeWorker[] = [];
  const pool = new WarmWorkers(
    new URL('http://studio.test/dist/uncertainty-worker.js'),
    size,
    () => {
      const w = new FakeWorker();
      started.push(w);
      return w;
    },
  );
  return { pool, started };
}

describe('WarmWorkers', () => {
  it('starts its workers once, is ready when each has loaded the engine, and gives at most that many threads', async () => {
    const { pool, started } = warm(2);
    expect(started).toHaveLength(2);
    let ready = false;
    void pool.ready.then(() => (ready = true));
    started[0]!.send({ type: 'ready' });
    await Promise.resolve();
    expect(ready).toBe(false);
    started[1]!.send({ type: 'ready' });
    await pool.ready;
    expect(ready).toBe(true);
    expect(pool.pool(8).threads).toBe(2);
    expect(pool.pool(1).threads).toBe(1);
  });

  it('spreads the jobs, passes on each job its own messages until its result, and cancels instead of terminating', () => {
    const { pool, started } = warm(2);
    const workers = pool.pool(2);
    const a = workers.create();
    const b = workers.create();
    const heard: { a: unknown[]; b: unknown[] } = { a: [], b: [] };
    a.onMessage((m) => heard.a.push(m));
    b.onMessage((m) => heard.b.push(m));
    a.post(REQUEST);
    b.post(REQUEST);
    // One job on each worker.
    expect(pool.load).toEqual([1, 1]);
    const jobA = started[0]!.posted[0] as Extract<WorkerIn, { type: 'job' }>;
    const jobB = started[1]!.posted[0] as Extract<WorkerIn, { type: 'job' }>;
    expect([jobA.type, jobB.type]).toEqual(['job', 'job']);
    expect(jobA.job).not.toBe(jobB.job);
    started[0]!.send({ type: 'job', job: jobA.job, message: progress(5) });
    started[0]!.send({ type: 'job', job: jobA.job, message: result });
    // After its result, nothing more of that job is passed on.
    started[0]!.send({ type: 'job', job: jobA.job, message: progress(9) });
    expect(heard.a).toEqual([progress(5), result]);
    expect(heard.b).toEqual([]);
    started[0]!.send({ type: 'idle', job: jobA.job });
    expect(pool.load).toEqual([0, 1]);
    // Dropping b: a cancel is posted, the worker is kept, and its late messages are not passed on.
    b.terminate();
    expect(started[1]!.posted[1]).toEqual({ type: 'cancel', job: jobB.job });
    expect(started[1]!.terminated).toBe(false);
    started[1]!.send({ type: 'job', job: jobB.job, message: progress(3) });
    expect(heard.b).toEqual([]);
    started[1]!.send({ type: 'idle', job: jobB.job });
    expect(pool.load).toEqual([0, 0]);
    expect(started).toHaveLength(2);
  });

  it('tells the jobs of a worker that fails, and replaces that worker on next use', async () => {
    const { pool, started } = warm(1);
    const port = pool.pool(1).create();
    const errors: unknown[] = [];
    port.onError((e) => errors.push(e));
    port.post(REQUEST);
    started[0]!.fail();
    await expect(pool.ready).rejects.toBeInstanceOf(Event);
    expect(errors).toHaveLength(1);
    expect(started[0]!.terminated).toBe(true);
    expect(pool.load).toEqual([0]);
    const next = pool.pool(1).create();
    expect(started).toHaveLength(2);
    next.post(REQUEST);
    expect(started[1]!.posted[0]?.type).toBe('job');
    pool.close();
    expect(started[1]!.terminated).toBe(true);
  });
});
