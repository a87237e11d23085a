import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { score, parseRegionDocument, safeParseRegionDocument } from '../src/index.js';
import {
  awardWinners,
  bandLabel,
  displayNumber,
  displayPercent,
  distributionSummary,
  nodeBands,
  profileSummary,
  rankChanges,
  regionDocuments,
  regionProfile,
  regionTrendPoints,
  resultsView,
  shownNumber,
  trendPoints,
  vegaNumberLocale,
  type ResultsDocument,
} from '../src/results/index.js';

// Six regions, two dimensions of two indicators each; values are literal (nothing random).
const framework = {
  id: 'layer-test',
  version: '1',
  label: { id: 'Indeks Uji', en: 'Test Index' },
  digits: 2,
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks', en: 'Index' } },
    {
      code: 'gov',
      parent: 'idx',
      type: 'aggregate',
      label: { id: 'Tata Kelola', en: 'Governance' },
    },
    { code: 'eco', parent: 'idx', type: 'aggregate', label: { id: 'Ekonomi', en: 'Economy' } },
    ...['g1', 'g2'].map((code) => ({
      code,
      parent: 'gov',
      type: 'indicator',
      label: { id: code },
      scale: [1, 4],
    })),
    ...['e1', 'e2'].map((code) => ({
      code,
      parent: 'eco',
      type: 'indicator',
      label: { id: code },
      scale: [1, 4],
    })),
  ],
  bands: [
    { code: 'kurang', label: { id: 'Kurang', en: 'Poor' }, min: null, max: 2.5 },
    { code: 'baik', label: { id: 'Baik', en: 'Good' }, min: 2.5, max: null },
  ],
  pipeline: { normalise: { method: 'none' } },
};

const UNITS: [code: string, name: string, type: string, province: string][] = [
  ['a', 'Kota A', 'kota', 'P1'],
  ['b', 'Kota B', 'kota', 'P1'],
  ['c', 'Kota C', 'kota', 'P2'],
  ['d', 'Kabupaten D', 'kabupaten', 'P2'],
  ['e', 'Kabupaten E', 'kabupaten', 'P1'],
  ['__proto__', 'Kabupaten Proto', 'kabupaten', 'P2'],
];

function results(year: number, shift: number, drop?: string): ResultsDocument {
  const units = UNITS.filter(([code]) => code !== drop);
  return score(
    framework,
    {
      units: units.map(([code, name, type, province]) => ({
        code,
        name,
        groups: { type, province },
      })),
      values: units.flatMap(([unit], i) =>
        ['g1', 'g2', 'e1', 'e2'].map((indicator, k) => ({
          unit,
          indicator,
          year,
          value: 1 + ((i * 7 + k * 3 + shift) % 10) * 0.3,
        })),
      ),
      source: { title: 'Uji', synthetic: true },
    },
    { year, title: `Uji ${year}`, pipeline: { groupRanks: ['type', 'province'] } },
  );
}

const y2023 = results(2023, 1, 'c');
const y2024 = results(2024, 4);

describe('the view analysis of @takar/core/results', () => {
  it('profiles a region against its peers and the nation at the node and its children', () => {
    const p = profileSummary(y2024, { region: 'a', peers: 'type' })!;
    expect(p.rows.map((r) => r.node)).toEqual(['idx', 'gov', 'eco']);
    expect(p.peers).toEqual({ kind: 'group', column: 'type', value: 'kota', count: 3 });
    const view = resultsView(y2024);
    const kota = view.codes.flatMap((c, i) => (view.groupAt('type', i) === 'kota' ? [i] : []));
    const gov = kota.map((i) => view.scoreAt('gov', i)!).sort((x, y) => x - y);
    expect(p.rows[1]!.peerMedian).toBe(gov[1]);
    expect(p.rows[0]!.of).toBe(6);
    expect(profileSummary(y2024, { region: 'zz' })).toBeNull();
    // A peer list keeps only the codes the results have.
    expect(profileSummary(y2024, { region: 'a', peers: 'b, nope' })!.peers).toEqual({
      kind: 'list',
      count: 1,
    });
  });

  it('follows regions over years, skipping the years a region is absent', () => {
    const points = trendPoints([y2024, y2023], { regions: ['c', 'a'], node: 'idx' });
    expect(points.map((p) => `${p.year}:${p.unit}`)).toEqual(['2023:a', '2024:c', '2024:a']);
    expect(points[0]!.ranked).toBe(5);
    expect(points[1]!.rank).toBe(resultsView(y2024).rankAt('idx', resultsView(y2024).indexOf('c')));
  });

  it('awards categories per group and reports rank changes and distributions', () => {
    const view = resultsView(y2024);
    const won = awardWinners(y2024, { group: 'type' });
    expect(won.map((w) => `${w.node}/${w.group}`)).toEqual([
      'idx/kabupaten',
      'idx/kota',
      'gov/kabupaten',
      'gov/kota',
      'eco/kabupaten',
      'eco/kota',
    ]);
    const kota = won[1]!;
    const best = Math.max(...[0, 1, 2].map((i) => view.scoreAt('idx', i)!));
    expect(kota.winners[0]!.score).toBe(best);
    expect(kota.entrants).toBe(3);
    const change = rankChanges(y2024, y2023, 'idx');
    expect(change.get('c')).toEqual({ previousRank: null, change: null });
    const a = change.get('a')!;
    expect(a.change).toBe(a.previousRank! - view.rankAt('idx', 0)!);
    const d = distributionSummary(y2024, { node: 'gov', region: 'a' });
    expect(d.values).toHaveLength(6);
    expect(d.region?.position).toBe(view.rankAt('gov', 0));
  });

  it('has one band fallback: the root takes the framework bands, other nodes their own', () => {
    expect(nodeBands(y2024.framework, 'idx')?.map((b) => b.code)).toEqual(['kurang', 'baik']);
    expect(nodeBands(y2024.framework, 'gov')).toBeUndefined();
    expect(bandLabel(y2024.framework, 'idx', 'baik', 'en')).toBe('Good');
    expect(bandLabel(y2024.framework, 'idx', null, 'en')).toBe('');
  });

  it('formats numbers decimal-correctly in both languages, missing as a dash', () => {
    expect(displayNumber(1234.5, 'id')).toBe('1.234,50');
    expect(displayNumber(1234.5, 'en')).toBe('1,234.50');
    expect(displayNumber(3.4749999999999996, 'en')).toBe('3.48');
    expect(displayNumber(null, 'id')).toBe('–');
    expect(shownNumber(3.4749999999999996)).toBe(3.48);
    expect(displayPercent(0.625, 'en', 1)).toBe('62.5%');
    expect(vegaNumberLocale('id')).toMatchObject({ decimal: ',', thousands: '.' });
    expect(vegaNumberLocale('en')).toMatchObject({ decimal: '.', thousands: ',' });
  });
});

