import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@takar/core';
import { MINI, workspace, writeMini } from './helpers/takar.js';

const { dir, takar } = workspace('compare');
writeMini(dir);

describe('takar compare', () => {
  it('profiles a unit against its province: ranks, peer median, strengths', async () => {
    const r = await takar('compare', ...MINI, '--unit', 'u3', '--peers', 'province');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tiga (u3) — pembanding: provinsi A (3 unit)');
    expect(r.stdout).toContain('Kekuatan (di atas median pembanding): ');
    // Index 3 is rank 3 of 6; the peers u1, u2, u3 have median 3.5 → −0.50.
    expect(r.stdout).toMatch(/idx\s+Indeks\s+3\s+3\/6\s+tinggi\s+3\.50\s+-0\.50\s+3\/3/);
    // p1 = 4 equals the province median 4; p2 = 2 is 2 below its median 4.
    expect(r.stdout).toContain('Kelemahan (di bawah median pembanding): p2 -2.00');
  });

  it('writes the profile of every node as CSV', async () => {
    const r = await takar('compare', ...MINI, '--unit', 'u1', '--out', 'p.csv');
    expect(r.code).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 'p.csv'), 'utf8'));
    expect(t.names.slice(0, 7)).toEqual(['code', 'label', 'parent', 'score', 'rank', 'of', 'band']);
    expect(t.columns[0]).toEqual(['a', 'b', 'c', 'd', 'p1', 'p2', 'idx']);
    expect(t.columns[3]).toEqual(['5', '5', '4', '4', '5', '4', '4.5']);
  });

  it('puts units side by side with the leaders', async () => {
    const r = await takar('compare', ...MINI, '--units', 'u1,u2', '--out', 'c.json');
    expect(r.code).toBe(0);
    const c = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')) as {
      nodes: { code: string; leaders: string[] }[];
    };
    expect(c.nodes.find((n) => n.code === 'p2')?.leaders).toEqual(['u1', 'u2']);
    expect(c.nodes.find((n) => n.code === 'idx')?.leaders).toEqual(['u1']);
  });

  it('summarises peer groups', async () => {
    const r = await takar('compare', ...MINI, '--peers', 'province');
    expect(r.stdout).toMatch(/A\s+3\s+3\.00\s+3\.25\s+3\.50\s+4\.00\s+4\.50/);
    expect(r.stdout).toMatch(/B\s+3\s+1\.50\s+1\.75\s+2\.00\s+2\.25\s+2\.50/);
  });

  it('reports an unknown unit, and a missing target, with stable codes', async () => {
    const r = await takar('compare', ...MINI, '--unit', 'u9');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error results\/unknown-unit/);
    const u = await takar('compare', ...MINI);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/^error cli\/usage at --unit/);
  });
});
