import { resultsView } from '@takar/core';
import { describe, expect, it } from 'vitest';
import type { TakarError } from '@takar/core';
import fc from 'fast-check';
import { reachTarget, whatIf } from '../../src/analysis/index.js';
import { small, smallData } from './fixtures.js';

describe('whatIf', () => {
  it('rescores with changed inputs and reports who moved', () => {
    // u4 b2: 0 → 100. b2's minimum becomes 25 (u5), so min-max rescales b2 for everyone:
    // b2 → u1 33.3, u2 33.3, u3 100, u4 100, u5 0; idx → u1 58.3, u2 45.8, u3 50, u4 62.5, u5 50.
    // u3 keeps score 50 and rank 3, so it did not move.
    const w = whatIf(small, smallData(), [{ unit: 'u4', indicator: 'b2', value: 100 }]);
    const u4 = w.moves.find((m) => m.unit === 'u4');
    expect(u4).toEqual({
      unit: 'u4',
      name: 'Unit u4',
      scoreBefore: 37.5,
      scoreAfter: 62.5,
      rankBefore: 5,
      rankAfter: 1,
      bandBefore: 'low',
      bandAfter: 'high',
    });
    expect(w.moves[0]?.unit).toBe('u4');
    expect(resultsView(w.after).rows.find((u) => u.unit === 'u4')?.raw?.b2).toBe(100);
    expect(w.moves.map((m) => [m.unit, m.rankBefore, m.rankAfter])).toEqual([
      ['u4', 5, 1],
      ['u2', 3, 5],
      ['u1', 1, 2],
      ['u5', 2, 3],
    ]);
  });

  it('reports unknown units and indicators together', () => {
    try {
      whatIf(small, smallData(), [
        { unit: 'zz', indicator: 'b2', value: 1 },
        { unit: 'u1', indicator: 'b', value: 1 },
      ]);
      expect.unreachable();
    } catch (e) {
      expect((e as TakarError).issues.map((i) => i.code)).toEqual([
        'data/unknown-unit',
        'data/unknown-indicator',
      ]);
    }
  });
});

describe('reachTarget', () => {
  it('finds the smallest raise that reaches a rank', () => {
    // Raising u4's b2 (no scale; observed 0–100) from 0 to v ≥ 25 moves b2's minimum to 25 (u5):
    // u4's b2 normalises to (v − 25)/75 · 100, and u1 rises to 58.3 while u3 and u5 sit at 50.
    // Rank 2 (sharing it with u3 and u5) needs idx ≥ 50, i.e. b ≥ 50, i.e. v ≥ 62.5.
    // The data is written in whole numbers, so the value is rounded up to 63 (rounding to the
    // nearest or down would miss); with the indicator's decimals: 1 it is 62.5.
    const r = reachTarget(small, smallData(), { unit: 'u4', indicator: 'b2', target: { rank: 2 } });
    expect(r.reachable).toBe(true);
    expect(r.current).toMatchObject({ value: 0, rank: 5 });
    expect(r).toMatchObject({ change: 63, decimals: 0 });
    expect(r.reached).toMatchObject({ value: 63, rank: 2 });
    expect(r.statement).toBe('Raising b2 from 0 to 63 (+63) moves u4 from rank 5 to rank 2.');
    const one = {
      ...small,
      nodes: small.nodes.map((n) => (n.code === 'b2' ? { ...n, decimals: 1 } : n)),
    };
    const r1 = reachTarget(one, smallData(), { unit: 'u4', indicator: 'b2', target: { rank: 2 } });
    expect(r1).toMatchObject({ change: 62.5, decimals: 1, reached: { value: 62.5, rank: 2 } });
    expect(r1.statement).toBe('Raising b2 from 0 to 62.5 (+62.5) moves u4 from rank 5 to rank 2.');
  });

  it('prints a value that reaches the target when rescored (property)', () => {
    // Random small data written with two decimals, random unit, indicator and target rank.
    const cell = fc.integer({ min: 0, max: 500 }).map((x) => x / 100);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 3, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom('a1', 'a2', 'b1', 'b2'),
        fc.nat(),
        (rows, who, indicator, to) => {
          const values: Record<string, Record<string, number>> = {};
          rows.forEach((r, i) => {
            values[`u${i + 1}`] = { a1: r[0], a2: r[1], b1: r[2], b2: r[3] };
          });
          const framework = {
            ...small,
            nodes: small.nodes.map((n) => ({ ...n, scale: undefined })),
          };
          const data = smallData({ values });
          const unit = `u${(who % rows.length) + 1}`;
          const rank = (to % rows.length) + 1;
          let r;
          try {
            r = reachTarget(framework, data, { unit, indicator, target: { rank } });
          } catch {
            return true; // e.g. an indicator with one value for everyone (zero range)
          }
          if (!r.reachable || r.change === 0 || r.reached.value === null) return true;
          const printed = Number(/ to (-?[\d.]+)/.exec(r.statement)?.[1]);
          expect(printed).toBe(r.reached.value);
          // at most two decimals, as the data
          expect(Math.abs(printed * 100 - Math.round(printed * 100))).toBeLessThan(1e-9);
          const w = whatIf(framework, data, [{ unit, indicator, value: printed }]);
          const after = w.moves.find((m) => m.unit === unit)?.rankAfter ?? r.current.rank;
          return after !== null && after <= rank;
        },
      ),
      { numRuns: 100, seed: 5 },
    );
  });

  it('reaches a band, and says when nothing within the scale can', () => {
    // u4 high band needs idx ≥ 50 → b ≥ 50 → b1 ≥ 100 (exactly the scale's top).
    const band = reachTarget(small, smallData(), {
      unit: 'u4',
      indicator: 'b1',
      target: { band: 'high' },
    });
    expect(band.reachable).toBe(true);
    expect(band.reached.band).toBe('high');
    expect(band.change).toBeCloseTo(50, 4);
    const none = reachTarget(small, smallData(), {
      unit: 'u4',
      indicator: 'b1',
      target: { rank: 1 },
    });
    expect(none).toMatchObject({ reachable: false, change: null, range: [0, 100] });
    expect(none.statement).toBe(
      'No value of b1 within its scale [0, 100] brings u4 to rank 1: at 100 it reaches rank 3.',
    );
  });

  it('returns no change when the target is already met', () => {
    expect(
      reachTarget(small, smallData(), { unit: 'u1', indicator: 'a1', target: { rank: 3 } }),
    ).toMatchObject({ reachable: true, change: 0 });
  });
});
