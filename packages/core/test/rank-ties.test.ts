// Exact ties share a rank (issue 16, item 9): scores on a 1–4 scale in 0.25 steps, weighted by
// decimal weights over two levels, are computed in binary floating point by the engine and in
// exact rational arithmetic (BigInt) here; units whose scores are equal exactly must get the same
// rank, and the order of unequal ones must be the exact order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIE_TOLERANCE, rankDescending, score, resultsView } from '@takar/core';

/** A fraction n/d with d > 0. */
type Q = { n: bigint; d: bigint };
const cmp = (a: Q, b: Q): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l > r ? 1 : l < r ? -1 : 0;
};
/** Weighted mean of fractions with integer weights k (the intended weights are k / 10). */
const wmean = (xs: readonly Q[], ks: readonly number[]): Q => {
  // Σ k x / Σ k, over the common denominator Π d.
  let n = 0n;
  let d = 1n;
  xs.forEach((x, i) => {
    const k = BigInt(ks[i] as number);
    n = n * x.d + k * x.n * d;
    d = d * x.d;
  });
  const ksum = BigInt(ks.reduce((a, b) => a + b, 0));
  return { n, d: d * ksum };
};
/** Competition ranks (1 = best) in exact arithmetic. */
const exactRanks = (xs: readonly Q[]): number[] =>
  xs.map((x) => 1 + xs.filter((y) => cmp(y, x) > 0).length);

const shape = fc.record({
  // Two dimensions of two to four indicators; weights k / 10 with k in 1..30 (0.1 … 3.0).
  dims: fc.array(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 2, maxLength: 4 }), {
    minLength: 2,
    maxLength: 3,
  }),
  dimWeights: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 3, maxLength: 3 }),
  // Scores in quarter steps 1, 1.25, …, 4 as q / 4 with q in 4..16; few distinct values, so that
  // exact ties are common.
  units: fc.array(
    fc.array(fc.constantFrom(4, 6, 7, 8, 10, 12, 13, 16), { minLength: 12, maxLength: 12 }),
    {
      minLength: 8,
      maxLength: 40,
    },
  ),
});

describe('exact ties share a rank', () => {
  it('ranks agree with exact rational arithmetic on 0.25-step scales with decimal weights', () => {
    fc.assert(
      fc.property(shape, ({ dims, dimWeights, units }) => {
        const nodes: object[] = [
          { code: 'idx', parent: null, type: 'aggregate', label: { id: 'I' } },
        ];
        const leaves: { code: string; dim: number; k: number }[] = [];
        dims.forEach((ks, d) => {
          nodes.push({
            code: `d${d}`,
            parent: 'idx',
            type: 'aggregate',
            label: { id: `D${d}` },
            weight: (dimWeights[d] as number) / 10,
          });
          ks.forEach((k, j) => {
            const code = `d${d}i${j}`;
            leaves.push({ code, dim: d, k });
            nodes.push({
              code,
              parent: `d${d}`,
              type: 'indicator',
              label: { id: code },
              weight: k / 10,
              scale: [1, 4],
            });
          });
        });
        const framework = {
          id: 'ties',
          version: '1',
          label: { id: 'Ties' },
          nodes,
          pipeline: { normalise: { method: 'none' }, aggregate: { method: 'amean' } },
        };
        const codes = units.map((_u, i) => `u${i}`);
        const doc = score(framework, {
          units: codes.map((code) => ({ code, name: code })),
          values: units.flatMap((qs, i) =>
            leaves.map((l, j) => ({
              unit: `u${i}`,
              indicator: l.code,
              value: (qs[j] as number) / 4,
            })),
          ),
        });
        // Exact scores: each dimension, then the index.
        const dimScores = dims.map((ks, d) =>
          units.map((qs) =>
            wmean(
              leaves.flatMap((l, j) =>
                l.dim === d ? [{ n: BigInt(qs[j] as number), d: 4n }] : [],
              ),
              ks,
            ),
          ),
        );
        const index = units.map((_u, i) =>
          wmean(
            dimScores.map((s) => s[i] as Q),
            dimWeights.slice(0, dims.length),
          ),
        );
        const got = (node: string) =>
          codes.map((c) => resultsView(doc).rows.find((u) => u.unit === c)?.ranks[node]);
        expect(got('idx')).toEqual(exactRanks(index));
        dims.forEach((_ks, d) => expect(got(`d${d}`)).toEqual(exactRanks(dimScores[d] as Q[])));
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('the published Jambi 2024 case: 3.4749999999999996 and 3.475 tie', () => {
    const jambi = [3.84, 3.18, 3.53, 3.63, 3.35].reduce(
      (s, x, i) => s + x * ([0.1, 0.2, 0.3, 0.2, 0.2][i] as number),
      0,
    );
    expect(jambi).toBe(3.4749999999999996);
    expect(Array.from(rankDescending(Float64Array.of(jambi, 3.475, 3.47)))).toEqual([1, 1, 3]);
  });

  it('does not merge real differences, and is independent of the order of units', () => {
    const a = 2.5;
    const close = a * (1 - TIE_TOLERANCE / 2);
    const apart = a * (1 - TIE_TOLERANCE * 4);
    expect(Array.from(rankDescending(Float64Array.of(a, close, apart, 2.49)))).toEqual([
      1, 1, 3, 4,
    ]);
    expect(Array.from(rankDescending(Float64Array.of(2.49, apart, close, a)))).toEqual([
      4, 3, 1, 1,
    ]);
  });
});
