import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, workspace, writeMini } from './helpers/takar.js';

const { dir, takar } = workspace('whatif');
writeMini(dir);

describe('takar whatif', () => {
  it('rescores with a changed value and lists who moved', async () => {
    // u4: a 3 → 5 makes p1 4, index 3 (tied with u3 at rank 3).
    const r = await takar(
      'whatif',
      ...MINI,
      '--unit',
      'u4',
      '--indicator',
      'a',
      '--set',
      '5',
      '--out',
      'w.json',
    );
    expect(r.code).toBe(0);
    const w = JSON.parse(readFileSync(join(dir, 'w.json'), 'utf8')) as {
      moves: {
        unit: string;
        scoreAfter: number;
        rankBefore: number;
        rankAfter: number;
        bandAfter: string;
      }[];
    };
    const u4 = w.moves.find((m) => m.unit === 'u4');
    expect(u4).toMatchObject({ scoreAfter: 3, rankBefore: 4, rankAfter: 3, bandAfter: 'tinggi' });
  });

  it('finds the smallest change that reaches a band', async () => {
    // u4 needs index ≥ 3: p1 ≥ 4, i.e. a ≥ 5 (mean of a and b = 3).
    const r = await takar(
      'whatif',
      ...MINI,
      '--unit',
      'u4',
      '--indicator',
      'a',
      '--target-band',
      'tinggi',
      '--out',
      'b.csv',
    );
    expect(r.code).toBe(0);
    const [head, row] = readFileSync(join(dir, 'b.csv'), 'utf8').trim().split('\n');
    const cells = Object.fromEntries(head!.split(',').map((h, i) => [h, row!.split(',')[i]]));
    expect(cells['reachable']).toBe('true');
    expect(Number(cells['valueNeeded'])).toBeCloseTo(5, 5);
    expect(Number(cells['change'])).toBeCloseTo(2, 5);
  });

  it('prints a value that, set with --set, reaches the target rank (SPBE example)', async () => {
    const base = [
      '--framework',
      'spbe-2020',
      '--example',
      '--year',
      '2024',
      '--unit',
      '35.25',
      '--indicator',
      'i45',
    ];
    const r = await takar('whatif', ...base, '--target-rank', '12', '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    const printed = / to (\d+(?:\.\d+)?)/.exec(r.stdout)?.[1];
    expect(printed, r.stdout).toBeDefined();
    // SPBE levels are whole numbers in the example data, so the value is too (rounded up).
    expect(printed!.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
    // The Indonesian statement (the default) gives the same value and ranks.
    const id = await takar('whatif', ...base, '--target-rank', '12');
    expect(id.stdout).toMatch(
      new RegExp(
        `^Menaikkan i45 dari \\S+ menjadi ${printed!.replace('.', '\\.')} .* memindahkan 35\\.25 dari peringkat \\d+ ke peringkat \\d+\\.`,
      ),
    );
    const set = await takar('whatif', ...base, '--set', printed!, '--out', 'set.json');
    expect(set.code, set.stderr).toBe(0);
    const moves = JSON.parse(readFileSync(join(dir, 'set.json'), 'utf8')) as {
      moves: { unit: string; rankAfter: number }[];
    };
    expect(moves.moves.find((m) => m.unit === '35.25')?.rankAfter).toBeLessThanOrEqual(12);
    // --set in the Indonesian format
    const comma = await takar(
      'whatif',
      ...base,
      '--decimal',
      ',',
      '--set',
      printed!.replace('.', ','),
      '--out',
      'set2.json',
    );
    expect(comma.code, comma.stderr).toBe(0);
    expect(readFileSync(join(dir, 'set2.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'set.json'), 'utf8'),
    );
  });

  it('says when no value within the scale reaches a rank', async () => {
    const r = await takar(
      'whatif',
      ...MINI,
      '--unit',
      'u6',
      '--indicator',
      'c',
      '--target-rank',
      '1',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Tidak ada nilai c dalam skalanya \[1, 5\] yang membawa u6 ke peringkat 1: pada 5 u6 mencapai peringkat \d+\./,
    );
    const en = await takar(
      'whatif',
      ...MINI,
      '--unit',
      'u6',
      '--indicator',
      'c',
      '--target-rank',
      '1',
      '--lang',
      'en',
    );
    expect(en.stdout).toMatch(/^No value of c within its scale \[1, 5\] brings u6 to rank 1/);
  });

  it('needs exactly one of --set, --target-rank, --target-band; an unknown unit is an error', async () => {
    const r = await takar('whatif', ...MINI, '--unit', 'u4', '--indicator', 'a');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error cli\/usage at --set/);
    const u = await takar('whatif', ...MINI, '--unit', 'u9', '--indicator', 'a', '--set', '4');
    expect(u.code).toBe(1);
    expect(u.stderr).toMatch(/^error (data|results)\/unknown-unit/);
  });
});
