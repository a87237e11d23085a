import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import {
  awardWinners,
  distributionSummary,
  dotsChart,
  dotsTemplate,
  intervalChart,
  intervalTemplate,
  linesChart,
  linesTemplate,
  median,
  peerUnits,
  profileSummary,
  rankChanges,
  seededUnit,
  stripChart,
  stripTemplate,
  trendPoints,
  type CompiledChart,
  type VegaLiteSpec,
} from '@takar/charts';
import { compileTemplates } from '../scripts/compile-templates.js';
import * as generated from '../src/generated/charts.vg.generated.js';
import { fiveRegions } from './fixtures.js';
import { expectSnapshot } from './snapshot.js';

const require = createRequire(import.meta.url);
const ajv = new Ajv({
  allErrors: true,
  strict: false,
  allowUnionTypes: true,
  validateFormats: false,
});
const validateVegaLite = ajv.compile(
  JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')),
);
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const theme = { textColor: '#1f2933', gridColor: '#d9dee5' };

async function renderSvg(chart: CompiledChart<unknown>): Promise<string> {
  const view = new View(parse(chart.spec as never, undefined, { ast: true }), {
    renderer: 'none',
    expr: expressionInterpreter,
  });
  for (const [name, rows] of Object.entries(chart.data)) view.data(name, rows as object[]);
  for (const [name, value] of Object.entries(chart.signals)) view.signal(name, value);
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** Five regions with a `type` group: three kota, two kabupaten. */
function grouped() {
  const r = fiveRegions();
  for (const u of r.units) u.groups = { type: u.name.startsWith('Kota') ? 'kota' : 'kabupaten' };
  r.units.find((u) => u.unit === '33.21')!.name = 'Kabupaten Demak';
  return r;
}

describe('summaries', () => {
  it('takes the median of an odd and an even count, and null of none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(median([])).toBe(null);
  });

  it('seeds jitter from the unit code, the same every time', () => {
    expect(seededUnit('32.73')).toBe(seededUnit('32.73'));
    expect(seededUnit('32.73')).not.toBe(seededUnit('33.74'));
  });

  it('finds peers by a group column or by a list of codes', () => {
    const r = grouped();
    const byType = peerUnits(r, '32.73', 'type');
    expect([byType.kind, byType.value, byType.units.length]).toEqual(['group', 'kota', 4]);
    expect(peerUnits(r, '32.73', '33.72, 33.74').units.map((u) => u.unit)).toEqual([
      '33.72',
      '33.74',
    ]);
    expect(peerUnits(r, '32.73', '').units).toHaveLength(5);
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
    before.units.find((u) => u.unit === '32.73')!.ranks.idx = 3;
    expect(rankChanges(now, before, 'idx').get('32.73')).toEqual({ previousRank: 3, change: 2 });
  });

  it('lists trend points oldest first', () => {
    const a = grouped();
    a.year = 2024;
    const b = grouped();
    b.year = 2023;
    const points = trendPoints([a, b], { regions: ['32.73'], node: 'idx' });
    expect(points.map((p) => [p.year, p.rank, p.ranked])).toEqual([
      [2023, 1, 5],
      [2024, 1, 5],
    ]);
  });
});

const templates: [string, VegaLiteSpec][] = [
  ['dots', dotsTemplate('Skor')],
  ['lines', linesTemplate({ yTitle: 'Skor' })],
  ['lines-rank', linesTemplate({ reverse: true, yTitle: 'Peringkat' })],
  ['strip', stripTemplate('Skor')],
  ['interval', intervalTemplate('Cakupan (%)')],
];

describe('chart templates', () => {
  for (const [name, spec] of templates) {
    it(`${name} is valid Vega-Lite over named data`, () => {
      const ok = validateVegaLite(spec);
      expect(ok ? [] : validateVegaLite.errors).toEqual([]);
      expectSnapshot(`${name}.vl.json`, json(spec));
    });
  }

  it('uses the Vega specs compiled at build time (run compile-specs if not)', () => {
    const compiled = Object.fromEntries(compileTemplates().map((t) => [t.exportName, t.spec]));
    for (const [name, spec] of Object.entries(generated))
      expect(JSON.parse(JSON.stringify(spec)), name).toEqual(compiled[name]);
  });
});

describe('charts rendered headless', () => {
  it('draws a dot per series and category', async () => {
    const rows = ['Tata Kelola', 'Ekonomi'].flatMap((category, order) =>
      [
        { series: 'Kota Bandung', value: 3.9 - order, color: '#c2410c', shape: 'circle' },
        { series: 'Median', value: 3.2, color: '#3b6ea8', shape: 'diamond' },
      ].map((s) => ({ ...s, category, order, tip: `${s.series}: ${s.value}` })),
    );
    const svg = await renderSvg(dotsChart(rows, { ...theme, xTitle: 'Skor' }));
    expect(svg.match(/<path[^>]*fill="#c2410c"/g)).toHaveLength(2);
    expect(svg).toContain('Tata Kelola');
    expectSnapshot('dots.svg', svg);
  });

  it('draws lines over years, ranks reversed', async () => {
    const rows = [2022, 2023, 2024].map((y, i) => ({
      x: String(y),
      series: 'Kota Bandung',
      value: 3 - i,
      color: '#3b6ea8',
      tip: '',
    }));
    const svg = await renderSvg(linesChart(rows, { ...theme, yTitle: 'Peringkat', reverse: true }));
    expect(svg).toContain('2024');
    expect(svg).toContain('Peringkat');
    expectSnapshot('lines-rank.svg', svg);
  });

  it('draws a strip with the highlighted unit', async () => {
    const d = distributionSummary(grouped(), { node: 'gov', region: '34.71' });
    const rows = d.values.map((v) => ({
      value: v.value,
      jitter: 0.15 + 0.7 * seededUnit(v.unit),
      color: v.unit === '34.71' ? '#c2410c' : '#3b6ea8',
      size: v.unit === '34.71' ? 160 : 50,
      z: v.unit === '34.71' ? 1 : 0,
      highlight: v.unit === '34.71',
      tip: v.name,
    }));
    const svg = await renderSvg(stripChart(rows, { ...theme, xTitle: 'Tata Kelola' }));
    expect(svg.match(/fill="#c2410c"/g)?.length).toBeGreaterThanOrEqual(1);
    expectSnapshot('strip.svg', svg);
  });

  it('draws bars with their interval', async () => {
    const rows = [
      { label: 'Kota Bandung', order: 0, value: 40, low: 30, high: 52, color: '#3b6ea8', tip: '' },
      { label: 'Kota Semarang', order: 1, value: 25, low: 20, high: 31, color: '#3b6ea8', tip: '' },
    ];
    const svg = await renderSvg(intervalChart(rows, { ...theme, xTitle: 'Cakupan (%)' }));
    expect(svg).toContain('Kota Semarang');
    expectSnapshot('interval.svg', svg);
  });
});
