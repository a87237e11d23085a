import { describe, expect, it } from 'vitest';
import { safely } from '../../src/errors/index.js';
import {
  DistinctCounter,
  Uint64Set,
  countDistinct,
  defaultProvinceOf,
  groupingLabel,
} from '../../src/impact/index.js';
import { personHex, xoshiro128 } from '../../bench/impact-prng.js';

const REGIONS = ['32.73', '32.04', '33.74', '31.71', '3273'];
const DIMENSIONS = ['social', 'health', 'economy'];

/** 20 000 records over 6 000 people, each appearing in several programmes, regions and dimensions. */
function records(seed: number) {
  const next = xoshiro128(seed);
  return Array.from({ length: 20_000 }, () => {
    const person = next() % 6000;
    return {
      region: REGIONS[next() % REGIONS.length] as string,
      programme: `P${next() % 4}`,
      dimension: DIMENSIONS[next() % DIMENSIONS.length] as string,
      year: 2023 + (next() % 2),
      key: person % 7 === 0 ? `person-${person}` : personHex(person, seed), // hex and non-hex keys
    };
  });
}

describe('countDistinct (exact)', () => {
  it('equals a brute-force count for every grouping', () => {
    const data = records(11);
    const by = [
      ['region'],
      ['province'],
      ['dimension'],
      ['region', 'dimension'],
      ['year'],
      [],
    ] as const;
    const rows = countDistinct(data, { by: by.map((g) => [...g]) });
    for (const g of by) {
      const brute = new Map<string, Set<string>>();
      for (const r of data) {
        const values = g.map((f) =>
          f === 'province' ? defaultProvinceOf(r.region) : String(r[f]),
        );
        const k = values.join('|');
        if (!brute.has(k)) brute.set(k, new Set());
        brute.get(k)?.add(r.key);
      }
      const mine = rows.filter((r) => groupingLabel(r.by) === groupingLabel(g));
      expect(mine.length).toBe(brute.size);
      for (const row of mine) {
        const k = g.map((f) => String(row.group[f])).join('|');
        expect(row.affected, `${groupingLabel(g)} ${k}`).toBe(brute.get(k)?.size);
        expect(row.method).toBe('exact');
      }
    }
    // The province of '3273' is '32', same as '32.73' and '32.04'.
    expect(
      rows
        .filter((r) => r.by[0] === 'province')
        .map((r) => r.group.province)
        .sort(),
    ).toEqual(['31', '32', '33']);
  });

  it('reports records that lack a grouping field instead of guessing', () => {
    const r = safely(() =>
      countDistinct(
        [
          { region: '32.73', key: 'a' },
          { region: '32.73', key: 'b', dimension: 'x' },
        ],
        {
          by: [['dimension']],
          alreadyHashed: true,
        },
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual([['records', 0, 'dimension']]);
  });

  it('streams: the counter and the one-shot function agree', () => {
    const data = records(5);
    const counter = new DistinctCounter({ by: [['region']] });
    for (const r of data) counter.add(r);
    expect(counter.result()).toEqual(countDistinct(data, { by: [['region']] }));
    expect(counter.records).toBe(data.length);
  });
});

describe('Uint64Set', () => {
  it('keeps distinct 64-bit values through growth, including zero', () => {
    const s = new Uint64Set();
    const next = xoshiro128(3);
    const brute = new Set<string>();
    for (let i = 0; i < 50_000; i++) {
      const hi = next() % 50; // many shared high halves
      const lo = next() % 2000;
      s.add(hi, lo);
      brute.add(`${hi}:${lo}`);
    }
    s.add(0, 0);
    brute.add('0:0');
    expect(s.size).toBe(brute.size);
    expect(s.has(0, 0)).toBe(true);
    expect(s.has(51, 0)).toBe(false);
  });
});
