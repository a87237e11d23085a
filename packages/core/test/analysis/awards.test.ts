import { describe, expect, it } from 'vitest';
import { score, type Framework } from '@takar/core';
import { assignAwards, awards } from '../../src/analysis/index.js';
import { small, smallData } from './fixtures.js';

const results = score(small, smallData());

describe('awards', () => {
  it('gives each category to the top eligible unit, with runner-up and margin', () => {
    const a = awards(results, { categories: ['a', 'b'] });
    expect(a.awards[0]).toMatchObject({
      category: 'a',
      winners: ['u2'],
      tie: false,
      why: { score: 75, margin: 25, runnerUp: { units: ['u1', 'u4', 'u5'], score: 50 } },
    });
    expect(a.awards[0]?.why?.text).toBe(
      'Unit u2 (u2) scored 75.0 on A, 25.0 ahead of Unit u1 (u1), Unit u4 (u4), Unit u5 (u5) with 50.0.',
    );
  });

  it('reports ties: both winners, with the margin over the next score', () => {
    const b = awards(results, { categories: ['b'] }).awards[0];
    expect(b).toMatchObject({
      winners: ['u1', 'u3'],
      tie: true,
      why: { score: 75, margin: 12.5, runnerUp: { units: ['u5'], score: 62.5 } },
    });
  });

  it('filters by eligibility and coverage', () => {
    const a = awards(results, { categories: ['a'], eligible: (u) => u.groups?.type === 'kota' });
    expect(a.awards[0]?.winners).toEqual(['u1', 'u4']);
    expect(a.eligibleCount).toEqual({ a: 2 });
    const none = awards(results, { categories: ['a'], minCoverage: 1.1 });
    expect(none.awards[0]).toMatchObject({ winners: [], why: null });
  });

  it('with one award per unit, maximises the total margin over each runner-up', () => {
    // X tops both: c1 X 10, Y 9, Z 1; c2 X 10, Z 8, Y 5.
    // X→c1 (+1) & Z→c2 (8−10 = −2) totals −1;  X→c2 (+2) & Y→c1 (9−10 = −1) totals +1: the optimum.
    const fw: Framework = {
      id: 'aw',
      version: '1',
      label: { id: 'Aw' },
      nodes: [
        { code: 'idx', parent: null, type: 'aggregate', label: { id: 'I' } },
        { code: 'c1', parent: 'idx', type: 'indicator', label: { id: 'C1' } },
        { code: 'c2', parent: 'idx', type: 'indicator', label: { id: 'C2' } },
      ],
    };
    const vals: Record<string, [number, number]> = { X: [10, 10], Y: [9, 5], Z: [1, 8] };
    const data = {
      units: Object.keys(vals).map((code) => ({ code, name: code })),
      values: Object.entries(vals).flatMap(([unit, [c1, c2]]) => [
        { unit, indicator: 'c1', value: c1 },
        { unit, indicator: 'c2', value: c2 },
      ]),
    };
    const r = score(fw, data, { pipeline: { normalise: { method: 'none' } } });
    expect(awards(r, { categories: ['c1', 'c2'] }).awards.map((x) => x.winners)).toEqual([
      ['X'],
      ['X'],
    ]);
    const one = awards(r, { categories: ['c1', 'c2'], onePerUnit: true });
    expect(one.awards.map((x) => x.winners)).toEqual([['Y'], ['X']]);
    expect(one.totalMargin).toBe(1);
    expect(one.awards[0]?.why).toMatchObject({
      margin: -1,
      passedOver: [{ unit: 'X', score: 10, awarded: 'c2' }],
    });
    expect(one.awards[0]?.why?.text).toBe(
      'Y scored 9.00 on C1, 1.00 behind X with 10.0; X scored higher but won c2.',
    );
  });

  it('with one award per unit, reports a tied winner and who it tied with', () => {
    const one = awards(results, { categories: ['a', 'b'], onePerUnit: true });
    expect(one.awards.map((x) => x.winners)).toEqual([['u2'], ['u1']]);
    expect(one.awards[1]).toMatchObject({ tie: true, tiedWith: ['u3'], why: { margin: 0 } });
  });
});

describe('awards and floating point', () => {
  it('treats scores that differ only in the last bits as tied', () => {
    const fw: Framework = {
      id: 'fp',
      version: '1',
      label: { id: 'Fp' },
      nodes: [
        { code: 'idx', parent: null, type: 'aggregate', label: { id: 'I' } },
        { code: 'c', parent: 'idx', type: 'indicator', label: { id: 'C' } },
      ],
    };
    // 0.1 + 0.2 = 0.30000000000000004 in binary floating point.
    const data = {
      units: [
        { code: 'p', name: 'P' },
        { code: 'q', name: 'Q' },
        { code: 'r', name: 'R' },
      ],
      values: [
        { unit: 'p', indicator: 'c', value: 0.1 + 0.2 },
        { unit: 'q', indicator: 'c', value: 0.3 },
        { unit: 'r', indicator: 'c', value: 0.1 },
      ],
    };
    const r = score(fw, data, { pipeline: { normalise: { method: 'none' } } });
    expect(awards(r, { categories: ['c'] }).awards[0]).toMatchObject({
      winners: ['p', 'q'],
      tie: true,
    });
    expect(awards(r, { categories: ['c'], tieTolerance: 0 }).awards[0]).toMatchObject({
      winners: ['p'],
      tie: false,
    });
  });
});

describe('assignAwards', () => {
  it('finds the best assignment by brute force on a case with conflicts', () => {
    const gains = [
      [
        { id: 'p', gain: 5 },
        { id: 'q', gain: 4 },
      ],
      [
        { id: 'p', gain: 6 },
        { id: 'r', gain: 1 },
      ],
      [
        { id: 'q', gain: 3 },
        { id: 'p', gain: 2 },
      ],
    ];
    // p→c2 (6) + q→c1 (4) + nobody else for c3 except p/q … q taken, p taken → c3 empty (fewer awards) ✗.
    // Best with all three awarded: c1 q 4, c2 r 1, c3 p 2 = 7 vs c1 p 5, c2 r 1, c3 q 3 = 9.
    expect(assignAwards(gains)).toEqual({ choice: ['p', 'r', 'q'], total: 9 });
  });
});
