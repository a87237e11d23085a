import { describe, expect, it } from 'vitest';
import { score, safeScore, ResultsDocumentSchema, sha256Hex, resultsView } from '@takar/core';

const framework = {
  id: 'mini',
  version: '1',
  label: { id: 'Indeks Mini', en: 'Mini Index' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'a', parent: 'idx', type: 'indicator', label: { id: 'A' }, weight: 1 },
    { code: 'b', parent: 'idx', type: 'indicator', label: { id: 'B' }, weight: 3, direction: -1 },
  ],
  bands: [
    { code: 'low', label: { id: 'Rendah' }, min: null, max: 50 },
    { code: 'high', label: { id: 'Tinggi' }, min: 50, max: null },
  ],
};
const data = {
  units: [
    { code: 'u1', name: 'Satu' },
    { code: 'u2', name: 'Dua' },
    { code: 'u3', name: 'Tiga' },
  ],
  values: [
    { unit: 'u1', indicator: 'a', value: 0 },
    { unit: 'u2', indicator: 'a', value: 5 },
    { unit: 'u3', indicator: 'a', value: 10 },
    { unit: 'u1', indicator: 'b', value: 1 },
    { unit: 'u2', indicator: 'b', value: 3 },
    { unit: 'u3', indicator: 'b', value: 2 },
  ],
};

describe('score (min-max, weighted mean, rank)', () => {
  it('normalises after applying the direction, weights children and ranks the index', () => {
    const r = score(framework, data);
    const byUnit = Object.fromEntries(resultsView(r).rows.map((u) => [u.unit, u]));
    // b reversed: u1 best (100), u3 50, u2 0; a: 0, 50, 100
    expect(byUnit.u1?.scores.idx).toBeCloseTo((0 * 1 + 100 * 3) / 4, 12);
    expect(byUnit.u2?.scores.idx).toBeCloseTo((50 + 0) / 4, 12);
    expect(byUnit.u3?.scores.idx).toBeCloseTo((100 + 150) / 4, 12);
    expect(byUnit.u1?.ranks.idx).toBe(1);
    expect(byUnit.u2?.ranks.idx).toBe(3);
    expect(byUnit.u1?.bands?.idx).toBe('high');
    expect(byUnit.u2?.bands?.idx).toBe('low');
    expect(ResultsDocumentSchema.safeParse(r).success).toBe(true);
  });

  it('gives the same bytes for the same input', () => {
    expect(JSON.stringify(score(framework, data))).toBe(JSON.stringify(score(framework, data)));
  });

  it('reports unknown indicators and duplicate units together', () => {
    const bad = {
      units: [...data.units, { code: 'u1', name: 'Lagi' }],
      values: [...data.values, { unit: 'u1', indicator: 'zz', value: 1 }],
    };
    const r = safeScore(framework, bad);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.code).sort()).toEqual([
        'data/duplicate-unit',
        'data/unknown-indicator',
      ]);
  });

  it('hashes with SHA-256', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('a'.repeat(1000))).toBe(
      '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3',
    );
  });
});
