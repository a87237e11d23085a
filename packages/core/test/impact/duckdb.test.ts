import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDistinctDuckDB, loadDuckDB } from '../../src/impact/duckdb.js';
import { TakarError } from '../../src/errors/index.js';
import {
  defaultProvinceOf,
  groupingLabel,
  parseGroupings,
  type Grouping,
} from '../../src/impact/index.js';

// A folder whose name needs quoting in SQL, to show paths are escaped rather than spliced in.
const dir = mkdtempSync(join(tmpdir(), "takar-impact-o'brien-"));
const csv = join(dir, 'records.csv');
const parquet = join(dir, 'records.parquet');
const nik = join(dir, 'raw.csv');

beforeAll(async () => {
  const { DuckDBInstance } = await loadDuckDB();
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const q = (p: string) => `'${p.replaceAll("'", "''")}'`;
  // 30 000 records over 9 000 people (sha256 pseudonyms), regions in two provinces, a few without dimension.
  await c.run(`CREATE TABLE r AS SELECT
      (['32.73', '32.04', '33.74', '3201'])[1 + (hash(i, 1) % 4)::INT] AS region,
      'P' || (hash(i, 2) % 3)::VARCHAR AS programme,
      sha256('person-' || (hash(i, 3) % 9000)::VARCHAR) AS key,
      (['social', 'health', 'economy'])[1 + (hash(i, 4) % 3)::INT] AS dimension,
      2023 + (hash(i, 5) % 2)::INT AS year
    FROM range(30000) t(i)`);
  await c.run(`COPY r TO ${q(csv)} (HEADER, DELIMITER ',')`);
  await c.run(`COPY r TO ${q(parquet)} (FORMAT PARQUET)`);
  await c.run(
    `COPY (SELECT '32.73' AS region, 'PKH' AS programme, '3273010101900001' AS key) TO ${q(nik)} (HEADER)`,
  );
  c.closeSync();
  db.closeSync();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Brute force: a Set of keys per group, straight from the CSV text. */
function bruteForce(groupings: readonly Grouping[]): Map<string, number> {
  const [header, ...lines] = readFileSync(csv, 'utf8').trim().split('\n');
  const cols = (header ?? '').split(',');
  const sets = new Map<string, Set<string>>();
  for (const line of lines) {
    const cells = line.split(',');
    const row = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])) as Record<
      string,
      string
    >;
    row['province'] = defaultProvinceOf(row['region'] ?? '');
    for (const g of groupings) {
      const k = `${groupingLabel(g)}|${g.map((f) => row[f]).join('|')}`;
      if (!sets.has(k)) sets.set(k, new Set());
      sets.get(k)?.add(row['key'] ?? '');
    }
  }
  return new Map([...sets].map(([k, s]) => [k, s.size]));
}

describe('countDistinctDuckDB', () => {
  const by = parseGroupings('region,province,region+dimension,year,national');

  it('equals a brute-force count on CSV and on Parquet', async () => {
    const expected = bruteForce(by);
    for (const path of [csv, parquet]) {
      const { rows, issues } = await countDistinctDuckDB({ source: { path }, by });
      expect(issues).toEqual([]);
      const got = new Map(
        rows.map((r) => [
          `${groupingLabel(r.by)}|${r.by.map((f) => r.group[f]).join('|')}`,
          r.affected,
        ]),
      );
      expect(got).toEqual(expected);
      expect(rows.every((r) => r.method === 'exact')).toBe(true);
    }
    // Province 32 includes the undotted code 3201.
    expect(expected.get('province|32')).toBeGreaterThan(expected.get('region|32.73') ?? Infinity);
  });

  it('gives the same counts on 64-bit key hashes', async () => {
    const strings = await countDistinctDuckDB({ source: { path: parquet }, by });
    const hashed = await countDistinctDuckDB({ source: { path: parquet }, by, hash64: true });
    expect(hashed.rows).toEqual(strings.rows);
  });

  it("approximates with the engine's sketch and labels it so", async () => {
    const { rows } = await countDistinctDuckDB({
      source: { path: parquet },
      by: [[]],
      approx: true,
    });
    expect(rows[0]?.method).toBe('engine-approx');
    expect(Math.abs((rows[0]?.affected ?? 0) / 9000 - 1)).toBeLessThan(0.05);
  });

  it('reports progress and ends at 100', async () => {
    const seen: number[] = [];
    await countDistinctDuckDB({
      source: { path: parquet },
      by: [['region']],
      onProgress: (p) => seen.push(p),
    });
    expect(seen.at(-1)).toBe(100);
  });

  it('refuses a file of raw NIKs, also when told the keys are pseudonyms', async () => {
    for (const alreadyHashed of [false, true])
      await expect(
        countDistinctDuckDB({ source: { path: nik }, alreadyHashed }),
      ).rejects.toMatchObject({
        code: 'impact/raw-identifier',
        path: ['source', 'key'],
      });
  });

  it('checks every row and column, not the first 10 000 keys, and never echoes a value', async () => {
    const late = join(dir, 'late-nik.csv');
    const lines = ['region,programme,key'];
    for (let i = 0; i < 20_000; i++) lines.push(`32.73,PKH,k${i}`);
    lines.push('32.73,3273 0101 0190 0009,k-last');
    writeFileSync(late, lines.join('\n') + '\n');
    const e = await countDistinctDuckDB({ source: { path: late }, alreadyHashed: true }).catch(
      (x: unknown) => x,
    );
    expect(e).toMatchObject({ code: 'impact/raw-identifier', path: ['source', 'programme'] });
    expect(String((e as Error).message)).toMatch(/1 value in column "programme"/);
    expect(String((e as Error).message)).not.toMatch(/0101/);
  });

  it('a missing file, or a pattern matching none, is io/not-found naming the path', async () => {
    for (const path of [join(dir, 'missing.parquet'), join(dir, 'none', '*.csv')]) {
      const e = await countDistinctDuckDB({ source: { path } }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(TakarError);
      expect((e as TakarError).issues).toEqual([
        {
          code: 'io/not-found',
          path: ['source', 'path'],
          message: `No file matches "${path}"; check the path (a pattern such as records/*.parquet needs at least one file).`,
        },
      ]);
    }
  });
});
