import { describe, expect, it } from 'vitest';
import { score } from '@takar/core';
import {
  audit,
  averageRanks,
  cronbachAlpha,
  kendall,
  pearson,
  spearman,
  splitmix32,
} from '../../src/analysis/index.js';
import { asem, mismatches, printTies, readRef } from '../helpers/reference.js';
import { SMALL_VALUES, small, smallData } from './fixtures.js';

/** Kendall's tau-b by definition, O(n²), as the check of the O(n log n) version. */
function kendallBrute(x: number[], y: number[]): number {
  let c = 0;
  let d = 0;
  let tx = 0;
  let ty = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const s = Math.sign(x[i]! - x[j]!) * Math.sign(y[i]! - y[j]!);
      if (s > 0) c++;
      else if (s < 0) d++;
      else if (x[i] === x[j] && y[i] !== y[j]) tx++;
      else if (y[i] === y[j] && x[i] !== x[j]) ty++;
    }
  }
  return (c - d) / Math.sqrt((c + d + tx) * (c + d + ty));
}

describe('correlations', () => {
  it('match hand-checked values (R: cor(x, y, method = …))', () => {
    expect(pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 14);
    expect(spearman([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 14);
    expect(kendall([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.6, 14);
    // With ties: 3 concordant, 1 discordant, 1 pair tied in x only, 1 in y only → 2 / √(5 · 5) = 0.4.
    expect(kendall([1, 2, 2, 3], [1, 3, 2, 2])).toBeCloseTo(0.4, 14);
    expect(averageRanks(Float64Array.of(10, 30, 30, 5, NaN))).toEqual(
      Float64Array.of(2, 3.5, 3.5, 1, NaN),
    );
  });

  it('skip pairs with a missing value', () => {
    expect(pearson([1, 2, NaN, 3], [2, 4, 100, 6])).toBeCloseTo(1, 14);
    expect(Number.isNaN(pearson([1, 1, 1], [1, 2, 3]))).toBe(true);
  });

  it('Kendall tau-b equals its definition on random data with many ties', () => {
    const rnd = splitmix32(4);
    for (let t = 0; t < 20; t++) {
      const n = 5 + Math.floor(rnd() * 60);
      const x = Array.from({ length: n }, () => Math.floor(rnd() * 6));
      const y = Array.from({ length: n }, () => Math.floor(rnd() * 4));
      expect(kendall(x, y)).toBeCloseTo(kendallBrute(x, y), 12);
    }
  });
});

describe('cronbachAlpha', () => {
  it('is k/(k−1)·(1 − Σ var / var of the sum) over complete units', () => {
    expect(cronbachAlpha([Float64Array.of(1, 2, 3), Float64Array.of(2, 3, 4)]).alpha).toBeCloseTo(
      1,
      14,
    );
    // var 5/3 each, sum 3, 3, 7, 7 has var 16/3: α = 2 (1 − (10/3)/(16/3)) = 0.75.
    const a = cronbachAlpha([Float64Array.of(1, 2, 3, 4, NaN), Float64Array.of(2, 1, 4, 3, 9)]);
    expect(a.units).toBe(4);
    expect(a.alpha).toBeCloseTo(0.75, 14);
  });
});

describe('audit', () => {
  const report = audit(score(small, smallData()));

  it('flags negative correlations within groups', () => {
    // a1·a2: r = −3750/6250 = −0.6; b1·b2: −1000/√(7000·5500); a·b: −1250/√(1250·2625).
    expect(report.flags.map((f) => [f.group, f.a, f.b, f.kind])).toEqual([
      ['a', 'a1', 'a2', 'negative'],
      ['b', 'b1', 'b2', 'negative'],
      ['idx', 'a', 'b', 'negative'],
    ]);
    expect(report.flags[0]?.r).toBeCloseTo(-0.6, 14);
    expect(report.flags[1]?.r).toBeCloseTo(-1000 / Math.sqrt(7000 * 5500), 14);
  });

  it('flags redundant pairs above the threshold', () => {
    const r = audit(
      small,
      smallData({
        values: {
          u1: { a1: 1, a2: 2, b1: 1, b2: 5 },
          u2: { a1: 2, a2: 4.1, b1: 2, b2: 1 },
          u3: { a1: 3, a2: 6, b1: 4, b2: 2 },
        },
      }),
    );
    expect(r.flags.filter((f) => f.kind === 'redundant').map((f) => [f.a, f.b])).toEqual([
      ['a1', 'a2'],
    ]);
  });

  it('gives correlations with the parent, alpha, effective weights and the removal impact', () => {
    expect(report.correlations.pearson.codes).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(report.correlations.pearson.matrix[0]?.[1]).toBeCloseTo(-0.6, 14);
    expect(report.withParent.find((w) => w.code === 'a')?.pearson).toBeCloseTo(
      pearson([50, 75, 25, 50, 50], [62.5, 50, 50, 37.5, 56.25]),
      14,
    );
    expect(report.alpha.map((a) => a.group)).toEqual(['a', 'b', 'idx']);
    expect(report.effectiveWeights).toMatchObject({ idx: 1, a: 0.5, a1: 0.25, b2: 0.25 });
    // Without a, the index is b: ranks 1, 4, 1, 4, 3 against 1, 3, 3, 5, 2 → |Δ| 0, 1, 2, 1, 1.
    expect(report.removal?.find((r) => r.code === 'a')).toEqual({
      code: 'a',
      meanAbsRankChange: 1,
      maxAbsRankChange: 2,
    });
    expect(report.indicators.find((i) => i.code === 'a1')).toMatchObject({
      min: 0,
      max: 100,
      mean: 50,
      median: 50,
      nAvail: 5,
    });
  });

  it('matches COINr get_stats on the raw ASEM data (ref_raw_stats.csv)', () => {
    const { meta, data } = asem();
    const a = audit(meta.framework, data);
    const stats = new Map(a.indicators.map((i) => [i.code, i]));
    const field = {
      Min: 'min',
      Max: 'max',
      Mean: 'mean',
      Median: 'median',
      Std: 'sd',
      Skew: 'skew',
      Kurt: 'kurt',
      'N.Avail': 'nAvail',
      'N.NonZero': 'nNonZero',
      'N.Unique': 'nUnique',
      'N.Same': 'nSame',
      'Frc.Avail': 'frcAvail',
      'Frc.NonZero': 'frcNonZero',
      'Frc.Unique': 'frcUnique',
      'Frc.Same': 'frcSame',
    } as const;
    // data.csv has 15 significant digits: TolMin's distinct-value count is the one thing it cannot carry.
    const ties = printTies(data);
    expect(
      mismatches(
        'ref_raw_stats.csv',
        (code, c) => stats.get(code)?.[field[c as keyof typeof field]] as number,
        {
          columns: Object.keys(field),
          excuse: (code, c) => ties.has(code) && (c === 'N.Unique' || c === 'Frc.Unique'),
        },
      ),
    ).toEqual([]);
    const flags = {
      'Flag.Avail': 'flagAvail',
      'Flag.NonZero': 'flagNonZero',
      'Flag.Unique': 'flagUnique',
      'Flag.SkewKurt': 'flagSkewKurt',
    } as const;
    const wrong = [...readRef('ref_raw_stats.csv').rows].flatMap(([code, row]) =>
      Object.entries(flags)
        .filter(([f, k]) => stats.get(code)?.[k] !== row.get(f))
        .map(([f]) => `${code}/${f}`),
    );
    expect(wrong).toEqual([]);
    expect(a.indicators).toHaveLength(49);
    expect(a.removal?.length).toBeGreaterThan(49);
  });

  it('says when results alone cannot be rescored for the removal test', () => {
    const { meta, data } = asem();
    const r = score(meta.framework, data, { pipeline: { denominate: true } });
    const a = audit(r);
    expect(a.removal).toBeNull();
    expect(a.notes[0]).toMatch(/denominated/);
    expect(audit(r, { data }).removal).not.toBeNull();
  });

  it('shows the statistics on the correlations’ basis, with the raw ones beside them', () => {
    // Totals 10, 40, 90 over populations 10, 20, 30 are 1, 2, 3 per person; with min-max the
    // scores are 0, 50, 100. The raw mean is 140/3, the scored mean 50; y is the reverse.
    const framework = {
      id: 'per-capita',
      version: '1',
      label: { id: 'Per kapita' },
      nodes: [
        { code: 'idx', parent: null, type: 'aggregate' as const, label: { id: 'I' } },
        {
          code: 'x',
          parent: 'idx',
          type: 'indicator' as const,
          label: { id: 'X' },
          denominator: 'pop',
        },
        {
          code: 'y',
          parent: 'idx',
          type: 'indicator' as const,
          label: { id: 'Y' },
          direction: -1 as const,
        },
      ],
    };
    const data = {
      units: [10, 20, 30].map((pop, i) => ({
        code: `u${i + 1}`,
        name: `U${i + 1}`,
        denominators: { pop },
      })),
      values: [
        ...[10, 40, 90].map((value, i) => ({ unit: `u${i + 1}`, indicator: 'x', value })),
        ...[3, 2, 1].map((value, i) => ({ unit: `u${i + 1}`, indicator: 'y', value })),
      ],
    };
    const a = audit(framework, data, { pipeline: { denominate: true }, removal: false });
    const x = a.indicators.find((i) => i.code === 'x')!;
    expect([x.min, x.max, x.mean]).toEqual([10, 90, 140 / 3]);
    expect([x.scored.min, x.scored.max, x.scored.mean, x.scored.median]).toEqual([0, 100, 50, 50]);
    expect(x.scored.skew).toBeCloseTo(0, 14);
    // the raw totals are skewed (10, 40, 90), the per-capita scores are not
    expect(x.skew).toBeGreaterThan(0.5);
    const y = a.indicators.find((i) => i.code === 'y')!;
    // direction −1: the lowest raw value scores highest
    expect([y.min, y.max]).toEqual([1, 3]);
    expect([y.scored.min, y.scored.max, y.scored.nAvail]).toEqual([0, 100, 3]);
    expect(a.correlations.pearson.matrix[0]?.[1]).toBeCloseTo(1, 14);
    expect(a.basis).toEqual({
      statistics: 'raw',
      correlations: 'scores',
      stages: ['denominate', 'normalise (minmax)'],
      rawUnits: 3,
      scoredUnits: 3,
    });
  });

  it('counts raw statistics over every unit and scored ones over the units left after screening', () => {
    const data = smallData({
      values: { ...SMALL_VALUES, u6: { a1: 10 } },
    });
    const a = audit(small, data, {
      pipeline: { screen: { minAvailability: 0.5 } },
      removal: false,
    });
    expect(a.basis.rawUnits).toBe(6);
    expect(a.basis.scoredUnits).toBe(5);
    expect(a.basis.stages).toEqual(['screen', 'normalise (minmax)']);
    const a1 = a.indicators.find((i) => i.code === 'a1')!;
    expect([a1.nAvail, a1.scored.nAvail]).toEqual([6, 5]);
  });
});
