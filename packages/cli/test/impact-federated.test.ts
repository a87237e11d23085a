// takar impact sketch | merge | sql: three synthetic agencies sketch their own beneficiaries, the
// coordinator merges. With TAKAR_PG_URL, one agency sketches inside PostgreSQL with the printed SQL.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PgHll, federatedHasher, parsePgHll, pgHllHex } from '@takar/core';
import { pgSkipReason, pgUrl, psql } from './helpers/postgres.js';
import { workspace } from './helpers/takar.js';

const { dir, takar } = workspace('federated');
const KEY = 'kunci-bersama-uji-7c41';
afterEach(() => vi.unstubAllEnvs());

/** The synthetic NIK of person i (16 digits), in one of three written forms. */
const nik = (i: number, form = 0): string => {
  const d = `3273${String(1_000_000_000_000 + i * 7919).slice(1)}`;
  return form === 1
    ? `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`
    : form === 2
      ? `${d.slice(0, 6)}.${d.slice(6)}`
      : d;
};
// Kota Bandung (32.73): Dinsos 0–2999, BPJS 2000–4999, Disdik 4500–5499 → 5500 persons.
// Kota Surakarta (33.72): Dinsos 0–49, BPJS 40–99 → 100 persons (small: counted exactly).
const agencies: Record<string, [string, number, number][]> = {
  dinsos: [
    ['32.73', 0, 3000],
    ['33.72', 0, 50],
  ],
  bpjs: [
    ['32.73', 2000, 5000],
    ['33.72', 40, 100],
  ],
  disdik: [['32.73', 4500, 5500]],
};
const allNiks: string[] = [];
Object.entries(agencies).forEach(([name, ranges], a) => {
  const lines = ['region,programme,key'];
  for (const [region, from, to] of ranges)
    for (let i = from; i < to; i++) {
      const k = nik(i + (region === '33.72' ? 90_000 : 0), a);
      allNiks.push(k.replace(/\D/g, ''));
      lines.push(`${region},${name},"${k}"`);
    }
  writeFileSync(join(dir, `${name}.csv`), lines.join('\n') + '\n');
});

/** Takar's own union sketch of a region's persons, for checking merges exactly. */
function truthSketch(region: string): { sketch: PgHll; n: number } {
  const h = federatedHasher(KEY);
  const s = new PgHll();
  const seen = new Set<number>();
  for (const ranges of Object.values(agencies))
    for (const [r, from, to] of ranges)
      if (r === region) for (let i = from; i < to; i++) seen.add(i);
  for (const i of seen) s.addHash(...h(nik(i + (region === '33.72' ? 90_000 : 0))));
  return { sketch: s, n: seen.size };
}

async function sketchAll(): Promise<void> {
  vi.stubEnv('TAKAR_SALT', KEY);
  for (const name of Object.keys(agencies)) {
    const r = await takar(
      'impact',
      'sketch',
      '--records',
      `${name}.csv`,
      '--by',
      'region',
      '--source',
      name,
      '--out',
      `${name}.sketch.json`,
    );
    expect(r.code, r.stderr).toBe(0);
  }
}

/** Rows of a written CSV (no quoted cells in these files): numbers as numbers, true/false as booleans, empty as undefined. */
const csvRows = (file: string): Record<string, unknown>[] => {
  const [head, ...lines] = readFileSync(join(dir, file), 'utf8').trim().split('\n');
  const names = (head as string).split(',');
  const value = (t: string): unknown =>
    t === ''
      ? undefined
      : t === 'true'
        ? true
        : t === 'false'
          ? false
          : /^-?[\d.e+-]+$/.test(t) && t !== '-'
            ? Number(t)
            : t;
  const text = new Set(['group', 'a', 'b', 'method', 'sources']);
  return lines.map((l) =>
    Object.fromEntries(
      l.split(',').map((t, k) => [names[k], text.has(names[k] as string) ? t : value(t)]),
    ),
  );
};

