import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@takar/core';
import { MINI, workspace, writeMini } from './helpers/takar.js';

const { dir, takar } = workspace('audit');
writeMini(dir);

describe('takar audit', () => {
  it('writes per-indicator statistics as CSV', async () => {
    const r = await takar('audit', ...MINI, '--out', 'stats.csv');
    expect(r.code).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 'stats.csv'), 'utf8'));
    expect(t.names.slice(0, 8)).toEqual([
      'code',
      'parent',
      'nAvail',
      'frcAvail',
      'min',
      'max',
      'mean',
      'median',
    ]);
    expect(t.columns[0]).toEqual(['a', 'b', 'c', 'd']);
    // a = 5, 3, 4, 3, 2, 2: mean 19/6, median 3.
    expect(Number(t.columns[6]![0])).toBeCloseTo(19 / 6, 12);
    expect(t.columns[7]![0]).toBe('3');
  });

  it('prints statistics and flags: a and b are identical, so redundant', async () => {
    const r = await takar('audit', ...MINI);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Audit of idx: 6 units, 4 indicators');
    expect(r.stdout).toContain('a~b in p1 r=1.00 (redundant)');
    expect(r.stdout).toMatch(/Cronbach's alpha: .*p1 1\.00/);
  });

  it('writes the whole report as JSON', async () => {
    await takar('audit', ...MINI, '--no-removal', '--out', 'audit.json');
    const a = JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8')) as {
      effectiveWeights: Record<string, number>;
      removal: unknown;
    };
    expect(a.effectiveWeights['a']).toBeCloseTo(0.25, 12);
    expect(a.removal).toBeNull();
  });

  it('refuses an --out it cannot write', async () => {
    const r = await takar('audit', ...MINI, '--out', 'stats.pdf');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error cli\/usage at --out/);
  });
});
