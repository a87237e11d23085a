import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import {
  compileRanking,
  rankingBarSpec,
  rankingRows,
  type RankingRow,
  type VegaLiteSpec,
} from '@takar/charts';
import { rankingVega } from '../src/generated/ranking.vg.generated.js';
import { compileTemplates } from '../scripts/compile-templates.js';
import { fiveRegions } from './fixtures.js';
import { expectSnapshot } from './snapshot.js';

const require = createRequire(import.meta.url);
const vegaLiteSchema = JSON.parse(
  readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'),
);
const ajv = new Ajv({
  allErrors: true,
  strict: false,
  allowUnionTypes: true,
  validateFormats: false,
});
const validateVegaLite = ajv.compile(vegaLiteSchema);

function expectValidVegaLite(spec: VegaLiteSpec): void {
  const ok = validateVegaLite(spec);
  expect(ok ? [] : validateVegaLite.errors).toEqual([]);
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

async function renderSvg(chart: {
  spec: object;
  data: Record<string, RankingRow[]>;
  signals: Record<string, unknown>;
}) {
  const view = new View(parse(chart.spec as never, undefined, { ast: true }), {
    renderer: 'none',
    expr: expressionInterpreter,
  });
  for (const [name, rows] of Object.entries(chart.data)) view.data(name, rows);
  for (const [name, value] of Object.entries(chart.signals)) view.signal(name, value);
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

describe('rankingRows', () => {
  it('lists units best first, ties by name, with their rank, band and highlight', () => {
    const rows = rankingRows(fiveRegions(), { highlight: '34.71' });
    expect(rows.map((r) => [r.order, r.rank, r.name, r.band, r.highlight])).toEqual([
      [0, 1, 'Kota Bandung', 'sangat-baik', false],
      [1, 2, 'Kota Semarang', 'sangat-baik', false],
      [2, 3, 'Kota Surakarta', 'baik', false],
      [3, 4, 'Kota Yogyakarta', 'baik', true],
      [4, 5, 'Kabupaten Demak', 'kurang', false],
    ]);
    expect(rows[0]?.label).toBe('1. Kota Bandung');
    expect(rows[0]?.score).toBeCloseTo(3.65, 12);
  });

  it('gives tied scores the same, best rank on a dimension', () => {
    const rows = rankingRows(fiveRegions(), { node: 'eco', lang: 'en' });
    expect(rows.slice(0, 3).map((r) => [r.rank, r.name])).toEqual([
      [1, 'Kota Semarang'],
      [1, 'Kota Surakarta'],
      [3, 'Kota Bandung'],
    ]);
  });

  it('labels bands in the chosen language', () => {
    expect(rankingRows(fiveRegions(), { lang: 'en' }).map((r) => r.bandLabel)).toEqual([
      'Very good',
      'Very good',
      'Good',
      'Good',
      'Poor',
    ]);
  });

  it('leaves out units without a score and says which node codes exist', () => {
    const results = fiveRegions();
    results.columns.find((c) => c.key === 'idx')!.scores[0] = null;
    expect(rankingRows(results).map((r) => r.unit)).not.toContain('32.73');
    expect(() => rankingRows(results, { node: 'nope' })).toThrow(/no node "nope"/);
  });
});

describe('rankingBarSpec', () => {
  it('is valid Vega-Lite with named data and one row per unit', () => {
    const { spec, data } = rankingBarSpec(fiveRegions(), {
      highlight: '33.21',
      xTitle: 'Skor: Indeks Smart City',
    });
    expectValidVegaLite(spec);
    expect(spec.data).toEqual({ name: 'ranking' });
    expect(data.ranking).toHaveLength(5);
    expectSnapshot('ranking-id.vl.json', json(spec));
  });

  it('titles the axis with the text given (the charts hold no UI words), else the node label', () => {
    expect(
      JSON.stringify(rankingBarSpec(fiveRegions(), { lang: 'en', node: 'gov' }).spec),
    ).toContain('"title":"Governance"');
    const { spec } = rankingBarSpec(fiveRegions(), {
      lang: 'en',
      node: 'gov',
      xTitle: 'Score: Governance',
    });
    expectValidVegaLite(spec);
    expect(JSON.stringify(spec)).toContain('Score: Governance');
    expectSnapshot('ranking-en-gov.vl.json', json(spec));
  });
});

describe('compileRanking', () => {
  it('uses the Vega spec compiled at build time, which matches the template (run compile-specs if not)', () => {
    const [ranking] = compileTemplates();
    expect(JSON.parse(JSON.stringify(rankingVega))).toEqual(ranking?.spec);
  });

  it('binds titles and colours through signals', () => {
    const chart = compileRanking(fiveRegions(), {
      lang: 'en',
      xTitle: 'Score: Smart City Index',
      colors: { barColor: '#000000' },
    });
    expect(chart.signals).toMatchObject({ xTitle: 'Score: Smart City Index' });
    expect(chart.data.ranking?.every((r) => r.color === '#000000')).toBe(true);
    expect(chart.spec).not.toBe(rankingVega);
  });

  it('renders headless to an SVG with one bar per unit, best on top', async () => {
    const svg = await renderSvg(
      compileRanking(fiveRegions(), { highlight: '34.71', xTitle: 'Skor: Indeks Smart City' }),
    );
    const bars = [...svg.matchAll(/<path aria-label="(([^:"]+): [^"]+)"[^>]*fill="([^"]+)"/g)];
    expect(bars.map((b) => b[2])).toEqual([
      '1. Kota Bandung',
      '2. Kota Semarang',
      '3. Kota Surakarta',
      '4. Kota Yogyakarta',
      '5. Kabupaten Demak',
    ]);
    expect(bars.filter((b) => b[3] === '#c2410c').map((b) => b[2])).toEqual(['4. Kota Yogyakarta']);
    expect(svg).toContain('Skor: Indeks Smart City');
    expectSnapshot('ranking-id.svg', svg);
  });

  it('renders every spec without eval: the same SVG from the Vega-Lite spec compiled now', async () => {
    const [ranking] = compileTemplates();
    const chart = compileRanking(fiveRegions(), {});
    const svg = await renderSvg({ ...chart, spec: ranking!.spec });
    expect(svg).toBe(await renderSvg(chart));
  });
});
