// Normalisation across the years of a panel: parameters fixed once from all years pooled, so a
// unit whose every indicator improves never shows a lower index (property test), while per-year
// min-max can show one (the case the analyst found).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poolAcrossYears, runPipeline, type Dataset, type NormaliseSpec } from '@takar/core';

const framework = {
  id: 'panel',
  version: '1',
  label: { id: 'Panel' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'a', parent: 'idx', type: 'indicator', label: { id: 'A' } },
    { code: 'b', parent: 'idx', type: 'indicator', label: { id: 'B' }, weight: 2 },
    { code: 'c', parent: 'idx', type: 'indicator', label: { id: 'C' }, direction: -1 },
  ],
};
const INDICATORS = ['a', 'b', 'c'] as const;

function panel(values: Record<string, Record<number, [number, number, number]>>): Dataset {
  const units = Object.keys(values).map((code) => ({ code, name: code }));
  const rows = Object.entries(values).flatMap(([unit, byYear]) =>
    Object.entries(byYear).flatMap(([year, v]) =>
      INDICATORS.map((indicator, k) => ({
        unit,
        indicator,
        year: Number(year),
        value: v[k] as number,
      })),
    ),
  );
  return { units, values: rows };
}

const index = (data: Dataset, year: number, normalise: NormaliseSpec, unit: string): number => {
  const run = runPipeline(framework, data, { year, pipeline: { normalise } });
  const i = run.units.findIndex((u) => u.code === unit);
  return (run.scores?.get('idx') as Float64Array)[i] as number;
};

describe('poolAcrossYears', () => {
  // u1 improves a and b and holds c; the others improve far more, so per-year min-max pushes u1 down.
  const data = panel({
    u1: { 2023: [5, 5, 5], 2024: [6, 6, 5] },
    u2: { 2023: [1, 1, 9], 2024: [9, 9, 1] },
    u3: { 2023: [9, 9, 1], 2024: [10, 10, 0] },
  });

  it('fixes min and max once from all years, on direction-adjusted values, and records them', () => {
    const spec = poolAcrossYears(framework, data, [2023, 2024], {
      pipeline: { normalise: { method: 'minmax' } },
    });
    expect(spec).toEqual({
      method: 'minmax',
      across: 'years',
      pooled: { a: [1, 10], b: [1, 10], c: [-9, 0] },
    });
    const run = runPipeline(framework, data, { year: 2024, pipeline: { normalise: spec } });
    expect(run.stages.find((s) => s.stage === 'normalise')?.params).toMatchObject({
      across: 'years',
    });
    // a of u1 in 2024: (6 − 1) / (10 − 1) × 100
    expect(run.indicators.get('a')?.[0]).toBeCloseTo((5 / 9) * 100, 12);
  });

  it('shows the improving unit higher with pooling, lower with per-year min-max', () => {
    const minmax = { method: 'minmax' } as const;
    const spec = poolAcrossYears(framework, data, [2023, 2024], {
      pipeline: { normalise: minmax },
    });
    expect(index(data, 2024, spec, 'u1')).toBeGreaterThan(index(data, 2023, spec, 'u1'));
    expect(index(data, 2024, minmax, 'u1')).toBeLessThan(index(data, 2023, minmax, 'u1'));
  });

  it('gives per-year min-max when there is one year', () => {
    const one = panel({
      u1: { 2024: [1, 2, 3] },
      u2: { 2024: [4, 6, 5] },
      u3: { 2024: [2, 9, 1] },
    });
    const spec = poolAcrossYears(framework, one, [2024], {
      pipeline: { normalise: { method: 'minmax' } },
    });
    for (const u of ['u1', 'u2', 'u3'])
      expect(index(one, 2024, spec, u)).toBeCloseTo(index(one, 2024, { method: 'minmax' }, u), 12);
  });

  it('refuses methods that rank each year on its own', () => {
    expect(() =>
      poolAcrossYears(framework, data, [2023, 2024], {
        pipeline: { normalise: { method: 'rank' } },
      }),
    ).toThrow(/needs a method with one scale for every year \(none, minmax, zscore or goalposts\)/);
  });

  it('never shows a lower index for a unit whose every indicator improves (min-max and z-score)', () => {
    const level = fc.integer({ min: 0, max: 100 });
    const triple = fc.tuple(level, level, level);
    fc.assert(
      fc.property(
        fc.array(fc.array(triple, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 6 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 20 }),
            fc.integer({ min: 0, max: 20 }),
            fc.integer({ min: 0, max: 20 }),
          ),
          {
            minLength: 2,
            maxLength: 2,
          },
        ),
        triple,
        fc.constantFrom<NormaliseSpec>({ method: 'minmax' }, { method: 'zscore' }),
        (others, steps, start, normalise) => {
          // The improving unit: a and b up (or equal), c (lower is better) down (or equal).
          const mine: Record<number, [number, number, number]> = {};
          let [a, b, c] = start;
          for (let t = 0; t < 3; t++) {
            mine[2022 + t] = [a, b, c];
            const s = steps[t] ?? [0, 0, 0];
            a += s[0];
            b += s[1];
            c -= s[2];
          }
          const values: Record<string, Record<number, [number, number, number]>> = { me: mine };
          others.forEach((years, i) => {
            values[`u${i}`] = { 2022: years[0]!, 2023: years[1]!, 2024: years[2]! };
          });
          const d = panel(values);
          let spec;
          try {
            spec = poolAcrossYears(framework, d, [2022, 2023, 2024], { pipeline: { normalise } });
          } catch {
            return true; // every value equal: nothing to scale
          }
          const scores = [2022, 2023, 2024].map((y) => index(d, y, spec, 'me'));
          for (let t = 1; t < 3; t++) if (scores[t]! < scores[t - 1]! - 1e-9) return false;
          return true;
        },
      ),
      { numRuns: 150, seed: 15 },
    );
  });
});
