import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseCsv } from '@takar/core';
import { MINI, workspace, writeMini } from './helpers/takar.js';

const { dir, takar } = workspace('uncertainty');
writeMini(dir);
const ALTERNATIVES = [
  '--weight-noise',
  '1=0.5',
  '--weight-noise',
  '2=0.5',
  '--alt-normalise',
  'none,minmax:1,100',
  '--alt-aggregate',
  'amean,gmean',
  '--alt-impute',
  'on,off',
];
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

describe('takar uncertainty', () => {
  it('prints the memory estimate and warns when a run takes over a third of the memory', async () => {
    vi.stubEnv('TAKAR_MEMORY_LIMIT', '100KB');
    try {
      const r = await takar(
        'uncertainty',
        ...MINI,
        ...ALTERNATIVES,
        '--runs',
        '1000',
        '--out',
        'm.csv',
      );
      expect(r.code).toBe(0);
      // 6 units: 6 KiB plus 7 × 8 bytes per run = 62 144 bytes; 3/4 of 100 000 holds 1229 runs.
      expect(r.stderr).toContain(
        'takar: memory estimate for --runs 1000: about 60.7 KiB (the ranks of 6 units in each run) of 97.7 KiB available\n',
      );
      expect(r.stderr).toContain(
        'warning cli/too-large at --runs: the run will use over a third of the available memory; --runs 1229 is the most that fits.',
      );
      const quiet = await takar(
        'uncertainty',
        ...MINI,
        ...ALTERNATIVES,
        '--runs',
        '100',
        '--out',
        'q.csv',
      );
      expect(quiet.code).toBe(0);
      expect(quiet.stderr).not.toMatch(/memory/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('writes one row per unit: unit, name, nominal, mean, median, q05, q95', async () => {
    const r = await takar(
      'uncertainty',
      ...MINI,
      ...ALTERNATIVES,
      '--runs',
      '300',
      '--seed',
      '7',
      '--out',
      'a.csv',
    );
    expect(r.code).toBe(0);
    const t = parseCsv(read('a.csv'));
    expect(t.names).toEqual(['unit', 'name', 'nominal', 'mean', 'median', 'q05', 'q95']);
    expect(t.columns[0]).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
    expect(t.columns[1]).toEqual(['Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam']);
    expect(t.columns[2]).toEqual(['1', '2', '3', '4', '5', '6']);
    // Weights at ±50 % move u2 and u3 (3.5 vs 3 with opposite pillars) across each other.
    expect(Number(t.columns[6]![1])).toBeGreaterThan(2);
  });

  it('gives identical CSV for the same seed and a different one for another seed', async () => {
    await takar(
      'uncertainty',
      ...MINI,
      ...ALTERNATIVES,
      '--runs',
      '300',
      '--seed',
      '7',
      '--out',
      'b.csv',
    );
    await takar(
      'uncertainty',
      ...MINI,
      ...ALTERNATIVES,
      '--runs',
      '300',
      '--seed',
      '9',
      '--out',
      'c.csv',
    );
    expect(read('b.csv')).toBe(read('a.csv'));
    expect(read('c.csv')).not.toBe(read('a.csv'));
  });

  it('gives the same result on two worker threads', async () => {
    const r = await takar(
      'uncertainty',
      ...MINI,
      ...ALTERNATIVES,
      '--runs',
      '300',
      '--seed',
      '7',
      '--threads',
      '2',
      '--out',
      't.csv',
    );
    expect(r.code).toBe(0);
    expect(read('t.csv')).toBe(read('a.csv'));
  });

  it('collapses every interval to the nominal rank with nothing uncertain', async () => {
    const r = await takar('uncertainty', ...MINI, '--runs', '20', '--out', 'n.json');
    expect(r.code).toBe(0);
    const u = JSON.parse(read('n.json')) as {
      units: { nominal: number; q05: number; q95: number }[];
    };
    for (const x of u.units) expect([x.q05, x.q95]).toEqual([x.nominal, x.nominal]);
  });

  it('prints a table and reports progress on stderr with --progress', async () => {
    const r = await takar(
      'uncertainty',
      ...MINI,
      '--alt-aggregate',
      'amean,gmean',
      '--runs',
      '100',
      '--progress',
    );
    expect(r.stdout).toMatch(
      /Ketidakpastian peringkat idx: 100 replikasi, seed 1; yang tidak pasti: aggregate \(2\)/,
    );
    expect(r.stdout).toMatch(/u1\s+Satu\s+1/);
    expect(r.stderr).toContain('uncertainty: 100 % 100/100');
  });

  it('refuses a malformed --weight-noise and --runs', async () => {
    const r = await takar('uncertainty', ...MINI, '--weight-noise', 'pillars=0.2');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error cli\/usage at --weight-noise/);
    const n = await takar('uncertainty', ...MINI, '--runs', '0');
    expect(n.code).toBe(2);
    expect(n.stderr).toMatch(/^error cli\/usage at --runs/);
  });
});

describe('takar uncertainty with combinations that cannot be computed', () => {
  const { dir, takar } = workspace('uncertainty-skip');
  writeMini(dir);
  const ALT = ['--alt-normalise', 'minmax:1,100,zscore', '--alt-aggregate', 'amean,gmean'];

  it('skips replications of gmean after zscore, counts them and says why', async () => {
    const r = await takar(
      'uncertainty',
      ...MINI,
      ...ALT,
      '--runs',
      '200',
      '--seed',
      '3',
      '--out',
      'u.json',
    );
    expect(r.code).toBe(0);
    const u = JSON.parse(readFileSync(join(dir, 'u.json'), 'utf8'));
    // zscore gives values ≤ 0, so every zscore + gmean replication is left out: about a quarter.
    expect(u.skipped.count).toBeGreaterThan(20);
    expect(u.skipped.count).toBeLessThan(100);
    expect(u.kept).toBe(200 - u.skipped.count);
    expect(u.skipped.reasons).toEqual([
      { reason: 'gmean needs values > 0 after zscore', count: u.skipped.count },
    ]);
    expect(r.stderr).toContain(
      `takar: ${u.skipped.count} dari 200 replikasi dilewati: gmean needs values > 0 after zscore (${u.kept} dipakai; --strict menjadikannya galat)`,
    );
    // Units are summarised over the kept replications only.
    expect(u.units.every((x: { n: number }) => x.n === u.kept)).toBe(true);
  });

  it('gives the same count on two threads', async () => {
    const one = await takar(
      'uncertainty',
      ...MINI,
      ...ALT,
      '--runs',
      '120',
      '--seed',
      '5',
      '--out',
      'a.json',
    );
    const two = await takar(
      'uncertainty',
      ...MINI,
      ...ALT,
      '--runs',
      '120',
      '--seed',
      '5',
      '--threads',
      '2',
      '--out',
      'b.json',
    );
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'a.json'), 'utf8'),
    );
  });

  it('with --strict, the first such replication is an error', async () => {
    const r = await takar(
      'uncertainty',
      ...MINI,
      ...ALT,
      '--runs',
      '200',
      '--seed',
      '3',
      '--strict',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error pipeline\/non-positive-for-geometric at pipeline\.aggregate: /m,
    );
  });
});
