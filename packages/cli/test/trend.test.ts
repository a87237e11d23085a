import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@takar/core';
import { workspace, writeMini } from './helpers/takar.js';

const { dir, takar } = workspace('trend');
writeMini(dir);
const BASE = ['--framework', 'mini.json', '--data', 'mini.csv'];

describe('takar trend', () => {
  it('scores each year and reports changes and movers', async () => {
    const r = await takar('trend', ...BASE, '--years', '2023-2024', '--out', 't.csv');
    expect(r.code).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 't.csv'), 'utf8'));
    expect(t.names).toEqual([
      'unit',
      'name',
      'score_2023',
      'rank_2023',
      'score_2024',
      'rank_2024',
      'scoreChange',
      'rankChange',
      'improvement',
    ]);
    const row = (u: string) => {
      const i = (t.columns[0] as string[]).indexOf(u);
      return t.names.map((_n, k) => t.columns[k]![i]);
    };
    // u1: 3 (rank 2, tied) → 4.5 (rank 1); u2: 4 (1) → 3.5 (2).
    expect(row('u1')).toEqual(['u1', 'Satu', '3', '2', '4.5', '1', '1.5', '1', '1.5']);
    expect(row('u2')).toEqual(['u2', 'Dua', '4', '1', '3.5', '2', '-0.5', '-1', '-0.5']);
    const text = await takar('trend', ...BASE, '--years', '2023,2024');
    expect(text.stdout).toContain('Naik: u1 Satu 2→1 (+1)');
    expect(text.stdout).toContain('Turun: u2 Dua 1→2 (-1)');
    const en = await takar('trend', ...BASE, '--years', '2023,2024', '--lang', 'en');
    expect(en.stdout).toContain('Movers up: u1 Satu 2→1 (+1)');
    expect(en.stdout).toContain('Movers down: u2 Dua 1→2 (-1)');
  });

  it('reads several results files instead', async () => {
    for (const y of ['2023', '2024'])
      await takar('score', ...BASE, '--year', y, '--out', `r${y}.json`);
    const r = await takar(
      'trend',
      '--results',
      'r2023.json',
      '--results',
      'r2024.json',
      '--out',
      't.json',
    );
    expect(r.code).toBe(0);
    const t = JSON.parse(readFileSync(join(dir, 't.json'), 'utf8')) as {
      years: number[];
      movers: { up: { unit: string }[] };
    };
    expect(t.years).toEqual([2023, 2024]);
    expect(t.movers.up[0]?.unit).toBe('u1');
  });

  it('refuses a malformed --years and a bad results file', async () => {
    const r = await takar('trend', ...BASE, '--years', 'last five');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error cli\/usage at --years/);
    const b = await takar('trend', '--results', 'mini.json');
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/^error results\/invalid/);
  });
});