describe('takar impact sketch and merge', () => {
  it('writes a versioned sketch document: hash rule, parameters, key check, one sketch per group', async () => {
    await sketchAll();
    const doc = JSON.parse(readFileSync(join(dir, 'dinsos.sketch.json'), 'utf8'));
    expect(doc.format).toBe('takar-sketch');
    expect(doc.version).toBe(1);
    expect(doc.hash.rule).toBe('hmac-sha256-int64-v1');
    expect(doc.hash.keyCheck).toMatch(/^[0-9a-f]{16}$/);
    expect(doc.params).toEqual({ log2m: 11, regwidth: 5, expthresh: -1, sparseon: true });
    expect(doc.groups.map((g: { group: string; records: number }) => [g.group, g.records])).toEqual(
      [
        ['32.73', 3000],
        ['33.72', 50],
      ],
    );
    expect(doc.groups[1].sketch.startsWith('\\x128b7f')).toBe(true); // 50 hashes: EXPLICIT
    expect(doc.groups[0].sketch.startsWith('\\x148b7f')).toBe(true); // 3000: FULL
  });

  it('merges per group into the sketch of the union, with the estimate, its interval and the overlaps', async () => {
    await sketchAll();
    const r = await takar(
      'impact',
      'merge',
      'dinsos.sketch.json',
      'bpjs.sketch.json',
      'disdik.sketch.json',
      '--out',
      'counts.csv',
      '--out-overlaps',
      'overlaps.csv',
    );
    expect(r.code, r.stderr).toBe(0);
    const rows = csvRows('counts.csv');
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'group',
      'estimate',
      'low',
      'high',
      'method',
      'hll_cardinality',
      'sources',
      'records',
      'without_key',
    ]);
    const big = truthSketch('32.73');
    expect(rows[0]).toMatchObject({
      group: '32.73',
      method: 'hll',
      sources: 'dinsos|bpjs|disdik',
      records: 7000,
    });
    expect(rows[0]?.estimate).toBeCloseTo(big.sketch.estimate(), 6);
    expect(rows[0]?.hll_cardinality).toBeCloseTo(big.sketch.cardinality(), 6);
    expect(rows[0]?.low as number).toBeLessThan(big.n);
    expect(rows[0]?.high as number).toBeGreaterThan(big.n);
    expect(rows[1]).toMatchObject({
      group: '33.72',
      estimate: 100,
      low: 100,
      high: 100,
      method: 'exact',
      records: 110,
    });
    const o = csvRows('overlaps.csv');
    const pair = (a: string, b: string) =>
      o.find((x) => x.group === '32.73' && x.a === a && x.b === b);
    // true overlaps: dinsos∩bpjs 1000, bpjs∩disdik 500, dinsos∩disdik 0
    expect(pair('dinsos', 'bpjs')?.estimable).toBe(true);
    expect(pair('dinsos', 'bpjs')?.low as number).toBeLessThan(1000);
    expect(pair('dinsos', 'bpjs')?.high as number).toBeGreaterThan(1000);
    expect(pair('dinsos', 'disdik')?.low).toBe(0);
    expect(pair('dinsos', 'disdik')?.estimable).toBe(false);
    expect(o.find((x) => x.group === '33.72')).toMatchObject({
      a: 'dinsos',
      b: 'bpjs',
      overlap: 10,
      low: 10,
      high: 10,
      estimable: true,
    });
  });

  it('writes and reads the postgres group,sketch CSV form, and merging it gives the same union', async () => {
    await sketchAll();
    expect(
      (
        await takar(
          'impact',
          'sketch',
          '--records',
          'bpjs.csv',
          '--format',
          'postgres',
          '--out',
          'bpjs.csv.sketch.csv',
        )
      ).code,
    ).toBe(0);
    const text = readFileSync(join(dir, 'bpjs.csv.sketch.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('group,sketch');
    const r = await takar(
      'impact',
      'merge',
      'dinsos.sketch.json',
      'bpjs.csv.sketch.csv',
      'disdik.sketch.json',
      '--format',
      'postgres',
      '--out',
      'union.csv',
    );
    expect(r.code, r.stderr).toBe(0);
    const union = readFileSync(join(dir, 'union.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(union.map(([g]) => g)).toEqual(['32.73', '33.72']);
    expect(union[0]?.[1]).toBe(pgHllHex(truthSketch('32.73').sketch));
    expect(union[1]?.[1]).toBe(pgHllHex(truthSketch('33.72').sketch));
    expect(parsePgHll(union[1]?.[1] as string).cardinality()).toBe(100);
  });

  it('groups by province, by the nation, or by several fields joined by |', async () => {
    vi.stubEnv('TAKAR_SALT', KEY);
    const groupsOf = async (by: string): Promise<string[]> => {
      const r = await takar('impact', 'sketch', '--records', 'dinsos.csv', '--by', by);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { groups: { group: string }[] }).groups.map((g) => g.group);
    };
    expect(await groupsOf('province')).toEqual(['32', '33']);
    expect(await groupsOf('national')).toEqual(['national']);
    expect(await groupsOf('region+programme')).toEqual(['32.73|dinsos', '33.72|dinsos']);
    const two = await takar(
      'impact',
      'sketch',
      '--records',
      'dinsos.csv',
      '--by',
      'region,national',
    );
    expect(two.stderr).toContain('error cli/usage at --by');
  });

  it('never writes or prints a NIK: sketch files, CSVs, stdout and stderr', async () => {
    vi.stubEnv('TAKAR_SALT', KEY);
    let printed = '';
    for (const name of Object.keys(agencies)) {
      const r = await takar(
        'impact',
        'sketch',
        '--records',
        `${name}.csv`,
        '--out',
        `${name}.sketch.json`,
      );
      printed += r.stdout + r.stderr;
    }
    const m = await takar(
      'impact',
      'merge',
      'dinsos.sketch.json',
      'bpjs.sketch.json',
      'disdik.sketch.json',
    );
    printed += m.stdout + m.stderr;
    const bad = await takar('impact', 'sketch', '--records', 'dinsos.csv', '--already-hashed');
    printed += bad.stdout + bad.stderr;
    const outputs = readdirSync(dir)
      .filter((f) => /sketch|counts|overlaps|union/.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(outputs.length).toBeGreaterThan(3);
    for (const text of [printed, ...outputs])
      for (const k of allNiks) expect(text.includes(k)).toBe(false);
    expect(bad.code).toBe(1);
  });

  it("refuses raw NIKs under --already-hashed, and keys that are not the rule's HMAC hex, naming file and line", async () => {
    writeFileSync(
      join(dir, 'mixed.csv'),
      `region,key\n32.73,${nik(1)}\n32.73,${'ab'.repeat(32)}\n32.73,not-a-hash\n32.73,\n`,
    );
    const r = await takar('impact', 'sketch', '--records', 'mixed.csv', '--already-hashed');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error impact/raw-identifier at records[2].key');
    expect(r.stderr).toContain('error impact/invalid at records[4].key');
    expect(r.stderr).toContain('error impact/invalid at records[5].key');
    expect(r.stderr).not.toContain(nik(1));
    writeFileSync(join(dir, 'bygroup.csv'), `region,key\n${nik(7)},${'cd'.repeat(32)}\n`);
    const g = await takar('impact', 'sketch', '--records', 'bygroup.csv', '--already-hashed');
    expect(g.stderr).toContain('error impact/raw-identifier at records[2].region');
    expect(g.stderr).not.toContain(nik(7));
    const noKey = await takar('impact', 'sketch', '--records', 'dinsos.csv');
    expect(noKey.stderr).toMatch(/error impact\/missing-salt/);
  });

  it('reports every bad sketch file at its place, and refuses to mix parameters or keys', async () => {
    await sketchAll();
    writeFileSync(
      join(dir, 'bad.csv'),
      `group,sketch\n32.73,\\x118b7f\n33.72,\\x99\n,\\x118b7f\n${nik(3)},\\x118b7f\n`,
    );
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ format: 'takar-sketch', version: 2, groups: [] }),
    );
    const r = await takar('impact', 'merge', 'bad.csv', 'bad.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error impact/invalid-sketch at bad.csv.line[3].sketch');
    expect(r.stderr).toContain('error impact/invalid-sketch at bad.csv.line[4].group');
    expect(r.stderr).toContain('error impact/raw-identifier at bad.csv.line[5].group');
    expect(r.stderr).toContain('error impact/invalid-sketch at bad.json.version');
    expect(r.stderr).not.toContain(nik(3));
    expect(
      (
        await takar(
          'impact',
          'sketch',
          '--records',
          'disdik.csv',
          '--log2m',
          '12',
          '--source',
          'x',
          '--out',
          'p12.sketch.json',
        )
      ).code,
    ).toBe(0);
    const p = await takar('impact', 'merge', 'dinsos.sketch.json', 'p12.sketch.json');
    expect(p.stderr).toMatch(
      /error impact\/incompatible-sketch at x\.params: Sketsa dengan parameter berbeda tidak dapat digabung\. — x uses log2m 12/,
    );
    writeFileSync(
      join(dir, 'otherkey.csv'),
      `group,sketch,key_check\n32.73,\\x118b7f,0123456789abcdef\n`,
    );
    const ok = await takar('impact', 'merge', 'dinsos.sketch.json', 'otherkey.csv');
    expect(ok.stderr).toMatch(/error impact\/incompatible-sketch at hash\.keyCheck/);
    vi.stubEnv('TAKAR_SALT', 'kunci-bersama-lain-01');
    expect(
      (
        await takar(
          'impact',
          'sketch',
          '--records',
          'disdik.csv',
          '--source',
          'y',
          '--out',
          'k2.sketch.json',
        )
      ).code,
    ).toBe(0);
    const k = await takar('impact', 'merge', 'dinsos.sketch.json', 'k2.sketch.json');
    expect(k.stderr).toMatch(
      /error impact\/incompatible-sketch at hash\.keyCheck: .*2 different keys/,
    );
  });

  it('prints the PostgreSQL SQL with the key read from the environment, never inlined', async () => {
    vi.stubEnv('TAKAR_SALT', KEY);
    const r = await takar(
      'impact',
      'sql',
      '--dialect',
      'postgres-hll',
      '--table',
      'bansos.penerima',
      '--key-column',
      'nik',
      '--group-column',
      'kode_wilayah',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\getenv takar_key TAKAR_SALT');
    expect(r.stdout).toContain(`hmac(k, :'takar_key', 'sha256')`);
    expect(r.stdout).toContain('FROM "bansos"."penerima"');
    expect(r.stdout).toContain('11, 5, -1, 1');
    expect(r.stdout).not.toContain(KEY);
    const d = await takar('impact', 'sql', '--dialect', 'duckdb', '--path', 'records.parquet');
    expect(d.stdout).toContain("read_parquet('records.parquet')");
    const bad = await takar('impact', 'sql', '--dialect', 'oracle', '--table', 't');
    expect(bad.code).toBe(2);
  });
});

