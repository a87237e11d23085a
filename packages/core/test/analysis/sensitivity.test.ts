import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../src/analysis/index.js';
import { randomCase, small, smallData } from './fixtures.js';

// Complete data: imputation on or off changes nothing; the normalisation changes the ranking.
const { framework, data } = randomCase(60, 3, 2, 3, 21, 0);
const spec = {
  pipeline: { normalise: { method: 'minmax' as const, range: [1, 100] as [number, number] } },
  normalise: [
    { method: 'minmax' as const, range: [1, 100] as [number, number] },
    { method: 'rank' as const },
  ],
  impute: [true, false],
};

describe('sensitivity', () => {
  it('gives an input with no effect indices ≈ 0 and the input that drives everything ≈ 1', async () => {
    const s = await sensitivity(framework, data, {
      ...spec,
      samples: 300,
      seed: 1,
      bootstrap: 200,
    });
    expect(s.runs).toBe(300 * 4);
    expect(s.variance).toBeGreaterThan(0);
    const imp = s.factors.find((f) => f.factor === 'impute')!;
    const norm = s.factors.find((f) => f.factor === 'normalise')!;
    // ST of a no-effect input is exactly 0 (f(A) = f(A_B) row by row); S only up to sampling noise.
    expect(imp.total).toBe(0);
    expect(Math.abs(imp.first!)).toBeLessThan(0.2);
    expect(imp.firstCI![0]).toBeLessThanOrEqual(0);
    expect(imp.firstCI![1]).toBeGreaterThanOrEqual(0);
    // S of the only active input is exactly 1 (f(A_B) = f(B)); ST ≈ 1.
    expect(norm.first).toBe(1);
    expect(norm.total!).toBeGreaterThan(0.8);
    expect(norm.total!).toBeLessThan(1.2);
    expect(norm.totalCI![0]).toBeLessThanOrEqual(norm.total!);
    expect(norm.totalCI![1]).toBeGreaterThanOrEqual(norm.total!);
  });

  it('is reproducible for a seed and lists only inputs that vary', async () => {
    const a = await sensitivity(framework, data, { ...spec, samples: 40, seed: 3, bootstrap: 50 });
    const b = await sensitivity(framework, data, { ...spec, samples: 40, seed: 3, bootstrap: 50 });
    expect(b).toEqual(a);
    expect(a.factors.map((f) => f.factor)).toEqual(['impute', 'normalise']);
    const w = await sensitivity(framework, data, {
      ...spec,
      weightNoise: { 3: 0.5 },
      samples: 40,
      seed: 3,
      bootstrap: 50,
    });
    expect(w.factors.map((f) => f.factor)).toEqual(['impute', 'normalise', 'weights:3']);
  });

  it('refuses a run where nothing varies', async () => {
    await expect(sensitivity(small, smallData(), { samples: 10, seed: 1 })).rejects.toThrow(
      /No assumption varies/,
    );
  });
});
