import { describe, expect, it } from 'vitest';
import { score, type PipelineConfig, resultsView } from '@takar/core';
import {
  nominalRanks,
  planUncertainty,
  replicationSeed,
  runReplications,
  splitmix32,
  uncertainty,
  type UncertaintyOptions,
} from '../../src/analysis/index.js';
import { nodeWorkerPool } from '../../src/analysis/node-workers.js';
import { asem } from '../helpers/reference.js';
import { randomCase, small, smallData } from './fixtures.js';

const { framework, data } = randomCase(60);
const pipeline: PipelineConfig = {
  impute: { method: 'mean' },
  treat: { method: 'default', winmax: 5 },
  normalise: { method: 'minmax', range: [1, 100] },
};
const spec: Omit<UncertaintyOptions, 'runs' | 'seed'> = {
  pipeline,
  weightNoise: { 2: 0.25, 3: 0.25 },
  normalise: [
    { method: 'minmax', range: [1, 100] },
    { method: 'zscore', meanSd: [10, 2] },
  ],
  aggregate: ['amean', 'gmean'],
  winmax: [1, 2, 3, 4, 5],
  impute: [true, false],
};

/** Ranks of the index from score(), in the plan's unit order. */
function scoredRanks(
  fw: unknown,
  d: unknown,
  p: PipelineConfig,
  units: readonly string[],
): (number | null)[] {
  const r = score(fw, d, { pipeline: p });
  const root = r.framework.nodes.find((n) => n.parent === null)!.code;
  const by = new Map(resultsView(r).rows.map((u) => [u.unit, u.ranks[root] ?? null]));
  return units.map((u) => by.get(u) ?? null);
}
const asNullable = (a: Float64Array): (number | null)[] =>
  Array.from(a, (x) => (Number.isNaN(x) ? null : x));

describe('the lean path', () => {
  it('gives exactly the ranks of score() for the nominal configuration', () => {
    for (const p of [
      pipeline,
      { ...pipeline, aggregate: { method: 'gmean' as const } },
      { ...pipeline, normalise: { method: 'zscore' as const }, treat: { method: 'none' as const } },
      {
        impute: { method: 'none' as const },
        normalise: { method: 'rank' as const },
        aggregate: { method: 'hmean' as const },
      },
    ]) {
      const plan = planUncertainty(framework, data, { pipeline: p });
      expect(asNullable(nominalRanks(plan))).toEqual(scoredRanks(framework, data, p, plan.units));
    }
  });

  it('reproduces score() on COINr ASEM with denominate, group imputation, screening and treatment', () => {
    const asemCase = asem();
    const p: PipelineConfig = {
      denominate: true,
      impute: { method: 'group-mean', group: 'EurAsia_group' },
      screen: { minAvailability: 0.9 },
      treat: { method: 'default', winmax: 5 },
      normalise: { method: 'minmax', range: [0, 100] },
      aggregate: { method: 'amean' },
      order: ['denominate', 'impute', 'screen', 'treat', 'normalise'],
    };
    const plan = planUncertainty(asemCase.meta.framework, asemCase.data, { pipeline: p });
    expect(asNullable(nominalRanks(plan))).toEqual(
      scoredRanks(asemCase.meta.framework, asemCase.data, p, plan.units),
    );
    // Screening before imputation removes units; the lean path follows.
    const screened: PipelineConfig = { ...p, order: undefined, screen: { minAvailability: 0.95 } };
    const plan2 = planUncertainty(asemCase.meta.framework, asemCase.data, { pipeline: screened });
    expect(plan2.units.length).toBeLessThan(51);
    expect(asNullable(nominalRanks(plan2))).toEqual(
      scoredRanks(asemCase.meta.framework, asemCase.data, screened, plan2.units),
    );
  });
});

