// Copeland with missing values (issue 16, item 10): Takar leaves a child out of a pair's comparison
// when either unit lacks it, so scores do not depend on the order of units. COINr's a_copeland
// fills the lower triangle of the outranking matrix as 1 − the upper one, which hands the missing
// weight to whichever unit comes second; a small re-implementation of that rule shows the difference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copeland } from '@takar/core';

/** The outranking rule of COINr's a_copeland (upper triangle computed, lower = 1 − upper). */
function coinrStyleCopeland(
  children: readonly Float64Array[],
  weights: readonly number[],
): number[] {
  const n = children[0]?.length ?? 0;
  const total = weights.reduce((a, b) => a + b, 0);
  const w = weights.map((x) => x / total);
  const or: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(NaN));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      children.forEach((col, c) => {
        const a = col[i] as number;
        const b = col[j] as number;
        if (Number.isNaN(a) || Number.isNaN(b)) return; // na.rm = TRUE
        if (a > b) s += w[c] as number;
        else if (a === b) s += (w[c] as number) / 2;
      });
      (or[i] as number[])[j] = s;
      (or[j] as number[])[i] = 1 - s;
    }
  return or.map((row, i) =>
    row.reduce((t, x, j) => (i === j ? t : t + (x > 0.5 ? 1 : x < 0.5 ? -1 : 0)), 0),
  );
}

const f = (...xs: number[]) => Float64Array.from(xs);

describe('Copeland with missing values', () => {
  it('leaves a child out of a pair when either unit lacks it: a draw here', () => {
    // A lacks child 1; on the children both have, A wins one and B wins one.
    const children = [f(NaN, 5), f(1, 0), f(1, 2)];
    expect([...copeland(children, [1, 1, 1])]).toEqual([0, 0]);
  });

  it("differs from COINr's rule, which depends on the order of units", () => {
    const ab = [f(NaN, 5), f(1, 0), f(1, 2)];
    const ba = ab.map((c) => f(c[1] as number, c[0] as number));
    // COINr-style: the unit listed second gets the missing weight, so the winner flips with order.
    expect(coinrStyleCopeland(ab, [1, 1, 1])).toEqual([-1, 1]);
    expect(coinrStyleCopeland(ba, [1, 1, 1])).toEqual([-1, 1]);
    // Takar: the same draw either way.
    expect([...copeland(ab, [1, 1, 1])]).toEqual([0, 0]);
    expect([...copeland(ba, [1, 1, 1])]).toEqual([0, 0]);
  });

  it('gives every unit the same score whatever the order of units (property)', () => {
    const value = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) },
      { weight: 1, arbitrary: fc.constant(NaN) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }).chain((n) =>
          fc.record({
            cols: fc.array(fc.array(value, { minLength: n, maxLength: n }), {
              minLength: 2,
              maxLength: 5,
            }),
            weights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
            perm: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
          }),
        ),
        ({ cols, weights, perm }) => {
          const children = cols.map((c) => Float64Array.from(c));
          const w = weights.slice(0, children.length);
          const permuted = children.map((c) => Float64Array.from(perm, (i) => c[i] as number));
          const a = copeland(children, w);
          const b = copeland(permuted, w);
          perm.forEach((orig, k) => expect(b[k]).toBe(a[orig]));
        },
      ),
      { numRuns: 300, seed: 10 },
    );
  });
});