describe('region documents', () => {
  const regions = regionDocuments([y2024, y2023]);

  it('has one document per region of any year, oldest year first, arrays aligned with keys', () => {
    expect([...regions.keys()].sort()).toEqual(['__proto__', 'a', 'b', 'c', 'd', 'e']);
    const c = regions.get('c')!;
    expect(c.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(c.years[0]!.region).toBeNull();
    expect(c.keys).toEqual(['idx', 'gov', 'eco']);
    expect(c.framework.nodes.map((n) => n.code)).toEqual(c.keys);
    expect(regionDocuments([y2024], { nodes: 'all' }).get('a')!.keys).toHaveLength(7);
  });

  it('gives the same profile as the full document, for every region and peer group', () => {
    const all = regionDocuments([y2023, y2024], { nodes: 'all' });
    for (const code of resultsView(y2024).codes)
      for (const peers of [undefined, 'type', 'province']) {
        expect(regionProfile(regions.get(code)!, { peers, year: 2024 })).toEqual(
          profileSummary(y2024, { region: code, peers }),
        );
        for (const node of ['idx', 'gov'])
          expect(regionProfile(all.get(code)!, { peers, node })).toEqual(
            profileSummary(y2024, { region: code, peers, node }),
          );
      }
    // Without its indicators, a dimension cannot be profiled from the region document.
    expect(regionProfile(regions.get('a')!, { node: 'gov' })).toBeNull();
    expect(regionProfile(regions.get('c')!, { year: 2023 })).toBeNull();
  });

  it('gives the same trend points as the yearly documents', () => {
    for (const code of ['a', 'c', '__proto__'])
      for (const node of ['idx', 'eco'])
        expect(regionTrendPoints(regions.get(code)!, node)).toEqual(
          trendPoints([y2023, y2024], { regions: [code], node }),
        );
  });

  it('keeps in-group ranks, a node coded __proto__ is a key like any other', () => {
    const view = resultsView(y2024);
    const i = view.indexOf('__proto__');
    const peers = regions.get('__proto__')!.years[1]!.region!.peers;
    const type = peers.find((p) => p.column === 'type')!;
    expect(type.ranks).toEqual(['idx', 'gov', 'eco'].map((k) => view.groupRanks('type', k)![i]));
  });

  it('round-trips through JSON and the schema; bad documents get every issue', () => {
    const doc = regions.get('a')!;
    const back = parseRegionDocument(JSON.parse(JSON.stringify(doc)));
    expect(back).toEqual(doc);
    const broken = JSON.parse(JSON.stringify(doc));
    broken.years[0].medians.pop();
    broken.keys.push('idx');
    const bad = safeParseRegionDocument(broken);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map((x) => x.path.join('.'))).toEqual(
        expect.arrayContaining(['keys.3', 'years.0.medians']),
      );
    }
    const newer = safeParseRegionDocument({ ...doc, formatVersion: 2 });
    expect(!newer.ok && newer.issues[0]!.code).toBe('results/unsupported-version');
    expect(gzipSync(JSON.stringify(doc)).length).toBeLessThan(2_000);
  });
});
