import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { distributionSummary } from '@takar/core/results';
import {
  dotsChart,
  dotsTemplate,
  intervalChart,
  intervalTemplate,
  linesChart,
  linesTemplate,
  seededUnit,
  stripChart,
  stripTemplate,
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

describe('jitter', () => {
  it('seeds jitter from the unit code, the same every time', () => {
    expect(seededUnit('32.73')).toBe(seededUnit('32.73'));
    expect(seededUnit('32.73')).not.toBe(seededUnit('33.74'));
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
    const d = distributionSummary(fiveRegions(), { node: 'gov', region: '34.71' });
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
