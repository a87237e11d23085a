// "Every problem at once" (issue 16, item 7): a framework, a COINr metadata table and an impact
// file with several problems of different kinds get all of them in one run, each with its place.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, MINI_FRAMEWORK, workspace, writeMini } from '../helpers/takar.js';

const { dir, takar } = workspace('at-once');
writeMini(dir);
const errors = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('error '));
const put = (name: string, text: string) => writeFileSync(join(dir, name), text);
const SCORE = (framework: string) => [
  'score',
  '--framework',
  framework,
  '--data',
  MINI[3] as string,
  // The messages in English alone (without the codes' Indonesian meanings).
  '--lang',
  'en',
];

describe('every problem of an input in one run', () => {
  it('a JSON framework: repeated code, unknown parent, negative weight, duplicate band', async () => {
    const f = structuredClone(MINI_FRAMEWORK) as unknown as {
      nodes: Record<string, unknown>[];
      bands: Record<string, unknown>[];
    };
    f.nodes.push({ code: 'a', parent: 'p1', type: 'indicator', label: { id: 'A2' } });
    f.nodes.push({ code: 'e', parent: 'nope', type: 'indicator', label: { id: 'E' } });
    f.nodes[4]!.weight = -1;
    f.bands.push({ code: 'tinggi', label: { id: 'X' }, min: 5, max: null });
    put('tree.json', JSON.stringify(f));
    const r = await takar(...SCORE('tree.json'));
    expect(r.code).toBe(1);
    expect(errors(r.stderr).map((l) => l.split(':')[0])).toEqual([
      'error framework/negative-weight at nodes[4].weight',
      'error framework/duplicate-code at nodes[7].code',
      'error framework/unknown-parent at nodes[8].parent',
      'error framework/duplicate-band at bands[2].code',
      'error framework/bands-overlap at bands[2]',
    ]);
  });

  it('a JSON framework that does not match the schema: every field at once', async () => {
    const f = structuredClone(MINI_FRAMEWORK) as unknown as Record<string, unknown> & {
      nodes: Record<string, unknown>[];
    };
    f.id = 3;
    f.nodes[3]!.type = 'indikator';
    f.nodes[4]!.label = 5;
    delete f.nodes[5]!.parent;
    put('schema.json', JSON.stringify(f));
    const r = await takar(...SCORE('schema.json'));
    expect(r.code).toBe(1);
    expect(errors(r.stderr).map((l) => l.split(':')[0])).toEqual([
      'error framework/invalid at id',
      'error framework/invalid at nodes[3].type',
      'error framework/invalid at nodes[4].label',
      'error framework/invalid at nodes[5].parent',
    ]);
  });

  it('a COINr metadata table: bad cells and the tree problems of the rows read', async () => {
    put(
      'meta.csv',
      `Level,iCode,iName,Direction,Weight,Parent,Type
1,a,A,1,abc,p1,Indicator
1,b,B,2,1,p1,Indicator
1,c,C,1,1,p9,Indicator
1,d,D,1,1,p2,Indikator
2,p1,Pillar 1,1,1,idx,Aggregate
2,p2,Pillar 2,1,-1,idx,Aggregate
3,idx,Indeks,1,1,,Aggregate
`,
    );
    const r = await takar(...SCORE('meta.csv'));
    expect(r.code).toBe(1);
    expect(errors(r.stderr)).toEqual([
      'error framework/invalid at framework.rows[0].Weight: meta.csv: "abc" in row 1, column "Weight" is not a number.',
      'error framework/invalid at framework.rows[1].Direction: meta.csv: Direction 2 in row 2 must be 1 or -1.',
      'error framework/invalid at framework.rows[3].Type: meta.csv: Row 4 has Type "Indikator"; use Indicator, Aggregate, Group, Denominator or Other.',
      'error framework/negative-weight at framework.rows[5].Weight: meta.csv: Row 6: Node "p2" has weight -1; weights must be zero or more.',
      'error framework/unknown-parent at framework.rows[2].Parent: meta.csv: Row 3: Node "c" names parent "p9", which is not a node code; add that node or correct the parent.',
    ]);
  });

  it('a programme file: unknown region, negative count, missing programme, unknown unit', async () => {
    put(
      'p.csv',
      'region,programme,beneficiaries,unit\n32.73,PKH,-5,persons\n99.99,PKH,10,persons\n32.73,,10,households\n33.74,BLT,10,cats\n33.74,BLT,"1,000",persons\n',
    );
    const r = await takar('impact', '--programmes', 'p.csv');
    expect(r.code).toBe(1);
    expect(errors(r.stderr).map((l) => l.split(':')[0])).toEqual([
      'error data/not-a-number at rows[4].beneficiaries',
      'error data/unknown-region at rows[1].region',
      'error impact/invalid at rows[0].beneficiaries',
      'error impact/invalid at rows[2].programme',
      'error impact/invalid at rows[3].unit',
    ]);
    expect(r.stderr).toContain('Row 4 of "p.csv": Invalid option');
  });

  it('a survey file: a bad cell, more positives than respondents, a design effect below 1', async () => {
    put(
      's.csv',
      'region,respondents,positive,deff\n32.73,100,200,1\n33.74,10,5,0.5\n32.01,abc,1,1\n',
    );
    const r = await takar('impact', '--survey', 's.csv');
    expect(r.code).toBe(1);
    expect(errors(r.stderr).map((l) => l.split(':')[0])).toEqual([
      'error data/not-a-number at rows[2].respondents',
      'error impact/invalid-survey at rows[0].positive',
      'error impact/invalid-survey at rows[1].deff',
    ]);
  });
});
