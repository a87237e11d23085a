// Invariants of the engine, checked on random inputs with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minmax, rankDescending, score, resultsView } from '@takar/core';

// Realistic indicator values (three decimals, |x| ≤ 10⁶); subnormal doubles would only test underflow.
const finite = fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000);
const column = fc.array(
  fc.oneof({ weight: 5, arbitrary: finite }, { weight: 1, arbitrary: fc.constant(NaN) }),
  { minLength: 2, maxLength: 40 },
);

describe('min-max normalisation', () => {
  it('lands every present value in the requested range and keeps missing values missing', () => {
    fc.assert(
      fc.property(
        column,
        finite,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (xs, lo, width) => {
          const out = minmax(Float64Array.from(xs), [lo, lo + width]);
          if (out === null) return; // no range: reported by the caller
          out.forEach((y, i) => {
            if (Number.isNaN(xs[i] as number)) expect(y).toBeNaN();
            else {
              expect(y).toBeGreaterThanOrEqual(lo - 1e-9 * Math.max(1, Math.abs(lo)));
              expect(y).toBeLessThanOrEqual(lo + width + 1e-9 * Math.max(1, Math.abs(lo + width)));
            }
          });
        },
      ),
    );
  });

  it('is unchanged when every input is scaled by a positive factor', () => {
    fc.assert(
      fc.property(column, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (xs, k) => {
        const a = minmax(Float64Array.from(xs), [0, 100]);
        const b = minmax(
          Float64Array.from(xs, (x) => x * k),
          [0, 100],
        );
        if (a === null || b === null) return;
        // Rounding of x·k is relative to |x|, so allow for columns whose range is tiny against |x|.
        const present = xs.filter((x) => !Number.isNaN(x));
        const range = Math.max(...present) - Math.min(...present);
        const tol = 1e-12 * 100 * Math.max(1, Math.max(...present.map(Math.abs)) / range);
        a.forEach((y, i) => {
          if (Number.isNaN(y)) expect(b[i]).toBeNaN();
          else expect(Math.abs(y - (b[i] as number))).toBeLessThanOrEqual(tol);
        });
      }),
    );
  });
});

describe('ranks', () => {
  it('are a valid competition ranking: 1 = best, ties share the best rank, gaps after ties, missing stays missing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(NaN)), { maxLength: 30 }),
        (xs) => {
          const r = rankDescending(Float64Array.from(xs));
          xs.forEach((x, i) => {
            if (Number.isNaN(x)) {
              expect(r[i]).toBeNaN();
              return;
            }
            // rank = 1 + number of present values strictly better
            const better = xs.filter((y) => !Number.isNaN(y) && y > x).length;
            expect(r[i]).toBe(better + 1);
          });
        },
      ),
    );
  });
});

describe('score', () => {
  const framework = {
    id: 'p',
    version: '1',
    label: { id: 'P' },
    nodes: [
      { code: 'idx', parent: null, type: 'aggregate', label: { id: 'I' } },
      { code: 'd1', parent: 'idx', type: 'aggregate', label: { id: 'D1' }, weight: 2 },
      { code: 'a', parent: 'd1', type: 'indicator', label: { id: 'A' } },
      { code: 'b', parent: 'd1', type: 'indicator', label: { id: 'B' }, direction: -1 },
      { code: 'c', parent: 'idx', type: 'indicator', label: { id: 'C' } },
    ],
  };
  const table = fc
    .integer({ min: 3, max: 12 })
    .chain((n) =>
      fc.tuple(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 1000 }),
            fc.integer({ min: 0, max: 1000 }),
            fc.integer({ min: 0, max: 1000 }),
          ),
          { minLength: n, maxLength: n },
        ),
        fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      ),
    );

  it('gives every unit the same scores and ranks whatever the order of the units', () => {
    fc.assert(
      fc.property(table, ([rows, perm]) => {
        const cols = [0, 1, 2].map((k) => rows.map((r) => r[k] as number));
        if (cols.some((c) => Math.min(...c) === Math.max(...c))) return; // zero range is an error case
        const mk = (order: number[]) => ({
          units: order.map((i) => ({ code: `u${i}`, name: `U${i}` })),
          values: order.flatMap((i) =>
            ['a', 'b', 'c'].map((ind, k) => ({
              unit: `u${i}`,
              indicator: ind,
              value: rows[i]?.[k] as number,
            })),
          ),
        });
        const a = score(framework, mk([...rows.keys()]));
        const b = score(framework, mk(perm));
        const byUnit = new Map(resultsView(b).rows.map((u) => [u.unit, u]));
        for (const u of resultsView(a).rows) {
          const v = byUnit.get(u.unit);
          expect(v?.ranks).toEqual(u.ranks);
          for (const [k, s] of Object.entries(u.scores))
            expect(v?.scores[k]).toBeCloseTo(s as number, 9);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('ranking of large columns (radix path)', () => {
  it('agrees with the definition on 10,000 values with ties, negatives, zeros of both signs and gaps', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -50, max: 50 }).map((i) => i / 4),
            fc.constant(-0),
            fc.constant(NaN),
          ),
          { minLength: 5000, maxLength: 10000 },
        ),
        (xs) => {
          const col = Float64Array.from(xs);
          const r = rankDescending(col);
          const sorted = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => b - a);
          xs.forEach((x, i) => {
            if (Number.isNaN(x)) expect(r[i]).toBeNaN();
            else expect(r[i]).toBe(sorted.findIndex((y) => y === x) + 1);
          });
        },
      ),
      { numRuns: 5 },
    );
  });
});

describe('ranking of village-scale columns (16-bit radix path)', () => {
  it('matches a comparison sort on 70,000 values', () => {
    const xs = Float64Array.from({ length: 70_000 }, (_v, i) =>
      i % 97 === 0 ? NaN : Math.round(Math.sin(i) * 1e4) / 7 - (i % 5 === 0 ? 0 : 1e-3),
    );
    const r = rankDescending(xs);
    const present = Array.from(xs)
      .filter((x) => !Number.isNaN(x))
      .sort((a, b) => b - a);
    const firstAt = new Map<number, number>();
    present.forEach((x, i) => {
      if (!firstAt.has(x)) firstAt.set(x, i + 1);
    });
    xs.forEach((x, i) => {
      if (Number.isNaN(x)) expect(r[i]).toBeNaN();
      else if (r[i] !== firstAt.get(x)) expect(r[i]).toBe(firstAt.get(x));
    });
  });
});
