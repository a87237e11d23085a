// Per-indicator normalisation parameters in a COINr metadata table (iMeta), goalposts with and
// without truncation, and the `Other` type for pass-through columns. Hand-checkable numbers:
// goalposts [25, 85], so 55 is half way (50), 20 is 5/60 below (−8.33…) and 90 5/60 above.
import { describe, expect, it } from 'vitest';
import {
  TakarError,
  resultsView,
  formatCsv,
  frameworkFromCoinrMeta,
  frameworkFromTable,
  frameworkToCoinrMeta,
  frameworkToTable,
  goalposts,
  parseCsv,
  score,
} from '@takar/core';

const f = (...x: number[]): Float64Array => Float64Array.from(x);

const META = [
  'iCode,iName,Parent,Type,Direction,GoalpostLow,GoalpostHigh,Normalise,NormaliseLow,NormaliseHigh,NormaliseMean,NormaliseSd,GoalpostTruncate',
  'idx,Index,,Aggregate,,,,,,,,,',
  'gp,Goalposts kept,idx,Indicator,1,25,85,goalposts,,,,,FALSE',
  'gt,Goalposts clamped,idx,Indicator,1,25,85,goalposts,0,1,,,',
  'mm,Min-max 1-10,idx,Indicator,1,,,minmax,1,10,,,',
  'zs,Z-score 100/10,idx,Indicator,-1,,,zscore,,,100,10,',
  'luas,Area,,Other,,,,,,,,,',
].join('\n');

const DATA = {
  units: [
    { code: 'a', name: 'A' },
    { code: 'b', name: 'B' },
    { code: 'c', name: 'C' },
  ],
  values: (['a', 'b', 'c'] as const).flatMap((unit, i) => [
    { unit, indicator: 'gp', value: [20, 55, 90][i] as number },
    { unit, indicator: 'gt', value: [20, 55, 90][i] as number },
    { unit, indicator: 'mm', value: [2, 4, 6][i] as number },
    { unit, indicator: 'zs', value: [1, 2, 3][i] as number },
  ]),
};

function errorOf(run: () => unknown): TakarError {
  try {
    run();
  } catch (e) {
    if (e instanceof TakarError) return e;
    throw e;
  }
  throw new Error('expected a TakarError');
}

describe('goalposts with and without truncation', () => {
  it('clamps to the goalposts by default and not with truncate false', () => {
    expect([...goalposts(f(20, 55, 90), [25, 85])]).toEqual([0, 50, 100]);
    const free = goalposts(f(20, 55, 90), [25, 85], [0, 100], 1, false);
    expect(free[0]).toBeCloseTo(-25 / 3, 12);
    expect(free[1]).toBe(50);
    expect(free[2]).toBeCloseTo(325 / 3, 12);
    // lower is better: reaching the low goalpost is best, beyond it scores above the range
    const lower = goalposts(f(20, 90), [25, 85], [0, 100], -1, false);
    expect(lower[0]).toBeCloseTo(325 / 3, 12);
    expect(lower[1]).toBeCloseTo(-25 / 3, 12);
  });

  it('keeps truncate false through the pipeline', () => {
    const framework = {
      id: 't',
      version: '1',
      label: { id: 'T' },
      nodes: [
        { code: 'i', parent: null, type: 'aggregate', label: { id: 'I' } },
        { code: 'x', parent: 'i', type: 'indicator', label: { id: 'X' }, goalposts: [25, 85] },
        { code: 'y', parent: 'i', type: 'indicator', label: { id: 'Y' }, goalposts: [0, 100] },
      ],
    };
    const data = {
      units: [
        { code: 'a', name: 'A' },
        { code: 'b', name: 'B' },
      ],
      values: [
        { unit: 'a', indicator: 'x', value: 90 },
        { unit: 'b', indicator: 'x', value: 55 },
        { unit: 'a', indicator: 'y', value: 50 },
        { unit: 'b', indicator: 'y', value: 50 },
      ],
    };
    const clamped = score(framework, data, { pipeline: { normalise: { method: 'goalposts' } } });
    const free = score(framework, data, {
      pipeline: { normalise: { method: 'goalposts', truncate: false } },
    });
    const x = (r: typeof free, u: string): number => resultsView(r).unit(u)?.scores['x'] as number;
    expect(x(clamped, 'a')).toBe(100);
    expect(x(free, 'a')).toBeCloseTo(325 / 3, 12);
    expect(x(free, 'b')).toBe(50);
  });
});

