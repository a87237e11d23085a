// Bad-input catalogue, the API: each call fails with a coded TakarError whose path or message names
// the place; plus the limits and spreadsheet-safety rules that are not errors.
import { describe, expect, it } from 'vitest';
import {
  parseResults,
  resultsView,
  countDistinct,
  formatCsv,
  hashKey,
  newerFormatVersion,
  parseCsv,
  parseFramework,
  parseNumber,
  pseudonymise,
  safeScore,
  score,
  sensitivity,
  spreadsheetSafe,
  uncertainty,
} from '@takar/core';
import { MINI_FRAMEWORK } from '../helpers/takar.js';
import { apiCases, type ApiCase } from './run-cases.js';

const units = ['u1', 'u2', 'u3'].map((code) => ({ code, name: code }));
const data = {
  units,
  values: units.flatMap((u, i) =>
    ['a', 'b', 'c', 'd'].map((indicator, k) => ({
      unit: u.code,
      indicator,
      value: 1 + ((i + k) % 4),
    })),
  ),
};
const fw = (change: (f: typeof MINI_FRAMEWORK) => object) =>
  change(structuredClone(MINI_FRAMEWORK));
const NIK = '3273010101900001';

const cases: ApiCase[] = [
  {
    name: 'safeScore with an unknown until',
    run: () => safeScore(MINI_FRAMEWORK, data, { until: 'polish' as never }),
    code: 'pipeline/invalid',
    place: 'until: until must be one of',
  },
  {
    name: 'score with a reversed minmax range',
    run: () =>
      score(
        fw((f) => ({ ...f, pipeline: { normalise: { method: 'minmax', range: [100, 0] } } })),
        data,
      ),
    code: 'framework/invalid',
    place: 'range',
  },
  {
    name: 'duplicate band codes',
    run: () =>
      parseFramework(fw((f) => ({ ...f, bands: f.bands.map((b) => ({ ...b, code: 'x' })) }))),
    code: 'framework/duplicate-band',
    place: 'bands[1].code',
  },
  {
    name: 'duplicate band codes on a node',
    run: () =>
      parseFramework(
        fw((f) => ({
          ...f,
          nodes: f.nodes.map((n) =>
            n.code === 'p1' ? { ...n, bands: f.bands.map((b) => ({ ...b, code: 'y' })) } : n,
          ),
        })),
      ),
    code: 'framework/duplicate-band',
    place: 'nodes[1].bands[1].code',
  },
  {
    name: 'sibling weights that overflow',
    run: () =>
      parseFramework(
        fw((f) => ({
          ...f,
          nodes: f.nodes.map((n) => (n.parent === 'idx' ? { ...n, weight: 1.5e308 } : n)),
        })),
      ),
    code: 'framework/weight-overflow',
    place: 'nodes[0]',
  },
  {
    name: 'weight overrides that overflow',
    run: () =>
      score(MINI_FRAMEWORK, data, { pipeline: { weights: { a: 1e308, b: 1e308 } } } as never),
    code: 'framework/weight-overflow',
    place: '"p1"',
  },
  {
    name: 'a cycle of three',
    run: () =>
      parseFramework(
        fw((f) => ({
          ...f,
          nodes: [
            ...f.nodes,
            { code: 'x', parent: 'z', type: 'aggregate', label: { id: 'X' } },
            { code: 'y', parent: 'x', type: 'aggregate', label: { id: 'Y' } },
            { code: 'z', parent: 'y', type: 'aggregate', label: { id: 'Z' } },
          ],
        })),
      ),
    code: 'framework/cycle',
    place: /x → z → y → x|z → y → x → z|y → x → z → y/,
  },
  {
    name: 'uncertainty seed above 2^53',
    run: () =>
      uncertainty(MINI_FRAMEWORK, data, {
        runs: 10,
        seed: 2 ** 53 + 2,
        aggregate: ['amean', 'gmean'],
      }),
    code: 'pipeline/invalid',
    place: 'seed: seed must be a whole number between',
  },
  {
    name: 'sensitivity seed above 2^53',
    run: () =>
      sensitivity(MINI_FRAMEWORK, data, {
        samples: 4,
        seed: 2 ** 60,
        aggregate: ['amean', 'gmean'],
      }),
    code: 'pipeline/invalid',
    place: 'seed',
  },
  {
    name: 'uncertainty where every replication fails',
    run: () =>
      uncertainty(
        fw((f) => ({ ...f, pipeline: { normalise: { method: 'minmax', range: [1, 100] } } })),
        data,
        { runs: 20, seed: 1, normalise: [{ method: 'zscore' }], aggregate: ['gmean'] },
      ),
    code: 'pipeline/invalid',
    place: 'All 20 replications were skipped: 20 because gmean needs values > 0 after zscore',
  },
  {
    name: 'CSV: repeated header',
    run: () => parseCsv('unit,a,a\nu1,1,2\n'),
    code: 'data/csv',
    place: 'header[2]: The header repeats column "a"',
  },
  {
    name: 'CSV: quote inside an unquoted field',
    run: () => parseCsv('unit,a\nu"1,1\n'),
    code: 'data/csv',
    place: 'line[2]',
  },
  {
    name: 'CSV: NUL byte',
    run: () => parseCsv('unit,a\nu1,\u00001\n'),
    code: 'data/csv',
    place: 'NUL byte',
  },
  {
    name: 'CSV: NUL byte in a quoted field',
    run: () => parseCsv('unit,a\nu1,"\u0000"\n'),
    code: 'data/csv',
    place: 'Line 2 holds a NUL byte',
  },
  {
    name: 'CSV: every problem at once',
    run: () => parseCsv('unit,a,a\nu1,1\n'),
    code: 'data/csv',
    place: /repeats column "a"[\s\S]*Row 1 \(line 2\) has 2 fields/,
  },
  {
    name: 'salt shorter than 16 bytes',
    run: () => hashKey(NIK, 'pendek'),
    code: 'impact/weak-salt',
    place: '6 bytes long',
  },
  {
    name: 'pseudonymise: NIK key with alreadyHashed',
    run: () =>
      pseudonymise([{ region: '32.73', programme: 'PKH', key: NIK }], { alreadyHashed: true }),
    code: 'impact/raw-identifier',
    place: 'records[0].key',
  },
  {
    name: 'countDistinct: NIK in programme',
    run: () =>
      countDistinct([{ region: '32.73', programme: NIK, key: 'k' }], { alreadyHashed: true }),
    code: 'impact/raw-identifier',
    place: 'records[0].programme',
  },
  {
    name: 'results document of a newer format version',
    run: () => ({ ok: false, issues: [newerFormatVersion({ formatVersion: 7 })].filter(Boolean) }),
    code: 'results/unsupported-version',
    place: 'formatVersion: The results document has formatVersion 7, newer than 2',
  },
];

