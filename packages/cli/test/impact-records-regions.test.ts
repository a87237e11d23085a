// Keyed records are checked against the region registry as programme totals are: names become
// Kemendagri codes, and unknown or ambiguous regions are errors (each distinct region once, with
// its first line and how many lines have it), so no record silently gets no population.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '@takar/core';
import { workspace } from './helpers/takar.js';

const { dir, takar } = workspace('impact-records-regions');
const SALT = 'rahasia-uji-0042';
const KEY = (n: number) => `k-${n}`;

afterEach(() => vi.unstubAllEnvs());

describe('takar impact --records checks regions', () => {
  it('turns region names into codes, so a name and its code count as one region', async () => {
    vi.stubEnv('TAKAR_SALT', SALT);
    writeFileSync(
      join(dir, 'names.csv'),
      [
        'region,programme,key',
        `Kota Bandung,PKH,${KEY(1)}`,
        `32.73,PKH,${KEY(2)}`,
        `kota bandung,KIS,${KEY(1)}`,
        `Kota Yogyakarta,PKH,${KEY(3)}`,
        `Kab. Sleman,PKH,${KEY(4)}`,
      ].join('\n') + '\n',
    );
    const r = await takar(
      'impact',
      '--records',
      'names.csv',
      '--out',
      'n.csv',
      '--out-records',
      'p.csv',
    );
    expect(r.code, r.stderr).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 'n.csv'), 'utf8'));
    const col = (n: string) => t.columns[t.names.indexOf(n)] as string[];
    expect(col('region')).toEqual(['32.73', '34.71', '34.04']);
    expect(col('affected')).toEqual(['2', '1', '1']);
    expect(col('name')).toEqual(['Kota Bandung', 'Kota Yogyakarta', 'Kabupaten Sleman']);
    // the pseudonymised records carry the codes too
    const p = readFileSync(join(dir, 'p.csv'), 'utf8').split('\n').slice(1, 3);
    expect(p.map((l) => l.split(',')[0])).toEqual(['32.73', '32.73']);
  });

  it('refuses unknown and ambiguous regions, every one at once, each once', async () => {
    vi.stubEnv('TAKAR_SALT', SALT);
    writeFileSync(
      join(dir, 'bad.csv'),
      [
        'region,programme,key',
        `32.73,PKH,${KEY(1)}`,
        `99.99,PKH,${KEY(2)}`,
        `Bogor,PKH,${KEY(3)}`,
        `99.99,KIS,${KEY(4)}`,
        `Kota Bandungg,PKH,${KEY(5)}`,
        `99.99,PKH,${KEY(6)}`,
      ].join('\n') + '\n',
    );
    const r = await takar('impact', '--records', 'bad.csv', '--out', 'b.csv');
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^error data\/unknown-region at records\[3\]\.region: .*Line 3 of "bad\.csv" \(and 2 more lines\): region "99\.99" is not a kabupaten\/kota/,
    );
    expect(lines[1]).toMatch(
      /^error data\/ambiguous-region at records\[4\]\.region: .*"Bogor" fits 32\.01 .*32\.71/,
    );
    expect(lines[2]).toMatch(
      /data\/unknown-region at records\[6\]\.region: .*did you mean .*32\.73 Kota Bandung/,
    );
    // nothing was written
    expect(() => readFileSync(join(dir, 'b.csv'))).toThrow();
  });

  it('with --method duckdb, names a region that is not a code', async () => {
    writeFileSync(
      join(dir, 'hashed.csv'),
      [
        'region,programme,key',
        `32.73,PKH,${'a'.repeat(64)}`,
        `Kota Semarang,PKH,${'b'.repeat(64)}`,
      ].join('\n') + '\n',
    );
    const r = await takar(
      'impact',
      '--records',
      'hashed.csv',
      '--already-hashed',
      '--method',
      'duckdb',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /data\/unknown-region .*"Kota Semarang" .*is a name; with --method duckdb write the code \(33\.74\)/,
    );
  });

  it('impact sketch: one group per region whatever the spelling, unknown regions refused', async () => {
    vi.stubEnv('TAKAR_SALT', SALT);
    writeFileSync(
      join(dir, 'agency.csv'),
      ['region,key', `Kota Bandung,${KEY(1)}`, `32.73,${KEY(2)}`, `Kab. Sleman,${KEY(3)}`].join(
        '\n',
      ) + '\n',
    );
    const r = await takar('impact', 'sketch', '--records', 'agency.csv', '--out', 'a.sketch.json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'a.sketch.json'), 'utf8')) as {
      groups: { group: string; records: number }[];
    };
    expect(doc.groups.map((g) => [g.group, g.records])).toEqual([
      ['32.73', 2],
      ['34.04', 1],
    ]);
    writeFileSync(join(dir, 'agency-bad.csv'), `region,key\n99.99,${KEY(1)}\n32.73,${KEY(2)}\n`);
    const bad = await takar(
      'impact',
      'sketch',
      '--records',
      'agency-bad.csv',
      '--out',
      'b.sketch.json',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error data\/unknown-region at records\[2\]\.region: .*"99\.99"/);
  });
});
