import { describe, expect, it } from 'vitest';
import type { UncertaintyRequest, UncertaintyResponse } from '../../src/analysis/index.js';
import {
  handleUncertaintyRequest,
  handleUncertaintyRequestInSlices,
} from '../../src/analysis/index.js';
import { small, smallData } from './fixtures.js';

const request = (over: Partial<UncertaintyRequest> = {}): UncertaintyRequest => ({
  type: 'uncertainty',
  framework: small,
  data: smallData(),
  spec: {
    aggregate: ['amean', 'gmean'],
    pipeline: { normalise: { method: 'minmax', range: [1, 100] } },
    weightNoise: { 1: 0.25 },
  },
  seed: 9,
  start: 3,
  end: 80,
  ...over,
});

function collect(): { posted: UncertaintyResponse[]; post: (m: UncertaintyResponse) => void } {
  const posted: UncertaintyResponse[] = [];
  return { posted, post: (m) => posted.push(m) };
}

describe('handleUncertaintyRequestInSlices', () => {
  it('posts what handleUncertaintyRequest posts, ranks bit for bit, pausing between slices', async () => {
    const whole = collect();
    handleUncertaintyRequest(request(), whole.post);
    const sliced = collect();
    let pauses = 0;
    const outcome = await handleUncertaintyRequestInSlices(request(), sliced.post, {
      pause: async () => void pauses++,
    });
    expect(outcome).toBe('done');
    // 77 replications in slices of 25: 4 slices, 3 pauses between them.
    expect(pauses).toBe(3);
    expect(sliced.posted).toEqual(whole.posted);
    const ranks = (m: UncertaintyResponse[]) =>
      (m.find((x) => x.type === 'result') as { ranks: Float64Array }).ranks;
    expect(Buffer.from(ranks(sliced.posted).buffer)).toEqual(
      Buffer.from(ranks(whole.posted).buffer),
    );
    // Another slice size gives the same ranks and skipped counts.
    const seven = collect();
    await handleUncertaintyRequestInSlices(request(), seven.post, { slice: 7 });
    expect(seven.posted.at(-1)).toEqual(whole.posted.at(-1));
  });

  it('stops before the next slice once cancelled, and posts nothing more', async () => {
    const { posted, post } = collect();
    let stop = false;
    const outcome = await handleUncertaintyRequestInSlices(request(), post, {
      slice: 10,
      cancelled: () => stop,
      pause: async () => {
        stop = posted.length >= 2;
      },
    });
    expect(outcome).toBe('cancelled');
    expect(posted.map((m) => m.type)).toEqual(['progress', 'progress']);
    expect(posted.map((m) => (m as { done: number }).done)).toEqual([10, 20]);
  });

  it('posts the engine error, with its issues, as the whole handler does', async () => {
    const bad = request({ framework: { id: 'x', nodes: [] } });
    const whole = collect();
    handleUncertaintyRequest(bad, whole.post);
    const sliced = collect();
    expect(await handleUncertaintyRequestInSlices(bad, sliced.post)).toBe('done');
    expect(sliced.posted).toEqual(whole.posted);
    expect(sliced.posted[0]).toMatchObject({ type: 'error' });
  });
});
