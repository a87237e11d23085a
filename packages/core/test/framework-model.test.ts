import { describe, expect, it } from 'vitest';
import {
  ResultsDocumentSchema,
  effectiveWeights,
  parseFramework,
  resultsTable,
  score,
  formatCsv,
  resultsView,
} from '@takar/core';

// Smart City style: dimensions × evaluation stages. Leaves carry a `stage` tag; the stage axis
// weights the stages 10/20/30/20/20 (Gerakan Menuju Smart City).
const STAGES = [
  ['baseline', 10],
  ['output', 20],
  ['outcome', 30],
  ['impact', 20],
  ['quickwin', 20],
] as const;
const smartCity = {
  id: 'smart-city-mini',
  version: '2022',
  label: { id: 'Evaluasi Smart City (contoh)', en: 'Smart City evaluation (example)' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    ...['gov', 'eco'].flatMap((d) => [
      { code: d, parent: 'idx', type: 'aggregate', label: { id: d } },
      ...STAGES.map(([s]) => ({
        code: `${d}.${s}`,
        parent: d,
        type: 'indicator',
        label: { id: `${d} ${s}` },
        scale: [1, 4],
        normalise: { method: 'none' },
        tags: { stage: s },
      })),
    ]),
  ],
  axes: [
    {
      id: 'stage',
      label: { id: 'Tahap evaluasi', en: 'Evaluation stage' },
      tags: STAGES.map(([code, weight]) => ({ code, label: { id: code }, weight })),
    },
  ],
  bands: [
    { code: 'kurang', label: { id: 'Kurang' }, min: null, max: 2.5 },
    { code: 'baik', label: { id: 'Baik' }, min: 2.5, max: 3.5 },
    { code: 'sangat-baik', label: { id: 'Sangat Baik' }, min: 3.5, max: null },
  ],
  weightSets: { 'gov-heavy': { gov: 3, eco: 1 } },
};
// Kota Kediri 2022 (published stage scores), the same in both dimensions; Kota Jambi 2024.
const kediri = [3.6, 3.21, 3.23, 3.07, 3.65];
const jambi = [3.84, 3.18, 3.53, 3.63, 3.35];
const data = {
  units: [
    { code: '35.71', name: 'Kota Kediri', groups: { province: 'Jawa Timur' } },
    { code: '15.71', name: 'Kota Jambi', groups: { province: 'Jambi' } },
    { code: '35.78', name: 'Kota Surabaya', groups: { province: 'Jawa Timur' } },
  ],
  values: ['gov', 'eco'].flatMap((d) =>
    STAGES.flatMap(([s], k) => [
      { unit: '35.71', indicator: `${d}.${s}`, value: kediri[k] as number },
      { unit: '15.71', indicator: `${d}.${s}`, value: jambi[k] as number },
      { unit: '35.78', indicator: `${d}.${s}`, value: d === 'gov' ? 3.9 : 2.1 },
    ]),
  ),
};

describe('second axis (evaluation stages)', () => {
  const r = score(smartCity, data, { pipeline: { groupRanks: ['province'] } });
  const kediriResult = resultsView(r).rows.find((u) => u.unit === '35.71');

  it('adds the score of every tag and the weighted axis total as score keys', () => {
    expect(kediriResult?.scores['stage:baseline']).toBeCloseTo(3.6, 12);
    expect(kediriResult?.scores['stage:outcome']).toBeCloseTo(3.23, 12);
    // 0.1·3.60 + 0.2·3.21 + 0.3·3.23 + 0.2·3.07 + 0.2·3.65 = 3.315
    expect(kediriResult?.scores['stage:total']).toBeCloseTo(3.315, 12);
    expect(resultsView(r).rows.find((u) => u.unit === '15.71')?.scores['stage:total']).toBeCloseTo(
      0.1 * 3.84 + 0.2 * 3.18 + 0.3 * 3.53 + 0.2 * 3.63 + 0.2 * 3.35,
      12,
    );
    // the dimension view comes from the same inputs
    expect(kediriResult?.scores.idx).toBeCloseTo((3.6 + 3.21 + 3.23 + 3.07 + 3.65) / 5, 12);
  });

  it('ranks and covers the axis keys like nodes, and keeps the document valid', () => {
    expect(resultsView(r).rows.find((u) => u.unit === '35.78')?.ranks['stage:total']).toBe(3);
    expect(kediriResult?.coverage['stage:total']).toBe(1);
    expect(kediriResult?.groupRanks?.province?.['stage:total']).toBe(1);
    expect(
      resultsView(r).rows.find((u) => u.unit === '35.78')?.groupRanks?.province?.['stage:total'],
    ).toBe(2);
    expect(kediriResult?.bands?.idx).toBe('baik');
    expect(ResultsDocumentSchema.safeParse(r).success).toBe(true);
  });

  it('writes axis keys after the nodes in wide tables', () => {
    const header = formatCsv(resultsTable(r)).split('\n')[0];
    expect(
      header?.endsWith(
        'gov,eco,idx,stage:baseline,stage:output,stage:outcome,stage:impact,stage:quickwin,stage:total',
      ),
    ).toBe(true);
  });

  it('refuses a tag coded "total", which names the axis total', () => {
    const bad = {
      ...smartCity,
      axes: [{ ...smartCity.axes[0], tags: [{ code: 'total', label: { id: 'T' } }] }],
    };
    expect(() => parseFramework(bad)).toThrow(/reserved/);
  });
});

describe('weights', () => {
  it('derives effective weights that multiply down the tree and sum to 1 over indicators', () => {
    const tree = parseFramework(smartCity);
    const w = effectiveWeights(tree);
    expect(w.get('gov')).toBe(0.5);
    expect(w.get('gov.baseline')).toBeCloseTo(0.1, 15);
    expect(tree.indicators.reduce((s, c) => s + (w.get(c) ?? 0), 0)).toBeCloseTo(1, 15);
  });

  it('applies a named weight set or a weight map, and records it in the pipeline', () => {
    const heavy = score(smartCity, data, { pipeline: { weights: 'gov-heavy' } });
    const s = resultsView(heavy).rows.find((u) => u.unit === '35.78')?.scores.idx;
    expect(s).toBeCloseTo((3 * 3.9 + 1 * 2.1) / 4, 12);
    expect(heavy.pipeline.weights).toBe('gov-heavy');
    const map = score(smartCity, data, { pipeline: { weights: { gov: 1, eco: 3 } } });
    expect(resultsView(map).rows.find((u) => u.unit === '35.78')?.scores.idx).toBeCloseTo(
      (3.9 + 3 * 2.1) / 4,
      12,
    );
    expect(
      effectiveWeights(
        parseFramework(smartCity),
        new Map([
          ['gov', 3],
          ['eco', 1],
        ]),
      ).get('gov.impact'),
    ).toBeCloseTo(0.75 / 5, 15);
  });
});

describe('until', () => {
  it('stops after a stage: indicators as they stand there, no ranks, still a valid document', () => {
    const r = score(smartCity, data, { until: 'impute', pipeline: { impute: { method: 'mean' } } });
    expect(r.until).toBe('impute');
    expect(r.stages.map((s) => s.stage)).toEqual(['denominate', 'screen', 'impute']);
    expect(resultsView(r).rows[0]?.scores['gov.baseline']).toBe(3.6);
    expect(resultsView(r).rows[0]?.scores.idx).toBeUndefined();
    expect(resultsView(r).rows[0]?.ranks).toEqual({});
    expect(ResultsDocumentSchema.safeParse(r).success).toBe(true);
  });
});
