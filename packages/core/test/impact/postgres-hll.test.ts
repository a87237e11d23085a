// Takar's postgresql-hll sketches against the real extension (PostgreSQL 15, hll, pgcrypto): the
// same 64-bit hashes must give the same bytes, registers and cardinality both ways, pgcrypto's HMAC
// must give Takar's keyed hash, and the SQL of pgHllSketchSql must build Takar's sketches.
// Needs TAKAR_PG_URL (scripts/ci/postgres.sh); skipped with that reason otherwise.
import { describe, expect, it } from 'vitest';
import {
  PgHll,
  federatedHash,
  federatedHasher,
  keyCheck,
  mergeSketches,
  parsePgHll,
  pgHllHex,
  pgHllSketchSql,
  readSketchCsv,
  type PgHllParams,
} from '../../src/impact/index.js';
import { copyBigints, pgSkipReason, pgUrl, psql } from '../helpers/postgres.js';

/** splitmix64: seeded 64-bit values as signed bigints, the same on every run. */
function hashes(n: number, seed: bigint): bigint[] {
  let x = seed;
  const out: bigint[] = [];
  const M = (1n << 64n) - 1n;
  for (let i = 0; i < n; i++) {
    x = (x + 0x9e3779b97f4a7c15n) & M;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
    out.push(BigInt.asIntN(64, z ^ (z >> 31n)));
  }
  return out;
}

const pgParams = (p: PgHllParams) =>
  `${p.log2m}, ${p.regwidth}, ${p.expthresh}, ${p.sparseon ? 1 : 0}`;

/** The extension's sketch (text) and cardinality of the given hashes. */
function pgSketch(
  values: readonly bigint[],
  p: PgHllParams,
): { text: string; cardinality: number } {
  const out = psql(
    copyBigints('h', values) +
      `SELECT coalesce(hll_add_agg(v::hll_hashval, ${pgParams(p)}), hll_empty(${pgParams(p)}))::text || '|' ||
        coalesce(hll_cardinality(hll_add_agg(v::hll_hashval, ${pgParams(p)})), 0) FROM h;\n`,
  ).trim();
  const [text, card] = out.split('|');
  return { text: text as string, cardinality: Number(card) };
}

const run = pgUrl ? describe : describe.skip;
if (!pgUrl) console.warn(`postgres-hll.test.ts skipped: ${pgSkipReason}`);

