// Small hand-checkable inputs for the analysis tests.
import type { Dataset, Framework } from '@takar/core';
import { splitmix32 } from '../../src/analysis/index.js';

/**
 * idx ─┬─ a ─ a1, a2
 *      └─ b ─ b1, b2          equal weights, bands low [·, 50) and high [50, ·) on idx
 */
export const small: Framework = {
  id: 'small',
  version: '1',
  label: { id: 'Kecil', en: 'Small' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'a', parent: 'idx', type: 'aggregate', label: { id: 'A' } },
    { code: 'b', parent: 'idx', type: 'aggregate', label: { id: 'B' } },
    { code: 'a1', parent: 'a', type: 'indicator', label: { id: 'A1' } },
    { code: 'a2', parent: 'a', type: 'indicator', label: { id: 'A2' } },
    { code: 'b1', parent: 'b', type: 'indicator', label: { id: 'B1' }, scale: [0, 100] },
    { code: 'b2', parent: 'b', type: 'indicator', label: { id: 'B2' } },
  ],
  bands: [
    { code: 'low', label: { id: 'Rendah' }, min: null, max: 50 },
    { code: 'high', label: { id: 'Tinggi' }, min: 50, max: null },
  ],
};

/**
 * Every indicator spans 0–100, so min-max leaves it unchanged. Scores (amean):
 *   a: u1 50, u2 75, u3 25, u4 50, u5 50      b: u1 75, u2 25, u3 75, u4 25, u5 62.5
 *   idx: u1 62.5, u2 50, u3 50, u4 37.5, u5 56.25 → ranks 1, 3, 3, 5, 2
 */
export const SMALL_VALUES: Record<string, Record<string, number>> = {
  u1: { a1: 100, a2: 0, b1: 100, b2: 50 },
  u2: { a1: 50, a2: 100, b1: 0, b2: 50 },
  u3: { a1: 0, a2: 50, b1: 50, b2: 100 },
  u4: { a1: 75, a2: 25, b1: 50, b2: 0 },
  u5: { a1: 25, a2: 75, b1: 100, b2: 25 },
};

export const SMALL_GROUPS: Record<string, Record<string, string>> = {
  u1: { prov: 'P', type: 'kota' },
  u2: { prov: 'P', type: 'kabupaten' },
  u3: { prov: 'P', type: 'kabupaten' },
  u4: { prov: 'Q', type: 'kota' },
  u5: { prov: 'Q', type: 'kabupaten' },
};

/** The small dataset, optionally for a year and with some values changed or units left out. */
export function smallData(
  options: { year?: number; values?: Record<string, Record<string, number>>; omit?: string[] } = {},
): Dataset {
  const values = options.values ?? SMALL_VALUES;
  const units = Object.keys(values).filter((u) => !options.omit?.includes(u));
  return {
    units: units.map((u) => ({
      code: u,
      name: `Unit ${u}`,
      groups: SMALL_GROUPS[u] ?? { prov: 'R', type: 'kota' },
    })),
    values: units.flatMap((u) =>
      Object.entries(values[u] ?? {}).map(([indicator, value]) =>
        options.year === undefined
          ? { unit: u, indicator, value }
          : { unit: u, indicator, year: options.year, value },
      ),
    ),
  };
}

/** A seeded random framework and dataset: `dims` × `subs` × `inds` indicators, `n` units, some skewed, some missing. */
export function randomCase(
  n: number,
  dims = 3,
  subs = 2,
  inds = 3,
  seed = 7,
  missing = 0.03,
): { framework: Framework; data: Dataset } {
  const rnd = splitmix32(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const nodes: Framework['nodes'] = [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
  ];
  const indicators: string[] = [];
  for (let d = 1; d <= dims; d++) {
    nodes.push({
      code: `d${d}`,
      parent: 'idx',
      type: 'aggregate',
      label: { id: `D${d}` },
      weight: d,
    });
    for (let s = 1; s <= subs; s++) {
      nodes.push({
        code: `d${d}.${s}`,
        parent: `d${d}`,
        type: 'aggregate',
        label: { id: `D${d}.${s}` },
      });
      for (let i = 1; i <= inds; i++) {
        const code = `d${d}.${s}.${i}`;
        nodes.push({
          code,
          parent: `d${d}.${s}`,
          type: 'indicator',
          label: { id: code },
          ...(i === 2 ? { direction: -1 as const } : {}),
        });
        indicators.push(code);
      }
    }
  }
  const units = Array.from({ length: n }, (_v, i) => ({
    code: `r${String(i).padStart(3, '0')}`,
    name: `Region ${i}`,
    groups: { half: i % 2 ? 'odd' : 'even' },
  }));
  const values: Dataset['values'] = [];
  indicators.forEach((indicator, k) => {
    for (const u of units) {
      const x = k % 3 === 0 ? Math.exp(normal() * 1.3) * 10 : 50 + normal() * 15;
      values.push({ unit: u.code, indicator, value: rnd() < missing ? null : x });
    }
  });
  return {
    framework: { id: 'random', version: '1', label: { id: 'Acak' }, nodes },
    data: { units, values },
  };
}
