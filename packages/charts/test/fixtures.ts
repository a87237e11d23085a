// Small, literal results documents for chart tests, scored by @takar/core.
import { score, type ResultsDocument } from '@takar/core';

const framework = {
  id: 'mini-smart-city',
  version: '1',
  label: { id: 'Indeks Mini Smart City', en: 'Mini Smart City Index' },
  nodes: [
    {
      code: 'idx',
      parent: null,
      type: 'aggregate',
      label: { id: 'Indeks Smart City', en: 'Smart City Index' },
    },
    {
      code: 'gov',
      parent: 'idx',
      type: 'indicator',
      label: { id: 'Tata Kelola', en: 'Governance' },
      scale: [1, 4],
    },
    {
      code: 'eco',
      parent: 'idx',
      type: 'indicator',
      label: { id: 'Ekonomi', en: 'Economy' },
      scale: [1, 4],
    },
  ],
  bands: [
    { code: 'kurang', label: { id: 'Kurang', en: 'Poor' }, min: null, max: 2.5 },
    { code: 'baik', label: { id: 'Baik', en: 'Good' }, min: 2.5, max: 3.5 },
    { code: 'sangat-baik', label: { id: 'Sangat Baik', en: 'Very good' }, min: 3.5, max: null },
  ],
  pipeline: { normalise: { method: 'none' } },
};

/** Five regions on a 1–4 scale, with a tie at the top of the economy dimension. */
const regions: [code: string, name: string, gov: number, eco: number][] = [
  ['32.73', 'Kota Bandung', 3.9, 3.4],
  ['33.72', 'Kota Surakarta', 3.2, 3.6],
  ['33.74', 'Kota Semarang', 3.5, 3.6],
  ['34.71', 'Kota Yogyakarta', 2.8, 3.1],
  ['33.21', 'Kabupaten Demak', 2.1, 2.4],
];

/** The five-region results document used by the chart tests. */
export function fiveRegions(): ResultsDocument {
  return score(
    framework,
    {
      units: regions.map(([code, name]) => ({ code, name })),
      values: regions.flatMap(([unit, , gov, eco]) => [
        { unit, indicator: 'gov', value: gov },
        { unit, indicator: 'eco', value: eco },
      ]),
    },
    { title: 'Contoh lima wilayah' },
  );
}
