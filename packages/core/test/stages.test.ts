// Stage functions over columns, on literal data.
import { describe, expect, it } from 'vitest';
import {
  amean,
  borda,
  copeland,
  dist2targ,
  gmean,
  goalposts,
  groupRanks,
  hmean,
  imputeColumn,
  imputePanel,
  kurt,
  logCt,
  median,
  pmean,
  prank,
  rankAscending,
  skew,
  treatColumn,
  winsorise,
  zscore,
} from '@takar/core';

const f = (...xs: number[]) => Float64Array.from(xs);

describe('aggregation', () => {
  const a = f(1, 4, NaN);
  const b = f(4, 4, 2);
  it('skips missing children and renormalises the weights', () => {
    expect([...amean([a, b], [1, 3])]).toEqual([(1 + 12) / 4, 4, 2]);
  });
  it('leaves a node missing below minAvailable', () => {
    expect([...amean([a, b], [1, 1], 0.75)]).toEqual([2.5, 4, NaN]);
  });
  it('computes weighted geometric, harmonic and power means', () => {
    expect(gmean([a, b], [1, 1])[0]).toBeCloseTo(2, 14);
    expect(hmean([a, b], [1, 1])[0]).toBeCloseTo(2 / (1 + 1 / 4), 14);
    expect(pmean([a, b], [1, 1], 2)[0]).toBeCloseTo(Math.sqrt((1 + 16) / 2), 14);
    expect(pmean([a, b], [1, 1], 0)[0]).toBeCloseTo(2, 14);
  });
  it('gives Copeland scores from weighted pairwise majorities', () => {
    // u0 beats u1 on the heavy child, loses on the light one → u0 wins the pair.
    expect([...copeland([f(3, 1, 2), f(1, 3, 2)], [2, 1])]).toEqual([2, -2, 0]);
  });
});

describe('normalisation', () => {
  it('z-scores with the sample sd', () => {
    expect([...(zscore(f(2, 4, 6)) as Float64Array)]).toEqual([-1, 0, 1]);
  });
  it('ranks with ties sharing the lowest rank', () => {
    expect([...rankAscending(f(5, 1, 5, NaN))]).toEqual([2, 1, 2, NaN]);
    expect([...borda(f(5, 1, 5))]).toEqual([1, 0, 1]);
    expect([...prank(f(10, 20, 30))]).toEqual([0, 0.5, 1]);
  });
  it('measures distance to a target without a cap unless asked', () => {
    expect([...dist2targ(f(0, 5, 10), 8)]).toEqual([0, 0.625, 1.25]);
    expect([...dist2targ(f(0, 5, 10), 8, true)]).toEqual([0, 0.625, 1]);
  });
  it('truncates to goalposts and flips them for lower-is-better indicators', () => {
    expect([...goalposts(f(20, 55, 90), [25, 85])]).toEqual([0, 50, 100]);
    expect([...goalposts(f(20, 55, 90), [25, 85], [0, 1], -1)]).toEqual([1, 0.5, 0]);
  });
});

describe('imputation', () => {
  it('fills by median, and by group median', () => {
    expect([...imputeColumn(f(1, NaN, 3, 10), 'median')]).toEqual([1, 3, 3, 10]);
    expect([
      ...imputeColumn(f(1, NaN, 3, 10, NaN), 'group-median', ['a', 'a', 'a', 'b', undefined]),
    ]).toEqual([1, 2, 3, 10, NaN]);
  });
  it('fills panel gaps with the latest earlier value or by linear interpolation', () => {
    const s = [f(1, NaN), f(NaN, NaN), f(5, 7)];
    expect([...imputePanel(s, [2020, 2021, 2022], 1, 'latest')]).toEqual([1, NaN]);
    expect([...imputePanel(s, [2020, 2021, 2022], 1, 'linear')]).toEqual([3, 7]);
  });
  it('returns the column itself when nothing is missing', () => {
    const c = f(1, 2);
    expect(imputeColumn(c, 'mean')).toBe(c);
  });
});

describe('outlier treatment', () => {
  const x = f(1, 2, 3, 4, 5, 6, 7, 8, 9, 100);
  it('uses the type-2 sample skewness and kurtosis (Excel SKEW, KURT)', () => {
    expect(skew(f(1, 2, 3, 10))).toBeCloseTo(1.763632615, 8);
    expect(kurt(f(1, 2, 3, 10))).toBeCloseTo(3.228, 12);
  });
  it('winsorises the highest point towards the next one until the rule passes', () => {
    const w = winsorise(x);
    expect(w.column[9]).toBe(9);
    expect(w.nwin).toBe(1);
    expect(w.points.get(9)).toBe('winhi');
  });
  it('falls back to the log of the original column when winsorisation is not enough', () => {
    const heavy = f(
      ...Array.from({ length: 30 }, (_v, i) => (i < 24 ? 1 + i / 100 : 10 ** (i - 22))),
    );
    const t = treatColumn(heavy, { winmax: 1 });
    expect(t.details.log).toBe(true);
    expect([...t.column]).toEqual([...logCt(heavy)]);
  });
  it('leaves an indicator alone when overridden with none', () => {
    expect(treatColumn(x, { mode: 'none' }).column).toBe(x);
  });
});

describe('ranks in groups', () => {
  it('ranks within each group and leaves units without a group unranked', () => {
    expect([...groupRanks(f(1, 5, 3, 4, 9), ['a', 'a', 'b', 'b', undefined])]).toEqual([
      2,
      1,
      2,
      1,
      NaN,
    ]);
  });
  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median(f(4, 1, 3, 2))).toBe(2.5);
  });
});