describe('bad-input catalogue: API', () => apiCases(cases));

describe('limits and rules that are not errors', () => {
  it('parses a framework 5,000 levels deep (no recursion to overflow the stack)', () => {
    const nodes: object[] = [{ code: 'n0', parent: null, type: 'aggregate', label: { id: 'N0' } }];
    for (let i = 1; i < 5000; i++)
      nodes.push({ code: `n${i}`, parent: `n${i - 1}`, type: 'aggregate', label: { id: `N${i}` } });
    nodes.push({ code: 'leaf', parent: 'n4999', type: 'indicator', label: { id: 'Leaf' } });
    const tree = parseFramework({ id: 'deep', version: '1', label: { id: 'Deep' }, nodes });
    expect(tree.indicators).toEqual(['leaf']);
    // Levels count from the leaves: the root sits 5,001 levels up, aggregates children first.
    expect(tree.level.get('n0')).toBe(5001);
    expect(tree.aggregates[0]).toBe('n4999');
    expect(tree.aggregates.at(-1)).toBe('n0');
  });

  it('a 5,000-level cycle is found once (one issue, not one per node)', () => {
    const nodes: object[] = [
      { code: 'root', parent: null, type: 'aggregate', label: { id: 'R' } },
      { code: 'x', parent: 'root', type: 'indicator', label: { id: 'X' } },
    ];
    for (let i = 0; i < 5000; i++)
      nodes.push({
        code: `c${i}`,
        parent: `c${(i + 1) % 5000}`,
        type: 'aggregate',
        label: { id: `C${i}` },
      });
    const r = (() => {
      try {
        parseFramework({ id: 'loop', version: '1', label: { id: 'Loop' }, nodes });
        return [];
      } catch (e) {
        return (e as { issues: { code: string }[] }).issues.filter(
          (i) => i.code === 'framework/cycle',
        );
      }
    })();
    expect(r).toHaveLength(1);
  });

  it('1e400 and 0x10 are not numbers', () => {
    expect(parseNumber('1e400')).toBeUndefined();
    expect(parseNumber('-1e400')).toBeUndefined();
    expect(parseNumber('0x10')).toBeUndefined();
    expect(parseNumber('1e300')).toBe(1e300);
  });

  it('CSV cells that a spreadsheet would run are neutralised; numbers are not', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x")'])
      expect(spreadsheetSafe(bad)).toBe(`'${bad}`);
    for (const ok of ['-3.5', '+1e3', '-0', 'Kota Bandung', '3,5', ''])
      expect(spreadsheetSafe(ok)).toBe(ok);
    const csv = formatCsv({
      names: ['unit', 'x'],
      columns: [
        ['=cmd|calc', '-7'],
        [-1, -2.5],
      ],
      rowCount: 2,
    });
    expect(csv).toBe("unit,x\n'=cmd|calc,-1\n-7,-2.5\n");
  });

  it('a node coded __proto__ survives into the results JSON', () => {
    const f = fw((x) => ({
      ...x,
      nodes: x.nodes.map((n) => (n.code === 'a' ? { ...n, code: '__proto__' } : n)),
    }));
    const d = {
      units,
      values: data.values.map((v) => (v.indicator === 'a' ? { ...v, indicator: '__proto__' } : v)),
    };
    const doc = JSON.parse(JSON.stringify(score(f, d)));
    expect(doc.framework.nodes.map((n: { code: string }) => n.code)).toContain('__proto__');
    expect(doc.columns.map((c: { key: string }) => c.key)).toContain('__proto__');
    // …and the reader's rows keep it as an ordinary key.
    const row = resultsView(parseResults(doc)).rows[0];
    expect(Object.hasOwn(row?.scores ?? {}, '__proto__')).toBe(true);
  });
});
