import { parseResults, resultsView } from '@takar/core';
// COINr options through the CLI: a minimum share of children per aggregate (--min-available),
// screening by zeros (--screen-zeros) and a different aggregation per level (--aggregate-level),
// on the hand-checkable mini index (p1 = mean(a, b), p2 = mean(c, d), idx = mean(p1, p2)).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspace, writeMini } from './helpers/takar.js';

const { dir, takar } = workspace('coinr-options');
writeMini(dir);
writeFileSync(
  join(dir, 'gaps.csv'),
  'unit,name,a,b,c,d\nu1,Satu,5,,4,4\nu2,Dua,3,3,4,4\nu3,Tiga,4,4,2,2\nu4,Empat,0,0,0,1\n',
);

async function idx(...argv: string[]): Promise<Record<string, Record<string, number | null>>> {
  const out = `o-${argv.join('').replace(/[^a-z0-9]/gi, '')}.json`;
  const r = await takar('score', '--framework', 'mini.json', ...argv, '--out', out);
  expect(r.code, r.stderr).toBe(0);
  const view = resultsView(parseResults(JSON.parse(readFileSync(join(dir, out), 'utf8'))));
  return Object.fromEntries(view.rows.map((u) => [u.unit, u.scores]));
}

describe('COINr options on the command line', () => {
  it('--min-available makes an aggregate missing when too few children are present', async () => {
    const loose = await idx('--data', 'gaps.csv');
    // u1: b is missing, so p1 = a = 5 and idx = mean(5, 4)
    expect(loose['u1']).toMatchObject({ p1: 5, idx: 4.5 });
    const strict = await idx('--data', 'gaps.csv', '--min-available', '1');
    expect(strict['u1']).toMatchObject({ p1: null, idx: null });
    expect(strict['u2']).toMatchObject({ idx: 3.5 });
  });

  it('--screen-zeros removes units with too few non-zero values', async () => {
    const all = await idx('--data', 'gaps.csv');
    expect(Object.keys(all)).toContain('u4');
    const screened = await idx('--data', 'gaps.csv', '--screen-zeros', '0.5');
    // u4 has one non-zero value of four (0.25 < 0.5)
    expect(Object.keys(screened).sort()).toEqual(['u1', 'u2', 'u3']);
  });

  it('--aggregate-level sets the method of one level (COINr levels: 1 = indicators)', async () => {
    const s = await idx('--data', 'mini.csv', '--year', '2024', '--aggregate-level', '3=gmean');
    // u1: p1 5, p2 4, idx = √(5 · 4)
    expect(s['u1']?.['idx']).toBeCloseTo(Math.sqrt(20), 12);
    expect(s['u1']?.['p1']).toBe(5);
    const bad = await takar(
      'score',
      '--framework',
      'mini.json',
      '--data',
      'mini.csv',
      '--aggregate-level',
      '4=gmean',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('levels 1–3');
  });

  it('--normalise goalposts:untruncated scores past the goalposts; iMeta rows carry their own parameters and Other columns', async () => {
    writeFileSync(
      join(dir, 'gp-meta.csv'),
      [
        'iCode,iName,Parent,Type,GoalpostLow,GoalpostHigh,Normalise,NormaliseLow,NormaliseHigh',
        'idx,Index,,Aggregate,,,,,',
        'x,X,idx,Indicator,25,85,,,',
        'y,Y,idx,Indicator,,,minmax,1,10',
        'luas_km2,Area,,Other,,,,,',
      ].join('\n') + '\n',
    );
    writeFileSync(
      join(dir, 'gp.csv'),
      'unit,name,luas_km2,x,y\nu1,Satu,12.5,90,2\nu2,Dua,40,55,4\nu3,Tiga,7,20,6\n',
    );
    const run = async (...extra: string[]) => {
      const r = await takar(
        'score',
        '--framework',
        'gp-meta.csv',
        '--data',
        'gp.csv',
        ...extra,
        '--out',
        `gp${extra.join('').replace(/[^a-z]/g, '')}.json`,
      );
      expect(r.code, r.stderr).toBe(0);
      const view = resultsView(
        parseResults(
          JSON.parse(
            readFileSync(join(dir, `gp${extra.join('').replace(/[^a-z]/g, '')}.json`), 'utf8'),
          ),
        ),
      );
      return Object.fromEntries(view.rows.map((u) => [u.unit, u.scores as Record<string, number>]));
    };
    const clamped = await run('--normalise', 'goalposts');
    expect(clamped['u1']?.['x']).toBe(100);
    expect(clamped['u3']?.['x']).toBe(0);
    // the row's own minmax on 1–10, whatever the pipeline says
    expect([clamped['u1']?.['y'], clamped['u2']?.['y'], clamped['u3']?.['y']]).toEqual([
      1, 5.5, 10,
    ]);
    const free = await run('--normalise', 'goalposts:untruncated');
    expect(free['u1']?.['x']).toBeCloseTo(325 / 3, 10);
    expect(free['u3']?.['x']).toBeCloseTo(-25 / 3, 10);
    expect(free['u2']?.['x']).toBe(50);
    // without the Other row, luas_km2 is an undeclared numeric column
    writeFileSync(
      join(dir, 'gp-meta-no-other.csv'),
      readFileSync(join(dir, 'gp-meta.csv'), 'utf8').replace(/luas_km2.*\n/, ''),
    );
    const undeclared = await takar(
      'score',
      '--framework',
      'gp-meta-no-other.csv',
      '--data',
      'gp.csv',
    );
    expect(undeclared.code).toBe(1);
    expect(undeclared.stderr).toContain('luas_km2');
    const bad = await takar(
      'score',
      '--framework',
      'mini.json',
      '--data',
      'mini.csv',
      '--normalise',
      'goalposts:0,1:sideways',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('goalposts[:lo,hi][:untruncated]');
  });
});
