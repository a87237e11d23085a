// The summaries the elements show (moved from @takar/charts, which no longer has its own).
import { describe, expect, it } from 'vitest';
import { score } from '../src/index.js';
import {
  awardWinners,
  distributionSummary,
  peerGroupOf,
  profileSummary,
  rankChanges,
  resultsView,
  trendPoints,
  type ResultsDocument,
} from '../src/results/index.js';

const framework = {
  id: 'mini-smart-city',
  version: '1',
  label: { id: 'Indeks Mini Smart City', en: 'Mini Smart City Index' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks Smart City' } },
    { code: 'gov', parent: 'idx', type: 'indicator', label: { id: 'Tata Kelola' }, scale: [1, 4] },
    { code: 'eco', parent: 'idx', type: 'indicator', label: { id: 'Ekonomi' }, scale: [1, 4] },
  ],
  pipeline: { normalise: { method: 'none' } },
};

/** Five regions on a 1–4 scale, a tie at the top of the economy; three kota, two kabupaten. */
const REGIONS: [code: string, name: string, gov: number, eco: number][] = [
  ['32.73', 'Kota Bandung', 3.9, 3.4],
  ['33.72', 'Kota Surakarta', 3.2, 3.6],
  ['33.74', 'Kota Semarang', 3.5, 3.6],
  ['34.71', 'Kota Yogyakarta', 2.8, 3.1],
  ['33.21', 'Kabupaten Demak', 2.1, 2.4],
];

function grouped(): ResultsDocument {
  return score(
    framework,
    {
      units: REGIONS.map(([code, name]) => ({
        code,
        name,
        groups: { type: name.startsWith('Kota') ? 'kota' : 'kabupaten' },
      })),
      values: REGIONS.flatMap(([unit, , gov, eco]) => [
        { unit, indicator: 'gov', value: gov },
        { unit, indicator: 'eco', value: eco },
      ]),
    },
    { title: 'Contoh lima wilayah' },
  );
}

describe('summaries for display', () => {
  it('finds peers by a group column or by a list of codes, never throwing', () => {
    const view = resultsView(grouped());
    const byType = peerGroupOf(view, '32.73', 'type');
    expect([byType.kind, byType.value, byType.units.length]).toEqual(['group', 'kota', 4]);
    expect(peerGroupOf(view, '32.73', '33.72, 33.74').units).toEqual(['33.72', '33.74']);
    expect(peerGroupOf(view, '32.73', '').units).toHaveLength(5);
    expect(peerGroupOf(view, 'nope', 'type')).toMatchObject({ kind: 'group', units: [] });
  });

  it('profiles a region against peer and national medians, with strengths and weaknesses', () => {
    const p = profileSummary(grouped(), { region: '32.73', peers: 'type' })!;
    expect(p.rows.map((r) => r.node)).toEqual(['idx', 'gov', 'eco']);
    const gov = p.rows[1]!;
    // Kota peers on governance: 3.9, 3.2, 3.5, 2.8 → median 3.35; nation adds 2.1 → 3.2.
    expect(gov.peerMedian).toBeCloseTo(3.35, 12);
    expect(gov.nationMedian).toBeCloseTo(3.2, 12);
    expect(p.strengths).toEqual(['gov']);
    expect(p.weaknesses).toEqual(['eco']);
    expect(profileSummary(grouped(), { region: 'nope' })).toBe(null);
  });

  it('gives tied winners one award and the margin over the runner-up', () => {
    const awards = awardWinners(grouped());
    const eco = awards.find((a) => a.node === 'eco')!;
    expect(eco.winners.map((w) => w.name)).toEqual(['Kota Semarang', 'Kota Surakarta']);
    expect(eco.runnerUp?.name).toBe('Kota Bandung');
    expect(eco.margin).toBeCloseTo(0.2, 12);
    const byType = awardWinners(grouped(), { group: 'type', nodes: ['idx'] });
    expect(byType.map((a) => [a.group, a.winners[0]?.name])).toEqual([
      ['kabupaten', 'Kabupaten Demak'],
      ['kota', 'Kota Bandung'],
    ]);
  });

  it('places a region in the distribution of a node', () => {
    const d = distributionSummary(grouped(), { node: 'gov', region: '34.71' });
    expect(d.values).toHaveLength(5);
    expect(d.region).toMatchObject({ position: 4, below: 0.2, value: 2.8 });
    expect([d.min, d.max, d.median]).toEqual([2.1, 3.9, 3.2]);
  });

  it('measures rank change against a previous year, positive when moving up', () => {
    const now = grouped();
    const before = grouped();
    before.columns.find((c) => c.key === 'idx')!.ranks![0] = 3;
    expect(rankChanges(now, before, 'idx').get('32.73')).toEqual({ previousRank: 3, change: 2 });
  });

  it('lists trend points oldest first', () => {
    const a = { ...grouped(), year: 2024 };
    const b = { ...grouped(), year: 2023 };
    const points = trendPoints([a, b], { regions: ['32.73'], node: 'idx' });
    expect(points.map((p) => [p.year, p.rank, p.ranked])).toEqual([
      [2023, 1, 5],
      [2024, 1, 5],
    ]);
  });
});
