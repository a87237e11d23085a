import { describe, expect, it } from 'vitest';
import { TakarError, score } from '@takar/core';
import { trend } from '../../src/analysis/index.js';
import { SMALL_VALUES, small, smallData } from './fixtures.js';

// 2023: the fixture without u5, plus u9 (later split into u5 and u6... only u5 appears in 2024).
const values2023 = {
  ...SMALL_VALUES,
  u2: { a1: 50, a2: 100, b1: 0, b2: 0 },
  u9: { a1: 10, a2: 10, b1: 10, b2: 10 },
};
const y2023 = score(small, smallData({ year: 2023, values: values2023, omit: ['u5'] }), {
  year: 2023,
});
const y2024 = score(small, smallData({ year: 2024 }), { year: 2024 });

describe('trend', () => {
  it('orders years and gives per-node series for every unit, with nulls where absent', () => {
    const t = trend([y2024, y2023]);
    expect(t.years).toEqual([2023, 2024]);
    const u5 = t.units.find((u) => u.unit === 'u5');
    expect(u5?.years).toEqual([2024]);
    expect(u5?.series.idx).toEqual([
      { year: 2023, score: null, rank: null },
      { year: 2024, score: 56.25, rank: 2 },
    ]);
    expect(t.units.find((u) => u.unit === 'u9')?.series.idx?.[1]).toEqual({
      year: 2024,
      score: null,
      rank: null,
    });
  });

  it('computes the change and the improvement (final minus previous final)', () => {
    // u2 2023: a 75, b 0 → idx 37.5; with u1 62.5, u3 50, u4 37.5, u9 10, u2 and u4 share rank 3.
    // 2024: idx 50, rank 3.
    const u2 = trend([y2023, y2024]).units.find((u) => u.unit === 'u2');
    expect(u2?.series.idx?.map((p) => p.rank)).toEqual([3, 3]);
    expect(u2?.improvement).toBe(12.5);
    expect(u2?.change.b).toEqual({ score: 25, rank: 1 }); // b: 0 (rank 5) → 25 (rank 4, tied with u4)
  });

  it('lists movers up and down', () => {
    const t = trend([y2023, y2024]);
    // idx ranks 2023: u1 1, u3 2, u2 3, u4 3, u9 5.   2024: u1 1, u5 2, u2 3, u3 3, u4 5.
    expect(t.movers.up).toEqual([]);
    expect(t.movers.down.map((m) => [m.unit, m.fromRank, m.toRank, m.rankChange])).toEqual([
      ['u4', 3, 5, -2],
      ['u3', 2, 3, -1],
    ]);
  });

  it('reports units that appear, disappear or split, never dropping them', () => {
    const t = trend([y2023, y2024], { splits: { u9: ['u5', 'u6'] } });
    expect(t.changes).toEqual([
      {
        from: 2023,
        to: 2024,
        appeared: ['u5'],
        disappeared: ['u9'],
        splits: [{ from: 'u9', into: ['u5'] }],
      },
    ]);
    expect(t.units.map((u) => u.unit).sort()).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u9']);
  });

  it('needs a year on every document and one document per year', () => {
    expect(() => trend([score(small, smallData())])).toThrow(/no year/);
    expect(() => trend([y2024, y2024])).toThrow(TakarError);
  });
});
