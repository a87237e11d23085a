// Reading group,sketch CSVs and merging sketch sets: places in errors, overlaps, key checks.
import { describe, expect, it } from 'vitest';
import type { TakarError } from '../../src/errors/index.js';
import {
  PgHll,
  mergeSketches,
  pgHllHex,
  readSketchCsv,
  sketchCsv,
  type SketchSet,
} from '../../src/impact/index.js';
import { personKey } from '../../bench/impact-prng.js';

const sketchOf = (from: number, to: number): PgHll => {
  const s = new PgHll();
  for (let i = from; i < to; i++) s.addHash(...personKey(i, 18));
  return s;
};
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as TakarError).issues.map((i) => [i.code, i.path.join('/')]);
  }
  return [];
};

describe('group,sketch CSV', () => {
  it('reads quoted groups, CRLF line ends, a BOM and the optional columns', () => {
    const text = `\uFEFFgroup,sketch,records,without_key,key_check\r\n"Kota, Bandung",\\x118b7f,3,1,0123456789abcdef\r\n32.04,\\x128b7f0000000000000001,1,0,0123456789abcdef\r\n`;
    const set = readSketchCsv(text, 'a.csv');
    expect(
      set.groups.map((g) => [g.group, g.records, g.withoutKey, g.sketch.cardinality()]),
    ).toEqual([
      ['Kota, Bandung', 3, 1, 0],
      ['32.04', 1, 0, 1],
    ]);
    expect(set.keyCheck).toBe('0123456789abcdef');
    expect(readSketchCsv(sketchCsv(set.groups), 'b.csv').groups.map((g) => g.group)).toEqual([
      '32.04',
      'Kota, Bandung',
    ]);
  });

  it('reports every bad row with its line and column', () => {
    const text = 'group,sketch,records\n32.73,\\x118b7f,x\n32.73,\\x118b7f,1\n33.74,nothex,1\n';
    expect(issuesOf(() => readSketchCsv(text, 'a.csv'))).toEqual([
      ['impact/invalid-sketch', 'a.csv/line/2/records'],
      ['impact/invalid-sketch', 'a.csv/line/3/group'],
      ['impact/invalid-sketch', 'a.csv/line/4/sketch'],
    ]);
    expect(issuesOf(() => readSketchCsv('region,count\n', 'b.csv'))).toEqual([
      ['impact/invalid-sketch', 'b.csv/line/1'],
    ]);
  });
});

describe('mergeSketches', () => {
  const set = (source: string, groups: [string, PgHll][], keyCheck?: string): SketchSet => ({
    source,
    groups: groups.map(([group, sketch]) => ({ group, sketch })),
    ...(keyCheck ? { keyCheck } : {}),
  });

  it('unions per group, keeps groups only one source has, and estimates overlaps by inclusion–exclusion', () => {
    const { groups, overlaps } = mergeSketches([
      set('a', [
        ['32.73', sketchOf(0, 30000)],
        ['33.74', sketchOf(0, 10)],
      ]),
      set('b', [['32.73', sketchOf(20000, 50000)]]),
    ]);
    expect(groups.map((g) => [g.group, g.sources.join('|'), g.method])).toEqual([
      ['32.73', 'a|b', 'hll'],
      ['33.74', 'a', 'exact'],
    ]);
    expect(pgHllHex(groups[0]?.sketch as PgHll)).toBe(pgHllHex(sketchOf(0, 50000)));
    const big = groups[0];
    expect(big && big.low < 50000 && big.high > 50000).toBe(true);
    expect(overlaps).toHaveLength(1);
    const o = overlaps[0];
    expect(o && o.low < 10000 && o.high > 10000 && !o.tooSmall).toBe(true);
    // its interval is wider than any one count's
    expect(o && o.high - o.low > (big?.high ?? 0) - (big?.low ?? 0)).toBe(true);
  });

  it('calls an overlap too small to estimate when its interval reaches zero', () => {
    const { overlaps } = mergeSketches([
      set('a', [['r', sketchOf(0, 20000)]]),
      set('b', [['r', sketchOf(20000, 40000)]]),
    ]);
    expect(overlaps[0]?.tooSmall).toBe(true);
    expect(overlaps[0]?.low).toBe(0);
  });

  it('refuses different keys and different parameters, naming them all', () => {
    expect(
      issuesOf(() =>
        mergeSketches([set('a', [], 'aaaaaaaaaaaaaaaa'), set('b', [], 'bbbbbbbbbbbbbbbb')]),
      ),
    ).toEqual([['impact/incompatible-sketch', 'hash/keyCheck']]);
    expect(
      issuesOf(() =>
        mergeSketches([
          set('a', [['r', new PgHll()]]),
          set('b', [['r', new PgHll({ log2m: 12 })]]),
          set('c', [['r', new PgHll({ sparseon: false })]]),
        ]),
      ),
    ).toEqual([
      ['impact/incompatible-sketch', 'b/params'],
      ['impact/incompatible-sketch', 'c/params'],
    ]);
    expect(issuesOf(() => mergeSketches([]))).toEqual([['impact/invalid', 'sketches']]);
  });
});
