import { describe, expect, it } from 'vitest';
import { assignBand, roundHalfUpDecimal, score, resultsView } from '@takar/core';

const bands = [
  { code: 'cukup', label: { id: 'Cukup' }, min: 1.8, max: 2.6 },
  { code: 'baik', label: { id: 'Baik' }, min: 2.6, max: 3.5 },
  { code: 'sangat-baik', label: { id: 'Sangat Baik' }, min: 3.5, max: null },
];

describe('decimal-correct bands', () => {
  it('counts a float just below a threshold as the decimal a spreadsheet shows', () => {
    const x = 0.1 * 26; // 2.6000000000000005
    const y = 3.5 - 1e-15; // 3.499999999999999
    expect(assignBand(2.5999999999999996, bands)).toBe('baik');
    expect(assignBand(x, bands)).toBe('baik');
    expect(assignBand(y, bands)).toBe('sangat-baik');
    expect(assignBand(2.599, bands)).toBe('cukup');
  });

  it('with digits, assigns the band of the rounded, published figure', () => {
    expect(assignBand(2.596, bands, 2)).toBe('baik');
    expect(assignBand(2.594, bands, 2)).toBe('cukup');
    expect(roundHalfUpDecimal(3.4749999999999996, 2)).toBe(3.48);
  });

  it('score() uses the framework digits for bands', () => {
    const framework = {
      id: 'f',
      version: '1',
      label: { id: 'F' },
      digits: 2,
      bands,
      pipeline: { normalise: { method: 'none' as const } },
      nodes: [
        { code: 'idx', parent: null, type: 'aggregate' as const, label: { id: 'I' } },
        { code: 'a', parent: 'idx', type: 'indicator' as const, label: { id: 'A' } },
        { code: 'b', parent: 'idx', type: 'indicator' as const, label: { id: 'B' } },
      ],
    };
    const data = {
      units: [
        { code: 'u', name: 'U' },
        { code: 'v', name: 'V' },
      ],
      values: [
        { unit: 'u', indicator: 'a', value: 2.6 },
        { unit: 'u', indicator: 'b', value: 2.591 }, // mean 2.5955 → shown 2.60 → baik
        { unit: 'v', indicator: 'a', value: 2.6 },
        { unit: 'v', indicator: 'b', value: 2.58 }, // mean 2.59 → cukup
      ],
    };
    const r = score(framework, data);
    expect(resultsView(r).rows.map((u) => u.bands?.idx)).toEqual(['baik', 'cukup']);
  });
});
