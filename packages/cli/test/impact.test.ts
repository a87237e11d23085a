import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '@takar/core';
import { workspace } from './helpers/takar.js';

const { dir, takar } = workspace('impact');
const SALT = 'rahasia-uji-0042';

// Two programmes in Kota Bandung overlapping on one person; one in Kota Semarang.
// NIK-like keys: they must be hashed (never printed) or refused.
const NIK = (n: number) => `3273${String(n).padStart(12, '0')}`;
writeFileSync(
  join(dir, 'records.csv'),
  [
    'region,programme,key,dimension',
    `32.73,PKH,${NIK(1)},living`,
    `32.73,PKH,${NIK(2)},living`,
    `32.73,KIS,${NIK(2)},living`,
    `32.73,KIS,${NIK(3)},society`,
    `33.74,PKH,${NIK(4)},living`,
    `33.74,PKH,"${NIK(4)}",living`,
  ].join('\n') + '\n',
);
writeFileSync(
  join(dir, 'programmes.csv'),
  'region,programme,beneficiaries,unit\n32.73,PKH,800,persons\n32.73,BPNT,500,persons\n33.74,PKH,300,households\n',
);
writeFileSync(join(dir, 'population.csv'), 'region,population\n32.73,1000\n33.74,2000\n');
writeFileSync(join(dir, 'survey.csv'), 'region,respondents,positive\n32.73,263,81\n');

afterEach(() => vi.unstubAllEnvs());

