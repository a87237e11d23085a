import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@takar/core';
import { MINI, workspace, writeMini } from './helpers/takar.js';

const { dir, takar } = workspace('sensitivity');
writeMini(dir);

describe('takar sensitivity', () => {
  it('gives first- and total-order indices per uncertain input', async () => {
    const r = await takar(
      'sensitivity',
      ...MINI,
      '--samples',
      '64',
      '--seed',
      '3',
      '--bootstrap',
      '50',
      '--weight-noise',
      '2=0.5',
      '--alt-aggregate',
      'amean,gmean',
      '--out',
      's.csv',
    );
    expect(r.code).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 's.csv'), 'utf8'));
    expect(t.names).toEqual([
      'factor',
      'first',
      'firstLow',
      'firstHigh',
      'total',
      'totalLow',
      'totalHigh',
    ]);
    expect([...(t.columns[0] as string[])].sort()).toEqual(['aggregate', 'weights:2']);
    for (const v of t.columns[4] as string[]) expect(Number(v)).toBeGreaterThanOrEqual(0);
  });

  it('refuses to run with nothing uncertain', async () => {
    const r = await takar('sensitivity', ...MINI, '--samples', '8');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error pipeline\/invalid: Pengaturan pipeline tidak sesuai skema\. — No assumption varies/,
    );
  });

  it('refuses --samples below 2', async () => {
    const r = await takar('sensitivity', ...MINI, '--samples', '1');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error cli\/usage at --samples/);
  });
});
