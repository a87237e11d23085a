import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@takar/core';
import { MINI, workspace, writeMini } from './helpers/takar.js';

const { dir, takar } = workspace('awards');
writeMini(dir);

describe('takar awards', () => {
  it('awards each pillar and reports the tie on p2', async () => {
    const r = await takar('awards', ...MINI, '--out', 'a.csv');
    expect(r.code).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 'a.csv'), 'utf8'));
    expect(t.names.slice(0, 5)).toEqual(['category', 'label', 'winners', 'winnerNames', 'tie']);
    expect(t.columns[0]).toEqual(['p1', 'p2']);
    expect(t.columns[2]).toEqual(['u1', 'u1 u2']);
    expect(t.columns[4]).toEqual(['false', 'true']);
  });

  it('gives at most one award per unit', async () => {
    const r = await takar('awards', ...MINI, '--one-per-unit', '--out', 'a.json');
    expect(r.code).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as {
      awards: { category: string; winners: string[] }[];
    };
    const winners = a.awards.flatMap((x) => x.winners);
    expect(new Set(winners).size).toBe(winners.length);
    expect(a.awards.map((x) => x.winners)).toEqual([['u1'], ['u2']]);
  });

  it('restricts to eligible units and prints why', async () => {
    const r = await takar('awards', ...MINI, '--categories', 'idx', '--eligible', 'province=B');
    expect(r.stdout).toMatch(/idx\s+Empat \(u4\)/);
    expect(r.stdout).toContain('idx: Empat (u4) scored');
  });

  it('refuses an unknown category and a bad --min-coverage', async () => {
    const r = await takar('awards', ...MINI, '--categories', 'p9');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error results\/unknown-node/);
    const m = await takar('awards', ...MINI, '--min-coverage', '80');
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/^error cli\/usage at --min-coverage/);
  });
});