describe('uncertainty', () => {
  it('is identical for the same seed and differs for another', async () => {
    const a = await uncertainty(framework, data, { ...spec, runs: 60, seed: 11 });
    const b = await uncertainty(framework, data, { ...spec, runs: 60, seed: 11 });
    const c = await uncertainty(framework, data, { ...spec, runs: 60, seed: 12 });
    expect(b).toEqual(a);
    expect(c.units).not.toEqual(a.units);
    expect(a.units.some((u) => u.q05 !== u.q95)).toBe(true);
  });

  it('collapses every interval to the nominal rank when all alternatives are fixed', async () => {
    const fixed = await uncertainty(framework, data, {
      pipeline,
      runs: 20,
      seed: 3,
      weightNoise: { 2: 0 },
      normalise: [{ method: 'minmax', range: [1, 100] }],
      aggregate: ['amean'],
      winmax: [5],
      impute: [true],
    });
    for (const u of fixed.units) {
      expect([u.mean, u.median, u.q05, u.q95, u.min, u.max]).toEqual(Array(6).fill(u.nominal));
    }
    expect(fixed.units.map((u) => u.nominal)).toEqual(
      scoredRanks(
        framework,
        data,
        pipeline,
        fixed.units.map((u) => u.unit),
      ),
    );
  });

  it('summarises hand-checkable replications: two aggregations of the small case', async () => {
    // Both indicators of each dimension span 0–100; with minmax [1, 100] a geometric mean changes the order.
    const r = await uncertainty(small, smallData(), {
      runs: 200,
      seed: 1,
      pipeline: { normalise: { method: 'minmax', range: [1, 100] } },
      aggregate: ['amean', 'gmean'],
      keepRanks: true,
    });
    const amean = scoredRanks(
      small,
      smallData(),
      { normalise: { method: 'minmax', range: [1, 100] } },
      r.units.map((u) => u.unit),
    );
    const gmean = scoredRanks(
      small,
      smallData(),
      { normalise: { method: 'minmax', range: [1, 100] }, aggregate: { method: 'gmean' } },
      r.units.map((u) => u.unit),
    );
    expect(r.units.map((u) => u.nominal)).toEqual(amean);
    // Every replication is one of the two rankings, and each appears.
    const rows = Array.from({ length: 200 }, (_v, i) =>
      Array.from(r.ranks!.subarray(i * 5, i * 5 + 5)),
    );
    expect(
      rows.every(
        (row) =>
          JSON.stringify(row) === JSON.stringify(amean) ||
          JSON.stringify(row) === JSON.stringify(gmean),
      ),
    ).toBe(true);
    const share = rows.filter((row) => JSON.stringify(row) === JSON.stringify(gmean)).length / 200;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
    r.units.forEach((u, j) => {
      expect(u.min).toBe(Math.min(amean[j]!, gmean[j]!));
      expect(u.max).toBe(Math.max(amean[j]!, gmean[j]!));
    });
  });

  it('does not depend on how replications are split', () => {
    const plan = planUncertainty(framework, data, spec);
    const whole = runReplications(plan, 5, 0, 40);
    const parts = [
      runReplications(plan, 5, 0, 13),
      runReplications(plan, 5, 13, 31),
      runReplications(plan, 5, 31, 40),
    ];
    expect(Float64Array.from(parts.flatMap((p) => Array.from(p)))).toEqual(whole);
  });

  it('gives the same results on worker threads as on one thread', async () => {
    const one = await uncertainty(framework, data, { ...spec, runs: 30, seed: 9 });
    const seen: number[] = [];
    const two = await uncertainty(framework, data, {
      ...spec,
      runs: 30,
      seed: 9,
      workers: nodeWorkerPool(2),
      onProgress: (d) => seen.push(d),
    });
    expect(two).toEqual(one);
    expect(seen.at(-1)).toBe(30);
  }, 60_000);

  it('reports progress and can be cancelled', async () => {
    const seen: number[] = [];
    await uncertainty(small, smallData(), {
      runs: 120,
      seed: 1,
      onProgress: (d, t) => seen.push(d / t),
    });
    expect(seen).toEqual([50 / 120, 100 / 120, 1]);
    const ctrl = new AbortController();
    const run = uncertainty(framework, data, {
      ...spec,
      runs: 500,
      seed: 1,
      signal: ctrl.signal,
      onProgress: () => ctrl.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects nonsense with messages saying what to give', async () => {
    await expect(uncertainty(small, smallData(), { runs: 0, seed: 1 })).rejects.toThrow(
      /runs must be a whole number/,
    );
    await expect(
      uncertainty(small, smallData(), { runs: 5, seed: 1, weightNoise: { 7: 0.2 } }),
    ).rejects.toThrow(/no nodes at level 7/);
    await expect(
      uncertainty(small, smallData(), { runs: 5, seed: 1, aggregate: ['gmean'] }),
    ).rejects.toThrow(/needs values > 0/);
  });
});

describe('seeds', () => {
  it('derive each replication from (seed, index) and spread well', () => {
    expect(replicationSeed(1, 0)).not.toBe(replicationSeed(1, 1));
    expect(replicationSeed(1, 0)).not.toBe(replicationSeed(2, 0));
    const rnd = splitmix32(123);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) sum += rnd();
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});
