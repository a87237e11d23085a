import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
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

  it('prints statistics and flags in Indonesian: a and b are identical, so redundant', async () => {
    const r = await takar('audit', ...MINI);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Audit idx: 6 unit, 4 indikator');
    expect(r.stdout).toContain('a~b dalam p1 r=1.00 (redundan)');
    expect(r.stdout).toMatch(/Alpha Cronbach: .*p1 1\.00/);
    expect(r.stdout).toContain(
      'Statistik skor indikator, dasar korelasi (6 unit, setelah normalise (none))',
    );
    expect(r.stdout).toContain('Statistik data mentah (6 unit');
    expect(r.stdout).not.toMatch(/Statistics|Correlation flags|Indicators flagged/);
  });

  it('prints the same in English with --lang en', async () => {
    const r = await takar('audit', ...MINI, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Audit of idx: 6 units, 4 indicators');
    expect(r.stdout).toContain('a~b in p1 r=1.00 (redundant)');
    expect(r.stdout).toMatch(/Cronbach's alpha: .*p1 1\.00/);
    expect(r.stdout).toContain('Statistics of the indicator scores, the basis of the correlations');
    expect(r.stdout).toContain('Statistics of the raw data (6 units');
  });

  it('shows the scores’ statistics beside the raw ones when the pipeline changes the values', async () => {
    // min-max: a = 5, 3, 4, 3, 2, 2 becomes 100, 33.3, 66.7, 33.3, 0, 0 (mean 233.3/6 = 38.89)
    const r = await takar(
      'audit',
      ...MINI,
      '--normalise',
      'minmax',
      '--no-removal',
      '--out',
      'mm.csv',
    );
    expect(r.code, r.stderr).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 'mm.csv'), 'utf8'));
    const col = (name: string) => t.columns[t.names.indexOf(name)] as string[];
    expect(t.names).toContain('scored_mean');
    expect(Number(col('mean')[0])).toBeCloseTo(19 / 6, 12);
    expect(Number(col('scored_mean')[0])).toBeCloseTo(700 / 18, 10);
    expect([col('scored_min')[0], col('scored_max')[0]]).toEqual(['0', '100']);
    const json = await takar(
      'audit',
      ...MINI,
      '--normalise',
      'minmax',
      '--no-removal',
      '--out',
      'mm.json',
    );
    expect(json.code).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'mm.json'), 'utf8')) as {
      basis: { stages: string[] };
      indicators: { scored: { max: number }; max: number }[];
    };
    expect(a.basis.stages).toEqual(['normalise (minmax)']);
    expect([a.indicators[0]?.max, a.indicators[0]?.scored.max]).toEqual([5, 100]);
  });

  it('names workbook sheets in Indonesian whatever --lang; headers follow --lang', async () => {
    const r = await takar('audit', ...MINI, '--lang', 'en', '--out', 'audit.xlsx');
    expect(r.code, r.stderr).toBe(0);
    const book = await readXlsxFile(join(dir, 'audit.xlsx'));
    expect(book.map((s) => s.sheet)).toEqual(['statistik', 'korelasi', 'alpha', 'tanpa-indikator']);
    expect(book[0]?.data[0]?.slice(0, 2)).toEqual(['code', 'parent']);
    const id = await takar('audit', ...MINI, '--out', 'audit-id.xlsx');
    expect(id.code).toBe(0);
    const idBook = await readXlsxFile(join(dir, 'audit-id.xlsx'));
    expect(idBook[0]?.data[0]?.slice(0, 2)).toEqual(['kode', 'induk']);
    expect(idBook[0]?.data[0]).toContain('skor rata-rata');
    for (const [command, sheet] of [
      ['compare', 'kelompok'],
      ['uncertainty', 'ketidakpastian'],
    ] as const) {
      const extra = command === 'compare' ? ['--peers', 'province'] : ['--runs', '20'];
      const w = await takar(command, ...MINI, ...extra, '--lang', 'en', '--out', `${command}.xlsx`);
      expect(w.code, w.stderr).toBe(0);
      expect((await readXlsxFile(join(dir, `${command}.xlsx`))).map((s) => s.sheet)).toEqual([
        sheet,
      ]);
    }
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
