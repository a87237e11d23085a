import { describe, expect, it, vi } from 'vitest';
import type { UncertaintyResponse } from '../../src/analysis/index.js';
import { planUncertainty, runReplications } from '../../src/analysis/index.js';
import { small, smallData } from './fixtures.js';

describe('the Web Worker entry', () => {
  it('answers a request with progress and the ranks of its replications', async () => {
    const posted: UncertaintyResponse[] = [];
    let listener: ((e: { data: unknown }) => void) | undefined;
    const g = globalThis as unknown as Record<string, unknown>;
    g.addEventListener = vi.fn(
      (_type: string, l: (e: { data: unknown }) => void) => (listener = l),
    );
    g.postMessage = vi.fn((m: UncertaintyResponse) => posted.push(m));
    try {
      await import('../../src/analysis/uncertainty-worker.js');
      const spec = {
        aggregate: ['amean' as const, 'gmean' as const],
        pipeline: { normalise: { method: 'minmax' as const, range: [1, 100] as [number, number] } },
      };
      listener?.({
        data: {
          type: 'uncertainty',
          framework: small,
          data: smallData(),
          spec,
          seed: 4,
          start: 10,
          end: 40,
        },
      });
      const result = posted.find((m) => m.type === 'result');
      expect(
        posted.filter((m) => m.type === 'progress').map((m) => (m as { done: number }).done),
      ).toEqual([25, 30]);
      expect(result).toMatchObject({ type: 'result', start: 10, end: 40, units: 5 });
      const plan = planUncertainty(small, smallData(), spec);
      expect((result as { ranks: Float64Array }).ranks).toEqual(runReplications(plan, 4, 10, 40));
      listener?.({
        data: {
          type: 'uncertainty',
          framework: small,
          data: smallData(),
          spec: { aggregate: ['gmean'] },
          seed: 4,
          start: 0,
          end: 2,
        },
      });
      // A replication that cannot be computed is skipped and its reason counted…
      expect(posted.at(-1)).toMatchObject({
        type: 'result',
        skipped: [[expect.stringMatching(/^gmean needs values > 0 after /), 2]],
      });
      // …unless the request is strict.
      listener?.({
        data: {
          type: 'uncertainty',
          framework: small,
          data: smallData(),
          spec: { aggregate: ['gmean'] },
          seed: 4,
          start: 0,
          end: 2,
          strict: true,
        },
      });
      expect(posted.at(-1)).toMatchObject({
        type: 'error',
        issues: [{ code: 'pipeline/non-positive-for-geometric' }],
      });
    } finally {
      delete g.addEventListener;
      delete g.postMessage;
    }
  });
});