describe('takar impact', () => {
  it('counts distinct hashed keys exactly per region, province and nation, salt from TAKAR_SALT', async () => {
    vi.stubEnv('TAKAR_SALT', SALT);
    const r = await takar(
      'impact',
      '--records',
      'records.csv',
      '--by',
      'region,province,national',
      '--out',
      'a.csv',
    );
    expect(r.code).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 'a.csv'), 'utf8'));
    expect(t.names).toEqual([
      'by',
      'province',
      'region',
      'name',
      'affected',
      'method',
      'population',
      'coverage',
    ]);
    const rows = Array.from({ length: t.rowCount }, (_v, i) =>
      t.columns.map((c) => c[i]).slice(0, 6),
    );
    expect(rows).toEqual([
      ['region', '', '32.73', 'Kota Bandung', '3', 'exact'],
      ['region', '', '33.74', 'Kota Semarang', '1', 'exact'],
      ['province', '32', '', '', '3', 'exact'],
      ['province', '33', '', '', '1', 'exact'],
      ['national', '', '', '', '4', 'exact'],
    ]);
    // Neither the salt nor a key ever reaches the output.
    for (const text of [r.stdout, r.stderr, readFileSync(join(dir, 'a.csv'), 'utf8')]) {
      expect(text).not.toContain(SALT);
      expect(text).not.toContain(NIK(1));
    }
  });

  it('combines fields with + and estimates with HyperLogLog, giving low and high', async () => {
    const r = await takar(
      'impact',
      '--records',
      'records.csv',
      '--salt',
      SALT,
      '--by',
      'region+dimension',
      '--method',
      'hll',
      '--out',
      'h.csv',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('lebih baik pakai variabel lingkungan TAKAR_SALT');
    expect(r.stderr).not.toContain(SALT);
    const t = parseCsv(readFileSync(join(dir, 'h.csv'), 'utf8'));
    expect(t.names.slice(0, 7)).toEqual([
      'region',
      'name',
      'dimension',
      'affected',
      'method',
      'low',
      'high',
    ]);
    expect(t.columns[3]).toEqual(['2', '1', '1']);
    expect(t.columns[4]).toEqual(['hll', 'hll', 'hll']);
  });

  it('writes pseudonymised records that DuckDB counts to the same numbers', async () => {
    const r = await takar(
      'impact',
      '--records',
      'records.csv',
      '--salt',
      SALT,
      '--by',
      'national',
      '--out-records',
      'pseudo.csv',
    );
    expect(r.code).toBe(0);
    const pseudo = readFileSync(join(dir, 'pseudo.csv'), 'utf8');
    expect(pseudo).not.toContain(NIK(1));
    expect(pseudo.split('\n')[1]).toMatch(/^32\.73,PKH,[0-9a-f]{64},living,$/);
    const d = await takar(
      'impact',
      '--records',
      'pseudo.csv',
      '--already-hashed',
      '--method',
      'duckdb',
      '--by',
      'region,national',
      '--out',
      'd.json',
    );
    expect(d.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as {
      rows: { group: object; affected: number; method: string }[];
    };
    expect(json.rows.map((x) => [x.group, x.affected, x.method])).toEqual([
      [{ region: '32.73' }, 3, 'exact'],
      [{ region: '33.74' }, 1, 'exact'],
      [{}, 4, 'exact'],
    ]);
  });

  it('gives programme totals as a range, and a point value only with a stated overlap', async () => {
    const r = await takar(
      'impact',
      '--programmes',
      'programmes.csv',
      '--population',
      'population.csv',
      '--household-size',
      '4',
      '--out',
      'p.csv',
    );
    expect(r.code).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 'p.csv'), 'utf8'));
    expect(t.names.slice(0, 6)).toEqual(['region', 'name', 'affected', 'method', 'low', 'high']);
    // Bandung: [800, min(1300, 1000)]; Semarang: 300 households × 4 = 1200 persons.
    expect(t.columns.slice(0, 6).map((c) => c[0])).toEqual([
      '32.73',
      'Kota Bandung',
      '',
      'programme-range',
      '800',
      '1000',
    ]);
    expect(t.columns.slice(0, 6).map((c) => c[1])).toEqual([
      '33.74',
      'Kota Semarang',
      '',
      'programme-range',
      '1200',
      '1200',
    ]);
    const n = await takar(
      'impact',
      '--programmes',
      'programmes.csv',
      '--population',
      'population.csv',
      '--household-size',
      '4',
      '--overlap',
      'nested',
    );
    expect(n.stdout).toMatch(/32\.73\s+Kota Bandung\s+800\s+programme-range/);
    expect(n.stdout).toContain('Asumsi: full overlap');
    expect(n.stdout).toContain('Masyarakat terdampak positif menurut region');
  });

  it('scales a survey share with its Wilson interval by the population', async () => {
    const r = await takar(
      'impact',
      '--survey',
      'survey.csv',
      '--population',
      'population.csv',
      '--out',
      's.json',
    );
    expect(r.code).toBe(0);
    const row = (
      JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as { rows: Record<string, number>[] }
    ).rows[0]!;
    expect(row['share']).toBeCloseTo(81 / 263, 10);
    expect(row['shareLow']).toBeCloseTo(0.2553, 4);
    expect(row['shareHigh']).toBeCloseTo(0.3662, 4);
    expect(row['affected']).toBeCloseTo((81 / 263) * 1000, 6);
  });

  it('uses the real 2024 population by default', async () => {
    vi.stubEnv('TAKAR_SALT', SALT);
    const r = await takar('impact', '--records', 'records.csv', '--out', 'c.csv');
    const t = parseCsv(readFileSync(join(dir, 'c.csv'), 'utf8'));
    expect(Number(t.columns[t.names.indexOf('population')]![0])).toBeGreaterThan(2_000_000);
    expect(r.code).toBe(0);
  });

  it('refuses raw keys without a salt, and a bad grouping, with stable codes', async () => {
    vi.stubEnv('TAKAR_SALT', '');
    const r = await takar('impact', '--records', 'records.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error impact\/missing-salt at salt:/);
    const d = await takar('impact', '--records', 'records.csv', '--method', 'duckdb');
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/^error impact\/raw-identifier/);
    const b = await takar(
      'impact',
      '--records',
      'records.csv',
      '--salt',
      SALT,
      '--by',
      'kecamatan',
    );
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(
      /^error impact\/invalid at by: Masukan dampak tidak sesuai skema\. — Unknown grouping field\(s\) `kecamatan`/,
    );
    const two = await takar('impact', '--records', 'records.csv', '--survey', 'survey.csv');
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/^error cli\/usage/);
  });
});