describe('per-indicator normalisation parameters in iMeta', () => {
  it('reads each indicator’s method and parameters, and Other columns as pass-through', () => {
    const meta = frameworkFromCoinrMeta(parseCsv(META));
    const node = (c: string) => meta.framework.nodes.find((n) => n.code === c);
    expect(node('gp')?.normalise).toEqual({ method: 'goalposts', truncate: false });
    expect(node('gt')?.normalise).toEqual({ method: 'goalposts', range: [0, 1] });
    expect(node('mm')?.normalise).toEqual({ method: 'minmax', range: [1, 10] });
    expect(node('zs')?.normalise).toEqual({ method: 'zscore', meanSd: [100, 10] });
    expect(meta.others).toEqual(['luas']);
    expect(meta.dataColumns).toEqual([{ code: 'luas', name: 'Area', type: 'Other' }]);
    expect(meta.framework.nodes.map((n) => n.code)).not.toContain('luas');
  });

  it('scores with the parameters of each row', () => {
    const { framework } = frameworkFromCoinrMeta(parseCsv(META));
    const r = score(framework, DATA);
    const s = (u: string, c: string): number => resultsView(r).unit(u)?.scores[c] as number;
    expect(s('c', 'gp')).toBeCloseTo(325 / 3, 12); // 90 beyond the upper goalpost, not clamped
    expect(s('c', 'gt')).toBe(1); // clamped, on 0–1
    expect(s('a', 'gt')).toBe(0);
    expect([s('a', 'mm'), s('b', 'mm'), s('c', 'mm')]).toEqual([1, 5.5, 10]);
    // direction −1: 1 is best; z = (−1 − (−2)) / 1 · 10 + 100
    expect([s('a', 'zs'), s('b', 'zs'), s('c', 'zs')]).toEqual([110, 100, 90]);
  });

  it('writes the parameters and Other rows back so the table round-trips', () => {
    const meta = frameworkFromCoinrMeta(parseCsv(META));
    const text = formatCsv(frameworkToCoinrMeta(meta.framework, meta.dataColumns));
    for (const col of ['NormaliseLow', 'NormaliseMean', 'NormaliseSd', 'GoalpostTruncate'])
      expect(text.split('\n')[0]).toContain(col);
    const back = frameworkFromTable(parseCsv(text));
    const norms = (m: typeof meta) =>
      Object.fromEntries(m.framework.nodes.map((n) => [n.code, n.normalise]));
    expect(norms(back)).toEqual(norms(meta));
    expect(back.others).toEqual(['luas']);
    // the editable CSV of a framework keeps them too
    const table = frameworkFromTable(parseCsv(formatCsv(frameworkToTable(meta.framework))));
    expect(norms(table)).toEqual(norms(meta));
  });

  it('reports every misplaced or bad parameter at once, with its row and column', () => {
    const bad = [
      'iCode,iName,Parent,Type,Normalise,NormaliseLow,NormaliseHigh,NormaliseSd,GoalpostTruncate,NormaliseReference',
      'idx,Index,,Aggregate,,,,,,',
      'a,A,idx,Indicator,,0,1,,,',
      'b,B,idx,Indicator,minmax,,,2,,',
      'c,C,idx,Indicator,goalposts,5,1,,maybe,',
      'd,D,idx,Indicator,minmax,0,,,,',
      'e,E,idx,Indicator,dist2ref,,,,,',
      'f,F,idx,Indicator,median,,,,,',
    ].join('\n');
    const e = errorOf(() => frameworkFromCoinrMeta(parseCsv(bad)));
    const where = e.issues.map((i) => `${String(i.path[1])}:${String(i.path[2])}`);
    expect(where).toEqual([
      '1:NormaliseLow',
      '1:NormaliseHigh',
      '2:NormaliseSd',
      '3:GoalpostTruncate',
      '4:NormaliseHigh',
      '5:NormaliseReference',
      '6:Normalise',
    ]);
    expect(e.issues.every((i) => i.code === 'framework/invalid')).toBe(true);
    expect(e.issues[0]?.message).toContain('no Normalise method');
    expect(e.issues[2]?.message).toContain('"minmax" does not use');
    expect(e.issues[6]?.message).toContain('"median" is not a normalisation method');
  });

  it('refuses a reversed range through the schema', () => {
    const bad = [
      'iCode,iName,Parent,Type,Normalise,NormaliseLow,NormaliseHigh',
      'idx,Index,,Aggregate,,,',
      'a,A,idx,Indicator,minmax,10,1',
    ].join('\n');
    const e = errorOf(() => frameworkFromCoinrMeta(parseCsv(bad)));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]?.path).toEqual(['rows', 1, 'Normalise range']);
    expect(e.issues[0]?.message).toContain('low < high');
  });

  it('reads COINr’s own goalpost columns (f_n_para = "use_iMeta")', () => {
    const meta = [
      'iCode,iName,Parent,Type,goalpost_lower,goalpost_upper,goalpost_scale,goalpost_trunc2posts',
      'idx,Index,,Aggregate,,,,',
      'gp,Goalposts,idx,Indicator,25,85,1,FALSE',
      'gq,Goalposts 100,idx,Indicator,25,85,100,',
      'mm,Min-max,idx,Indicator,,,,',
    ].join('\n');
    const { framework } = frameworkFromCoinrMeta(parseCsv(meta));
    const node = (c: string) => framework.nodes.find((n) => n.code === c);
    expect(node('gp')).toMatchObject({
      goalposts: [25, 85],
      normalise: { method: 'goalposts', range: [0, 1], truncate: false },
    });
    expect(node('gq')?.normalise).toEqual({ method: 'goalposts', range: [0, 100] });
    expect(node('mm')?.normalise).toBeUndefined();
    const data = {
      units: [
        { code: 'a', name: 'A' },
        { code: 'b', name: 'B' },
      ],
      values: [
        { unit: 'a', indicator: 'gp', value: 90 },
        { unit: 'b', indicator: 'gp', value: 55 },
        { unit: 'a', indicator: 'gq', value: 90 },
        { unit: 'b', indicator: 'gq', value: 55 },
        { unit: 'a', indicator: 'mm', value: 1 },
        { unit: 'b', indicator: 'mm', value: 2 },
      ],
    };
    const r = score(framework, data);
    const s = (u: string, c: string) => resultsView(r).unit(u)?.scores[c] as number;
    expect(s('a', 'gp')).toBeCloseTo(65 / 60, 12); // not truncated, on 0–1
    expect(s('b', 'gp')).toBe(0.5);
    expect(s('a', 'gq')).toBe(100); // truncated, on 0–100
    const bad = [
      'iCode,iName,Parent,Type,Normalise,goalpost_scale',
      'idx,Index,,Aggregate,,',
      'x,X,idx,Indicator,minmax,100',
    ].join('\n');
    const e = errorOf(() => frameworkFromCoinrMeta(parseCsv(bad)));
    expect(e.issues.map((i) => i.path)).toEqual([['rows', 1, 'goalpost_scale']]);
  });
});
