import { describe, expect, it } from 'vitest';
import { bandGaps, resultsView, score } from '@takar/core';

// Synthetic: three units on one indicator scored as given (normalise none), bands [_, 3) and [4, _)
// leaving [3, 4) uncovered, and a node band list [1, 2) that ends below most scores.
const framework = {
  id: 'gaps',
  version: '1',
  label: { id: 'Celah' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    {
      code: 'p',
      parent: 'idx',
      type: 'aggregate',
      label: { id: 'P' },
      bands: [{ code: 'awal', label: { id: 'Awal' }, min: 1, max: 2 }],
    },
    { code: 'a', parent: 'p', type: 'indicator', label: { id: 'A' } },
  ],
  bands: [
    { code: 'rendah', label: { id: 'Rendah' }, min: null, max: 3 },
    { code: 'tinggi', label: { id: 'Tinggi' }, min: 4, max: null },
  ],
  pipeline: { normalise: { method: 'none' } },
};
const data = {
  units: ['u1', 'u2', 'u3', 'u4'].map((code) => ({ code, name: code })),
  values: [
    { unit: 'u1', indicator: 'a', value: 1.5 },
    { unit: 'u2', indicator: 'a', value: 3.5 },
    { unit: 'u3', indicator: 'a', value: 4 },
    { unit: 'u4', indicator: 'a', value: null },
  ],
};

describe('bandGaps', () => {
  it('names every unit whose present score falls in no band, with the bands around it', () => {
    const doc = score(framework, data);
    expect(resultsView(doc).rows.map((u) => u.bands?.idx)).toEqual([
      'rendah',
      null,
      'tinggi',
      null,
    ]);
    const gaps = bandGaps(doc).map((g) => ({
      unit: g.unit,
      node: g.node,
      score: g.score,
      below: g.below?.code ?? null,
      above: g.above?.code ?? null,
    }));
    // u4 is missing, not in a gap; u1 is in p's only band; u2 and u3 are above it.
    expect(gaps).toEqual([
      { unit: 'u2', node: 'idx', score: 3.5, below: 'rendah', above: 'tinggi' },
      { unit: 'u2', node: 'p', score: 3.5, below: 'awal', above: null },
      { unit: 'u3', node: 'p', score: 4, below: 'awal', above: null },
    ]);
  });

  it('finds nothing when the bands are contiguous', () => {
    const closed = structuredClone(framework);
    closed.bands[1]!.min = 3;
    closed.nodes[1]!.bands![0]!.max = null as unknown as number;
    expect(bandGaps(score(closed, data))).toEqual([]);
  });
});