run(
  pgUrl
    ? 'PostgreSQL hll extension (real engine)'
    : `PostgreSQL hll extension: skipped, ${pgSkipReason}`,
  () => {
    const defaults: PgHllParams = { log2m: 11, regwidth: 5, expthresh: -1, sparseon: true };
    const cases: [string, PgHllParams, number[]][] = [
      [
        'defaults 11/5/auto/sparse',
        defaults,
        [0, 1, 7, 160, 161, 500, 700, 900, 3000, 20000, 200000],
      ],
      ['no explicit (expthresh 0)', { ...defaults, expthresh: 0 }, [1, 300, 1000]],
      ['no sparse', { ...defaults, sparseon: false }, [200, 5000]],
      ['12/5 (17-bit sparse words)', { ...defaults, log2m: 12 }, [400, 1300, 30000]],
      [
        '14/6, expthresh 64',
        { log2m: 14, regwidth: 6, expthresh: 64, sparseon: true },
        [64, 65, 100000],
      ],
      ['11/6', { ...defaults, regwidth: 6 }, [170, 2000]],
    ];
    for (const [name, params, sizes] of cases)
      it(`writes the extension's bytes and cardinality for the same hashes: ${name}`, () => {
        for (const n of sizes) {
          const values = hashes(n, BigInt(n) * 7919n + BigInt(params.log2m));
          const takar = new PgHll(params);
          for (const v of values) takar.addBigInt(v);
          const pg = pgSketch(values, params);
          expect(pgHllHex(takar), `${name}, n = ${n}`).toBe(pg.text);
          if (params.log2m + 2 ** params.regwidth - 2 >= 64 && Number.isNaN(pg.cardinality)) {
            // The extension computes 2^L (L = log2m + 2^regwidth − 2) in 64-bit integers: for L ≥ 64
            // it overflows and hll_cardinality is NaN past linear counting. Takar keeps the formula.
            expect(Number.isFinite(takar.cardinality())).toBe(true);
            expect(Math.abs(takar.cardinality() / n - 1)).toBeLessThan(3 * takar.standardError);
          } else expect(takar.cardinality()).toBeCloseTo(pg.cardinality, 6);
          // and the registers read back from PostgreSQL's bytes are Takar's
          expect(parsePgHll(pg.text).registers()).toEqual(takar.registers());
        }
      });

    it('sets the registers of edge hashes as the extension does (0, −1, min, powers of two)', () => {
      const edge = [
        0n,
        -1n,
        -(1n << 63n),
        1n,
        2047n,
        2048n,
        1n << 50n,
        1n << 62n,
        (1n << 63n) - 1n,
        -2048n,
      ];
      for (const params of [{ ...defaults, expthresh: 0 }, defaults]) {
        const takar = new PgHll(params);
        for (const v of edge) takar.addBigInt(v);
        expect(pgHllHex(takar)).toBe(pgSketch(edge, params).text);
      }
    });

    it('unions a PostgreSQL sketch and a Takar sketch of the same keys without growth, and mixes both', () => {
      const values = hashes(50000, 42n);
      const takar = new PgHll();
      for (const v of values) takar.addBigInt(v);
      const pg = pgSketch(values, defaults);
      const fromPg = parsePgHll(pg.text);
      const union = fromPg.clone().union(takar);
      expect(union.cardinality()).toBe(takar.cardinality());
      expect(union.cardinality()).toBe(fromPg.cardinality());
      // the extension agrees: its union with Takar's bytes equals its own sketch
      const out = psql(
        `SELECT hll_union('${pg.text}'::hll, '${pgHllHex(takar)}'::hll)::text = '${pg.text}', hll_cardinality('${pgHllHex(takar)}'::hll);\n`,
      ).trim();
      expect(out).toBe(`t|${pg.cardinality}`);
      // halves from either side merge to the whole
      const half = new PgHll();
      for (const v of values.slice(0, 25000)) half.addBigInt(v);
      const otherHalf = parsePgHll(pgSketch(values.slice(25000), defaults).text);
      expect(pgHllHex(half.union(otherHalf))).toBe(pg.text);
    });

    it("computes Takar's keyed hash with pgcrypto's hmac()", () => {
      const key = 'kunci-bersama-uji-3f9a';
      const niks = Array.from(
        { length: 200 },
        (_, i) => `3273${String(1000_0000_0000 + i * 7_777_777).slice(0, 12)}`,
      );
      const rows = psql(
        `SELECT CAST(CAST('x' || encode(substring(hmac(k, '${key}', 'sha256') FROM 1 FOR 8), 'hex') AS bit(64)) AS bigint)
         FROM unnest(ARRAY[${niks.map((n) => `'${n}'`).join(',')}]) WITH ORDINALITY AS t(k, i) ORDER BY i;\n`,
      )
        .trim()
        .split('\n');
      expect(rows.map((r) => BigInt(r))).toEqual(niks.map((n) => federatedHash(n, key)));
    });

    it('runs the printed SQL on a table of raw NIKs and gets exactly the sketches Takar builds', () => {
      const key = 'kunci-uji-agensi';
      // a table with formatted NIKs (spaces, dots, dashes), a non-NIK key, a blank and a NULL key
      const rows: [string, string | null][] = [];
      for (let i = 0; i < 3000; i++) {
        const d = `32${String(10_0000_0000_0000 + i * 31_337).slice(0, 14)}`;
        const form =
          i % 3 === 0
            ? d
            : i % 3 === 1
              ? `${d.slice(0, 4)} ${d.slice(4, 8)}.${d.slice(8, 12)}-${d.slice(12)}`
              : ` ${d} `;
        rows.push([i % 5 === 0 ? '32.73' : i % 5 === 1 ? '32.04' : '33.74', form]);
      }
      rows.push(['32.73', 'beneficiary-x'], ['32.73', ''], ['33.74', null]);
      const copy = `CREATE TEMP TABLE penerima (kode_wilayah text, nik text);\nCOPY penerima FROM STDIN WITH (FORMAT csv);\n${rows
        .map(([r, k]) => `${r},${k === null ? '' : `"${k}"`}`)
        .join('\n')}\n\\.\n`;
      const sql = pgHllSketchSql({ table: 'penerima', key: 'nik', group: 'kode_wilayah' });
      const csv = psql(copy + sql, { csv: true, env: { TAKAR_SALT: key } });
      const set = readSketchCsv(csv, 'agency.csv');
      const hash = federatedHasher(key);
      const mine = new Map<string, PgHll>();
      for (const [r, k] of rows) {
        if (k === null || k === '') continue;
        const s = mine.get(r) ?? new PgHll();
        s.addHash(...hash(k));
        mine.set(r, s);
      }
      expect(set.groups.map((g) => g.group)).toEqual(['32.04', '32.73', '33.74']);
      for (const g of set.groups)
        expect(pgHllHex(g.sketch), g.group).toBe(pgHllHex(mine.get(g.group) as PgHll));
      // the key check computed in the database is Takar's
      expect(set.keyCheck).toBe(keyCheck(key));
      expect(set.groups.map((g) => [g.records, g.withoutKey])).toEqual([
        [600, 0],
        [602, 1],
        [1801, 1],
      ]);
      // no NIK in the exported file
      for (const [, k] of rows.slice(0, 3000))
        expect(csv.includes((k as string).replace(/\D/g, ''))).toBe(false);
      // the counts are within the stated error of the truth (1 non-NIK key in 32.73)
      const { groups } = mergeSketches([set]);
      const truth: Record<string, number> = { '32.04': 600, '32.73': 601, '33.74': 1800 };
      for (const g of groups) {
        expect(g.low).toBeLessThanOrEqual(truth[g.group] as number);
        expect(g.high).toBeGreaterThanOrEqual(truth[g.group] as number);
      }
    });
  },
);