const pg = pgUrl ? describe : describe.skip;
if (!pgUrl) console.warn(`impact-federated.test.ts: PostgreSQL part skipped: ${pgSkipReason}`);

pg(
  pgUrl
    ? 'takar impact with PostgreSQL as one agency (real engine)'
    : `takar impact with PostgreSQL: skipped, ${pgSkipReason}`,
  () => {
    it('runs the printed SQL on a table of raw NIKs, and merge of its psql CSV with Takar files matches the in-process sketch exactly', async () => {
      vi.stubEnv('TAKAR_SALT', KEY);
      await sketchAll();
      // BPJS keeps its beneficiaries in PostgreSQL instead: same records, raw NIKs in a table
      const s = await takar(
        'impact',
        'sql',
        '--dialect',
        'postgres-hll',
        '--table',
        'bpjs_peserta',
        '--key-column',
        'nik',
        '--group-column',
        'region',
        '--out',
        'bpjs.sql',
      );
      expect(s.code).toBe(0);
      const rows = readFileSync(join(dir, 'bpjs.csv'), 'utf8').trim().split('\n').slice(1);
      const load = `CREATE TEMP TABLE bpjs_peserta (region text, programme text, nik text);\nCOPY bpjs_peserta FROM STDIN WITH (FORMAT csv);\n${rows.join('\n')}\n\\.\n`;
      const csv = psql(load + readFileSync(join(dir, 'bpjs.sql'), 'utf8'), {
        csv: true,
        env: { TAKAR_SALT: KEY },
      });
      writeFileSync(join(dir, 'bpjs-pg.csv'), csv);
      for (const k of allNiks) expect(csv.includes(k)).toBe(false);
      // the database's sketches are Takar's, byte for byte
      const takarBpjs = JSON.parse(readFileSync(join(dir, 'bpjs.sketch.json'), 'utf8')).groups.map(
        (g: { group: string; sketch: string }) => `${g.group},${g.sketch}`,
      );
      expect(
        csv
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => l.split(',').slice(0, 2).join(',')),
      ).toEqual(takarBpjs);
      const r = await takar(
        'impact',
        'merge',
        'dinsos.sketch.json',
        'bpjs-pg.csv',
        'disdik.sketch.json',
        '--format',
        'postgres',
        '--out',
        'union-pg.csv',
      );
      expect(r.code, r.stderr).toBe(0);
      const union = readFileSync(join(dir, 'union-pg.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','));
      expect(union[0]?.[1]).toBe(pgHllHex(truthSketch('32.73').sketch));
      expect(union[1]?.[1]).toBe(pgHllHex(truthSketch('33.72').sketch));
      const c = await takar(
        'impact',
        'merge',
        'dinsos.sketch.json',
        'bpjs=bpjs-pg.csv',
        'disdik.sketch.json',
        '--out',
        'counts-pg.csv',
      );
      expect(c.code).toBe(0);
      const counts = csvRows('counts-pg.csv');
      expect(counts[0]?.estimate).toBeCloseTo(truthSketch('32.73').sketch.estimate(), 6);
      expect(counts[0]).toMatchObject({
        records: 7000,
        without_key: 0,
        sources: 'dinsos|bpjs|disdik',
      });
      expect(counts[1]).toMatchObject({ estimate: 100, method: 'exact' });
    });
  },
);
