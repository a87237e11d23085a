// Seeded synthetic benchmark inputs: a balanced framework tree and skewed data with gaps.
import type { Dataset, Framework, FrameworkNode } from '../src/index.js';

/** A small, fast, seeded PRNG (mulberry32), so every run benchmarks the same numbers. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A tree with `fanout[i]` children per node at depth i; leaves are indicators. */
export function syntheticFramework(fanout: readonly number[]): Framework {
  const nodes: FrameworkNode[] = [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
  ];
  let level = ['idx'];
  fanout.forEach((k, depth) => {
    const next: string[] = [];
    const leaf = depth === fanout.length - 1;
    for (const p of level) {
      for (let i = 0; i < k; i++) {
        const code = `${p === 'idx' ? 'n' : p}.${i + 1}`;
        nodes.push({
          code,
          parent: p,
          type: leaf ? 'indicator' : 'aggregate',
          label: { id: code },
          ...(leaf && i % 4 === 3 ? { direction: -1 as const } : {}),
        });
        next.push(code);
      }
    }
    level = next;
  });
  return { id: 'bench', version: '1', label: { id: 'Bench' }, nodes };
}

/** Units × indicators of skewed values (some lognormal with outliers), ~`missing` share missing. */
export function syntheticColumns(
  indicators: readonly string[],
  n: number,
  seed = 42,
  missing = 0.05,
): Map<string, Float64Array> {
  const rnd = prng(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const cols = new Map<string, Float64Array>();
  indicators.forEach((code, k) => {
    const col = new Float64Array(n);
    const skewed = k % 3 === 0;
    for (let i = 0; i < n; i++) {
      if (rnd() < missing) col[i] = NaN;
      else col[i] = skewed ? Math.exp(normal() * 1.2) * 10 : 50 + normal() * 15;
    }
    cols.set(code, col);
  });
  return cols;
}

/** The same data in the long form of the `Dataset` schema. */
export function longDataset(
  units: readonly string[],
  columns: ReadonlyMap<string, Float64Array>,
): Dataset {
  const values: Dataset['values'] = [];
  for (const [indicator, col] of columns) {
    units.forEach((unit, i) => {
      const x = col[i] as number;
      values.push({ unit, indicator, value: Number.isNaN(x) ? null : x });
    });
  }
  return { units: units.map((code) => ({ code, name: code })), values };
}
