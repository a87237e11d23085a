import { describe, expect, it } from 'vitest';
import {
  formatCsv,
  frameworkFromTable,
  frameworkToTable,
  parseCsv,
  parseFramework,
  score,
  type Framework,
  resultsView,
} from '@takar/core';

const framework: Framework = {
  id: 'kota-mini',
  version: '2024.1',
  label: { id: 'Indeks Kota Mini', en: 'Mini City Index' },
  digits: 2,
  pipeline: { normalise: { method: 'none' }, aggregate: { method: 'amean' } },
  bands: [
    { code: 'kurang', label: { id: 'Kurang', en: 'Poor' }, min: null, max: 2.5 },
    { code: 'baik', label: { id: 'Baik', en: 'Good' }, min: 2.5, max: null },
  ],
  axes: [
    {
      id: 'stage',
      label: { id: 'Tahap', en: 'Stage' },
      tags: [
        { code: 'output', label: { id: 'Output' }, weight: 40 },
        { code: 'impact', label: { id: 'Dampak', en: 'Impact' }, weight: 60 },
      ],
    },
  ],
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks', en: 'Index' } },
    { code: 'gov', parent: 'idx', type: 'aggregate', label: { id: 'Tata Kelola' }, weight: 2 },
    { code: 'eco', parent: 'idx', type: 'aggregate', label: { id: 'Ekonomi' }, weight: 1 },
    ...(['gov', 'eco'] as const).flatMap((d) =>
      (['output', 'impact'] as const).map((s) => ({
        code: `${d}.${s}`,
        parent: d,
        type: 'indicator' as const,
        label: { id: `${d} ${s}` },
        weight: s === 'output' ? 40 : 60,
        scale: [1, 4] as [number, number],
        tags: { stage: s },
      })),
    ),
  ],
};
const data = {
  units: [
    { code: 'a', name: 'Kota A' },
    { code: 'b', name: 'Kota B' },
  ],
  values: ['a', 'b'].flatMap((unit, u) =>
    ['gov.output', 'gov.impact', 'eco.output', 'eco.impact'].map((indicator, i) => ({
      unit,
      indicator,
      value: 1 + ((u * 5 + i * 3) % 7) / 2,
    })),
  ),
};

describe('a framework as one editable table', () => {
  it('survives the CSV round trip with bands, the second axis, digits and the default pipeline', () => {
    const text = formatCsv(frameworkToTable(framework));
    const back = frameworkFromTable(parseCsv(text), { id: framework.id }).framework;
    expect(() => parseFramework(back)).not.toThrow();
    expect(back.bands).toEqual(framework.bands);
    expect(back.digits).toBe(2);
    expect(back.axes?.[0]?.tags.map((t) => t.weight)).toEqual([40, 60]);
    const before = score(framework, data);
    const after = score(back, data);
    expect(resultsView(after).rows.map((u) => [u.scores, u.bands])).toEqual(
      resultsView(before).rows.map((u) => [u.scores, u.bands]),
    );
  });
});
