// Loads COINr's reference outputs for the ASEM example (the fixture in ../fixtures/coinr-asem/,
// with its source and licence in its README) and the inputs as Takar framework and data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  datasetFromTable,
  frameworkFromCoinrMeta,
  parseCsv,
  parseFramework,
  type CoinrMeta,
  type Dataset,
  type FrameworkTree,
} from '@takar/core';

/** The reference folder, resolved from this file: packages/core/test/fixtures/coinr-asem/. */
export const REF_DIR = fileURLToPath(new URL('../fixtures/coinr-asem/', import.meta.url));

/** Absolute path of a reference file; fails with a clear message when the folder is missing. */
export function refPath(name: string): string {
  const path = REF_DIR + name;
  if (!existsSync(path)) {
    throw new Error(
      `COINr reference file ${name} not found at ${path}; restore packages/core/test/fixtures/coinr-asem/ from git.`,
    );
  }
  return path;
}

/** Every file of the reference folder (so a test can check none is left unreproduced). */
export function refFiles(): string[] {
  refPath('README.md');
  return readdirSync(REF_DIR).sort();
}

/** A reference CSV: header names and rows keyed by their first column (uCode or iCode). */
export interface RefTable {
  names: string[];
  rows: Map<string, Map<string, string>>;
}

export function readRef(name: string, key?: string): RefTable {
  const t = parseCsv(readFileSync(refPath(name), 'utf8'));
  const rows = new Map<string, Map<string, string>>();
  for (let r = 0; r < t.rowCount; r++) {
    const m = new Map<string, string>();
    t.names.forEach((n, k) => m.set(n, String((t.columns[k] as ArrayLike<unknown>)[r])));
    rows.set(m.get(key ?? (t.names[0] as string)) as string, m);
  }
  return { names: [...t.names], rows };
}

/** A reference cell as a number: '' is missing (NaN), 'Inf' / '-Inf' are infinities. */
export function refNumber(text: string): number {
  if (text === '' || text === 'NA') return NaN;
  if (text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

/** Whether a computed value matches a reference value to 1e-9 relative (both missing, or equal infinities, also match). */
export function close(actual: number | null | undefined, expected: number): boolean {
  const a = actual === null || actual === undefined ? NaN : actual;
  if (Number.isNaN(expected)) return Number.isNaN(a);
  if (!Number.isFinite(expected)) return a === expected;
  // 1e-9 relative; the 1e-12 floor only absorbs rounding residue around exact zeros.
  return Math.abs(a - expected) <= 1e-9 * Math.max(Math.abs(a), Math.abs(expected)) + 1e-12;
}

/**
 * Compares a table of computed values (unit → column → value) with a reference file on every
 * column of the file after the key, and returns the mismatches (empty when all match).
 */
export function mismatches(
  name: string,
  get: (key: string, column: string) => number | null | undefined,
  options: {
    exact?: boolean;
    columns?: readonly string[];
    excuse?: (key: string, column: string) => boolean;
  } = {},
): string[] {
  const ref = readRef(name);
  const out: string[] = [];
  const cols = options.columns ?? ref.names.slice(1);
  for (const [key, row] of ref.rows) {
    for (const c of cols) {
      const expected = refNumber(row.get(c) ?? '');
      const actual = get(key, c);
      const ok = options.exact
        ? Number.isNaN(expected)
          ? actual === null || actual === undefined || Number.isNaN(actual)
          : actual === expected
        : close(actual, expected);
      if (!ok && !options.excuse?.(key, c))
        out.push(`${name} ${key}/${c}: expected ${row.get(c)}, got ${actual}`);
    }
  }
  return out;
}

/** The ASEM example as Takar inputs: framework from meta.csv, data from data.csv. */
export function asem(): { meta: CoinrMeta; tree: FrameworkTree; data: Dataset; panel: Dataset } {
  const meta = frameworkFromCoinrMeta(parseCsv(readFileSync(refPath('meta.csv'), 'utf8')), {
    id: 'asem',
    version: 'coinr-1.1.14',
  });
  const tree = parseFramework(meta.framework);
  const opts = { groups: meta.groups, denominators: meta.denominators };
  const data = datasetFromTable(parseCsv(readFileSync(refPath('data.csv'), 'utf8')), tree, opts);
  const panel = datasetFromTable(
    parseCsv(readFileSync(refPath('data_panel.csv'), 'utf8')),
    tree,
    opts,
  );
  return { meta, tree, data, panel };
}

/**
 * data.csv carries 15 significant digits, so values that differ in COINr's binary data can print
 * the same. `ref_raw_stats.csv` tells where: an indicator whose `N.Unique` in R is larger than the
 * number of distinct values in data.csv. Returns, per such indicator, the units whose raw value is
 * tied with another unit in the CSV: only there can ranks legitimately differ by this artefact.
 */
export function printTies(data: Dataset): Map<string, Set<string>> {
  const stats = readRef('ref_raw_stats.csv');
  const out = new Map<string, Set<string>>();
  for (const [code, row] of stats.rows) {
    const vals = data.values.filter((v) => v.indicator === code && v.value !== null);
    const distinct = new Set(vals.map((v) => v.value));
    if (distinct.size >= Number(row.get('N.Unique'))) continue;
    const count = new Map<number, number>();
    for (const v of vals) count.set(v.value as number, (count.get(v.value as number) ?? 0) + 1);
    out.set(
      code,
      new Set(vals.filter((v) => (count.get(v.value as number) ?? 0) > 1).map((v) => v.unit)),
    );
  }
  return out;
}
