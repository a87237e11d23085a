// <takar-map> with the real 514-region boundaries (the GeoJSON source of @takar/indonesia/boundaries,
// served by the test runner at BOUNDARIES_URL) and the example results: every region drawn, colours that follow the
// values, the mismatch note, boundaries errors, zoom, the split layout for phones, band / change /
// coverage measures, TopoJSON, one fetch per page, and accessibility.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { provinces } from '@takar/indonesia';
import { resultsView, type ResultsDocument } from '@takar/core/results';
import '../src/define/map.js';
import type { TakarMap } from '../src/map/map.js';
import { PROVINCE_NAMES } from '../src/map/provinces.js';
import type { ResultsError } from '../src/controllers/results-controller.js';
import { IMPACT, makeResults, PREVIOUS_YEAR } from './fixtures/make-results.js';
import {
  BOUNDARIES_URL,
  captureDownloads,
  failOnConsole,
  nextEvent,
  tableRows,
} from './helpers.js';

const EXAMPLE_URL = '/examples/data/smart-city-2024.json';

async function exampleResults(): Promise<ResultsDocument> {
  const response = await fetch(EXAMPLE_URL);
  if (!response.ok)
    throw new Error(
      `${EXAMPLE_URL} answered ${response.status}: build the example data (npm run build:examples; npm test does it).`,
    );
  return (await response.json()) as ResultsDocument;
}

/** Mounts a map and waits for `takar-rendered` (or `takar-error` when `expectError`). */
async function mountMap(
  attrs: Record<string, string>,
  props: { data?: unknown; boundaries?: unknown } = {},
  event: 'takar-rendered' | 'takar-error' = 'takar-rendered',
  width = 900,
): Promise<{ el: TakarMap; detail: unknown }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement('takar-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (props.data !== undefined) el.data = props.data;
  if (props.boundaries !== undefined) el.boundaries = props.boundaries as object;
  const other = event === 'takar-rendered' ? 'takar-error' : 'takar-rendered';
  const done = Promise.race([
    nextEvent(wrapper, event, 30000),
    nextEvent<ResultsError>(wrapper, other, 30000).then((e) => {
      throw new Error(`unexpected ${other}: ${JSON.stringify(e.detail)}`);
    }),
  ]);
  wrapper.append(el);
  const detail = (await done).detail;
  await el.updateComplete;
  return { el, detail };
}

const regions = (el: HTMLElement) => [
  ...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg.map path[data-unit]'),
];

/** Counts the page's fetches of `url` (until `restore`). */
function countFetches(url: string): { readonly count: number; restore: () => void } {
  const original = window.fetch;
  let count = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input instanceof Request ? input.url : input).endsWith(url)) count++;
    return original(input, init);
  };
  return {
    get count() {
      return count;
    },
    restore: () => {
      window.fetch = original;
    },
  };
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('<takar-map> with the real boundaries', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('draws every region of the example results, and all 514 boundaries', async () => {
    const results = await exampleResults();
    const { el, detail } = await mountMap({ boundaries: BOUNDARIES_URL }, { data: results });
    const drawn = new Set(regions(el).map((p) => p.dataset.unit));
    expect(drawn.size).to.equal(514);
    expect((detail as { bars: number }).bars).to.equal(514);
    const missing = resultsView(results)
      .rows.map((u) => u.unit)
      .filter((u) => !drawn.has(u));
    expect(missing, 'example regions without a shape').to.deep.equal([]);
    for (const p of regions(el)) expect(p.getAttribute('d')!.length).to.be.greaterThan(8);
    // The table has one row per region of the results.
    expect(tableRows(el).length).to.equal(resultsView(results).rows.length);
    // The description names the highest and lowest regions with their provinces.
    const description = el.shadowRoot!.querySelector('[part="description"]')!.textContent!;
    expect(description).to.match(/Tertinggi: .+ \(.+\), \d/);
    expect(description).to.match(/Terendah: .+ \(.+\), \d/);
    await expect(el).to.be.accessible();
  });

  it('colours regions so that a higher score is never lighter', async () => {
    const results = await exampleResults();
    const { el } = await mountMap({ boundaries: BOUNDARIES_URL }, { data: results });
    const root = results.framework.nodes.find((n) => n.parent === null)!.code;
    const fill = new Map(regions(el).map((p) => [p.dataset.unit!, p.getAttribute('fill')!]));
    const scored = resultsView(results)
      .rows.filter((u) => u.scores[root] !== null && u.scores[root] !== undefined)
      .map((u) => ({ value: u.scores[root]!, lum: luminance(fill.get(u.unit)!) }))
      .sort((a, b) => a.value - b.value);
    expect(scored.length).to.be.greaterThan(100);
    for (let i = 1; i < scored.length; i++)
      expect(scored[i]!.lum, `luminance at position ${i}`).to.be.at.most(
        scored[i - 1]!.lum + 1e-12,
      );
    // The lowest and highest are far apart in lightness (the scale is used end to end).
    expect(scored[0]!.lum - scored[scored.length - 1]!.lum).to.be.greaterThan(0.5);
    // Boundaries without results share one "not in the data" colour, distinct from every score colour.
    const inData = new Set(resultsView(results).rows.map((u) => u.unit));
    const absent = new Set(
      regions(el)
        .filter((p) => !inData.has(p.dataset.unit!))
        .map((p) => p.getAttribute('fill')),
    );
    expect(absent.size).to.equal(1);
    expect(resultsView(results).rows.some((u) => fill.get(u.unit) === [...absent][0])).to.equal(
      false,
    );
  });

  it('lists regions missing from the boundaries and from the data in a visible note', async () => {
    const results = makeResults(undefined, { synthetic: true });
    results.units.codes[1] = '99.01';
    results.units.names[1] = 'Kota Tanpa Batas';
    const { el } = await mountMap({ boundaries: BOUNDARIES_URL }, { data: results });
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part="note"]')!;
    expect(note).to.not.equal(null);
    expect(note.getAttribute('role')).to.equal('note');
    const missingBoundaries = note.querySelector<HTMLDetailsElement>('.missing-boundaries')!;
    expect(missingBoundaries.open).to.equal(true);
    expect(missingBoundaries.textContent).to.contain(
      '1 wilayah di data tidak ada di batas wilayah',
    );
    expect(missingBoundaries.textContent).to.contain('99.01');
    expect(missingBoundaries.textContent).to.contain('Kota Tanpa Batas');
    const missingResults = note.querySelector('.missing-results')!;
    expect(missingResults.textContent).to.contain('510 wilayah di peta tidak ada di data');
    expect(missingResults.querySelectorAll('li').length).to.equal(510);
    expect(note.checkVisibility()).to.equal(true);
    // The region without a shape stays in the table and in the CSV.
    expect(tableRows(el).some((r) => r[0] === 'Kota Tanpa Batas')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('outlines the region in focus and zooms to a province', async () => {
    const { el } = await mountMap(
      { boundaries: BOUNDARIES_URL, region: '32.73' },
      { data: makeResults(undefined, { synthetic: true }) },
    );
    const focus = el.shadowRoot!.querySelector('svg.map path.focus')!;
    const bandung = el.shadowRoot!.querySelector('svg.map path[data-unit="32.73"]')!;
    expect(focus.getAttribute('d')).to.equal(bandung.getAttribute('d'));
    const { width: wholeWidth } =
      el.shadowRoot!.querySelector<SVGSVGElement>('svg.map')!.viewBox.baseVal;
    el.zoom = '32';
    await el.updateComplete;
    const zoomed = el.shadowRoot!.querySelector<SVGSVGElement>('svg.map')!.viewBox.baseVal;
    expect(zoomed.width).to.be.lessThan(wholeWidth / 5);
    // Every Jawa Barat region lies inside the zoomed view.
    for (const p of regions(el).filter((p) => p.dataset.unit!.startsWith('32.'))) {
      const b = p.getBBox();
      expect(b.x).to.be.at.least(zoomed.x - 1);
      expect(b.x + b.width).to.be.at.most(zoomed.x + zoomed.width + 1);
    }
    // The other provinces stay as faded context.
    const faded = regions(el).filter((p) => p.classList.contains('faded'));
    expect(faded.length).to.equal(
      regions(el).filter((p) => !p.dataset.unit!.startsWith('32.')).length,
    );
    expect(faded.some((p) => p.dataset.unit!.startsWith('32.'))).to.equal(false);
    expect(getComputedStyle(faded[0]!).opacity).to.equal('0.35');
    // The zoom control offers the province by name, and choosing "all" zooms out.
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="zoom"] select')!;
    expect([...select.options].map((o) => o.textContent)).to.include('Jawa Barat');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.zoom).to.equal(undefined);
    expect(el.shadowRoot!.querySelector<SVGSVGElement>('svg.map')!.viewBox.baseVal.width).to.equal(
      wholeWidth,
    );
    expect(regions(el).some((p) => p.classList.contains('faded'))).to.equal(false);
  });

  it('says so when the zoom code is not in the boundaries, and shows the whole country', async () => {
    const { el } = await mountMap(
      { boundaries: BOUNDARIES_URL, zoom: '99' },
      { data: makeResults(undefined, { synthetic: true }) },
    );
    expect(el.shadowRoot!.querySelector('.zoom-unknown')!.textContent).to.contain(
      'Kode 99 (atribut zoom) tidak ada di batas wilayah',
    );
    expect(regions(el).length).to.equal(514);
  });

  it('rejects an unknown measure with a clear error', async () => {
    const { detail } = await mountMap(
      { boundaries: BOUNDARIES_URL, measure: 'skor' },
      { data: makeResults(undefined, { synthetic: true }) },
      'takar-error',
    );
    expect((detail as ResultsError).code).to.equal('map/wrong-data');
    expect((detail as ResultsError).message).to.contain('score, band, coverage, change');
  });

  it('splits into a western and an eastern panel on a narrow screen', async () => {
    const { el } = await mountMap(
      { boundaries: BOUNDARIES_URL },
      { data: makeResults(undefined, { synthetic: true }) },
      'takar-rendered',
      360,
    );
    await new Promise((r) => setTimeout(r, 100)); // the ResizeObserver reports the width
    await el.updateComplete;
    const panels = [...el.shadowRoot!.querySelectorAll('svg.map')];
    expect(panels.length).to.equal(2);
    const codes = panels.map(
      (p) =>
        new Set(
          [...p.querySelectorAll<SVGPathElement>('path[data-unit]')].map((x) => x.dataset.unit),
        ),
    );
    expect(codes[0]!.has('31.71')).to.equal(true); // Jakarta, west
    expect(codes[1]!.has('94.71') || codes[1]!.has('91.71')).to.equal(true); // Jayapura, east
    expect(codes[0]!.size + codes[1]!.size).to.equal(514);
    // Each panel is taller for its width than the whole country would be.
    const aspect = (s: SVGSVGElement) => s.viewBox.baseVal.width / s.viewBox.baseVal.height;
    for (const p of panels) expect(aspect(p as SVGSVGElement)).to.be.lessThan(2);
    await expect(el).to.be.accessible();
  });

  it('shares one fetch of the boundaries between maps on a page', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const url = `${BOUNDARIES_URL}?shared=${Date.now()}`;
    const fetches = countFetches(url);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const data = makeResults(undefined, { synthetic: true });
      const maps = [0, 1, 2].map(() => {
        const el = document.createElement('takar-map');
        el.setAttribute('boundaries', url);
        el.data = data;
        return el;
      });
      const rendered = maps.map((m) => nextEvent(m, 'takar-rendered', 30000));
      wrapper.append(...maps);
      // Maps load near the viewport: bring each into view in turn.
      for (const [i, m] of maps.entries()) {
        m.scrollIntoView();
        await rendered[i];
      }
      window.scrollTo(0, 0);
      expect(fetches.count).to.equal(1);
      const times = maps.map((m) => m.boundariesMs!);
      expect(times.filter((t) => t > 0).length).to.equal(1);
      expect(times.filter((t) => t === 0).length).to.equal(2);
    } finally {
      fetches.restore();
    }
  });
});

describe('<takar-map> loading', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('fetches the boundaries only once the map scrolls into view', async () => {
    const url = `${BOUNDARIES_URL}?lazy=${Date.now()}`;
    const fetches = countFetches(url);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      const el = document.createElement('takar-map');
      el.setAttribute('boundaries', url);
      el.data = makeResults(undefined, { synthetic: true });
      wrapper.append(spacer, el);
      await new Promise((r) => setTimeout(r, 500));
      await el.updateComplete;
      expect(fetches.count).to.equal(0);
      expect(el.boundariesMs).to.equal(undefined);
      // The table is there before the map, for whoever reaches it first.
      expect(tableRows(el).length).to.equal(5);
      const rendered = nextEvent(el, 'takar-rendered', 30000);
      el.scrollIntoView();
      await rendered;
      expect(fetches.count).to.equal(1);
      expect(regions(el).length).to.equal(514);
    } finally {
      fetches.restore();
    }
  });
});

describe('<takar-map> measures and inputs', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('colours by band with the band labels in the legend (id and en)', async () => {
    const data = makeResults(undefined, { synthetic: true });
    const { el } = await mountMap({ boundaries: BOUNDARIES_URL, measure: 'band' }, { data });
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!.textContent!;
    expect(legend).to.contain('Sangat Baik');
    expect(legend).to.contain('Kurang');
    const fill = (code: string) =>
      el.shadowRoot!.querySelector(`svg.map path[data-unit="${code}"]`)!.getAttribute('fill');
    const byBand = new Map<string, Set<string | null>>();
    for (const u of resultsView(data).rows) {
      const band = u.bands![data.framework.nodes[0]!.code]!;
      byBand.set(band, (byBand.get(band) ?? new Set()).add(fill(u.unit)));
    }
    // One colour per band, different between bands.
    for (const colours of byBand.values()) expect(colours.size).to.equal(1);
    expect(new Set([...byBand.values()].map((s) => [...s][0])).size).to.equal(byBand.size);
    // The description counts regions per band and names those in the best band reached.
    const description = el.shadowRoot!.querySelector('[part="description"]')!.textContent!;
    const root = data.framework.nodes[0]!.code;
    const count = (band: string) =>
      resultsView(data).rows.filter((u) => u.bands![root] === band).length;
    expect(description).to.contain(
      `Kurang ${count('kurang')}, Baik ${count('baik')}, Sangat Baik ${count('sangat-baik')}`,
    );
    expect(description).to.contain('Predikat tertinggi yang dicapai, Sangat Baik: Kota Bandung');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain('Very good');
  });

  it('colours change between two years on a diverging scale: gains blue, losses red', async () => {
    const before = makeResults(PREVIOUS_YEAR, { synthetic: true, year: 2023 });
    const after = makeResults(undefined, { synthetic: true });
    const { el } = await mountMap(
      { boundaries: BOUNDARIES_URL, measure: 'change' },
      { data: [before, after] },
    );
    const rgb = (code: string) => {
      const hex = el
        .shadowRoot!.querySelector(`svg.map path[data-unit="${code}"]`)!
        .getAttribute('fill')!;
      return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    };
    const root = after.framework.nodes[0]!.code;
    const delta = (code: string) =>
      resultsView(after).rows.find((u) => u.unit === code)!.scores[root]! -
      resultsView(before).rows.find((u) => u.unit === code)!.scores[root]!;
    for (const u of resultsView(after).rows) {
      const d = delta(u.unit);
      const [r, , b] = rgb(u.unit);
      if (d > 1e-9) expect(b, `${u.unit} gained ${d}`).to.be.greaterThan(r);
      if (d < -1e-9) expect(r, `${u.unit} lost ${d}`).to.be.greaterThan(b);
    }
    expect(resultsView(after).rows.some((u) => delta(u.unit) > 0)).to.equal(true);
    expect(resultsView(after).rows.some((u) => delta(u.unit) < 0)).to.equal(true);
    expect(el.shadowRoot!.querySelector('.ramp')!.textContent).to.contain('+');
    // Downloads are named after the measure and the later year.
    const downloads = captureDownloads();
    try {
      await el.export('csv-full');
      expect(downloads.list.map((f) => f.name)).to.deep.equal(['takar-map-change-2024-all.csv']);
    } finally {
      downloads.restore();
    }
  });

  it('asks for two years when change has one', async () => {
    const { detail } = await mountMap(
      { boundaries: BOUNDARIES_URL, measure: 'change' },
      { data: makeResults(undefined, { synthetic: true }) },
      'takar-error',
    );
    expect((detail as ResultsError).code).to.equal('map/no-baseline');
  });

  it('maps the coverage of positively affected citizens from impact data', async () => {
    const { el } = await mountMap(
      { boundaries: BOUNDARIES_URL, measure: 'coverage' },
      { data: structuredClone(IMPACT) },
    );
    const rows = tableRows(el);
    expect(rows.length).to.equal(3);
    // Kota Bandung: 1.200.000 of 2.500.000 = 48,0%.
    expect(rows.find((r) => r[0] === 'Kota Bandung')![2]).to.equal('48,0%');
    expect(rows.find((r) => r[0] === 'Kota Bandung')![1]).to.equal('Jawa Barat');
  });

  it('reads TopoJSON boundaries given as a property, keyed by another property', async () => {
    // Two unit squares sharing an edge, quantised, with delta-encoded arcs; one arc is shared.
    const topology = {
      type: 'Topology',
      transform: { scale: [0.001, 0.001], translate: [107, -7] },
      arcs: [
        [
          [500, 0],
          [0, 500],
        ], // shared edge, x = 107.5
        [
          [500, 500],
          [-500, 0],
          [0, -500],
          [500, 0],
        ],
        [
          [500, 0],
          [500, 0],
          [0, 500],
          [-500, 0],
        ],
      ],
      objects: {
        kab: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1]], properties: { kode: '32.73', nama: 'Bandung' } },
            { type: 'Polygon', arcs: [[2, -1]], properties: { kode: '33.74', nama: 'Semarang' } },
          ],
        },
      },
    };
    const { el } = await mountMap(
      { 'boundary-key': 'kode' },
      { data: makeResults(undefined, { synthetic: true }), boundaries: topology },
    );
    expect(regions(el).map((p) => p.dataset.unit)).to.deep.equal(['32.73', '33.74']);
    const note = el.shadowRoot!.querySelector('.missing-boundaries')!.textContent!;
    expect(note).to.contain('3 wilayah di data tidak ada di batas wilayah');
  });

  it('explains how to provide boundaries when none are set, and still shows the table', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('takar-map');
    el.data = makeResults(undefined, { synthetic: true });
    wrapper.append(el);
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector('[part="note"]')!.textContent!;
    expect(note).to.contain('atribut boundaries');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(tableRows(el).length).to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('sorts the table by value, name and province from the column headers', async () => {
    const { el } = await mountMap(
      { boundaries: BOUNDARIES_URL },
      { data: makeResults(undefined, { synthetic: true }) },
    );
    expect(tableRows(el)[0]![0]).to.equal('Kota Bandung'); // highest first
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="name"]')!.click();
    await el.updateComplete;
    const names = tableRows(el).map((r) => r[0]!);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'id')));
    expect(
      el.shadowRoot!.querySelector('th[aria-sort="ascending"] button')!.getAttribute('data-sort'),
    ).to.equal('name');
  });

  it('shows a tooltip in the shadow root with the region and its value, and Escape hides it', async () => {
    const { el } = await mountMap(
      { boundaries: BOUNDARIES_URL, lang: 'en' },
      { data: makeResults(undefined, { synthetic: true }) },
    );
    const path = el.shadowRoot!.querySelector<SVGPathElement>('svg.map path[data-unit="32.73"]')!;
    const box = path.getBoundingClientRect();
    path.dispatchEvent(
      new PointerEvent('pointermove', {
        bubbles: true,
        composed: true,
        clientX: box.x + box.width / 2,
        clientY: box.y + box.height / 2,
      }),
    );
    const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.equal('Kota Bandung (Jawa Barat): 3.65');
    // A region that is not in the data says so.
    el.shadowRoot!.querySelector('svg.map path[data-unit="11.01"]')!.dispatchEvent(
      new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 10, clientY: 10 }),
    );
    expect(tip.textContent).to.match(/: Not in the data$/);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tip.hidden).to.equal(true);
  });

  it('sends takar-select when a region is clicked on the map', async () => {
    const { el } = await mountMap(
      { boundaries: BOUNDARIES_URL },
      { data: makeResults(undefined, { synthetic: true }) },
    );
    const chosen = nextEvent<{ unit: string; name: string }>(document, 'takar-select');
    el.shadowRoot!.querySelector<SVGPathElement>('svg.map path[data-unit="33.74"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    expect((await chosen).detail).to.deep.equal({ unit: '33.74', name: 'Kota Semarang' });
  });
});

describe('<takar-map> keyboard', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  const active = (el: HTMLElement) => el.shadowRoot!.activeElement as SVGPathElement | null;
  const middle = (p: SVGPathElement) => {
    const b = p.getBBox();
    return [b.x + b.width / 2, b.y + b.height / 2] as const;
  };

  it('is one tab stop; arrows move between regions, Home/End, Enter selects, Escape clears', async () => {
    const data = makeResults(undefined, { synthetic: true });
    const { el } = await mountMap({ boundaries: BOUNDARIES_URL, region: '33.74' }, { data });
    const stops = () => regions(el).filter((p) => p.getAttribute('tabindex') === '0');
    // One tab stop, on the region in focus; every other region is reached by the arrows only.
    expect(stops().map((p) => p.dataset.unit)).to.deep.equal(['33.74']);
    expect(regions(el).every((p) => p.getAttribute('role') === 'button')).to.equal(true);
    const start = stops()[0]!;
    start.focus();
    await el.updateComplete;
    // The focused region is named with its province, score and band, and outlined.
    const semarang = resultsView(data).rows.find((u) => u.unit === '33.74')!;
    const label = start.getAttribute('aria-label')!;
    expect(label).to.match(/^Kota Semarang \(Jawa Tengah\): \d+,\d+, predikat /);
    expect(label).to.contain(el.locale.number(semarang.scores[data.framework.nodes[0]!.code]!));
    expect(el.shadowRoot!.querySelectorAll('g.keyboard-outline path').length).to.equal(2);
    const figure = el.shadowRoot!.querySelector('[part="chart"]')!;
    expect(figure.getAttribute('role')).to.equal('group');
    expect(figure.hasAttribute('aria-hidden')).to.equal(false);
    await expect(el).to.be.accessible();

    // ArrowRight goes east, ArrowDown south (SVG y grows southwards).
    const [x0, y0] = middle(start);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const east = active(el)!;
    expect(east.dataset.unit).to.not.equal('33.74');
    expect(middle(east)[0]).to.be.greaterThan(x0);
    expect(stops().map((p) => p.dataset.unit)).to.deep.equal([east.dataset.unit]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const south = active(el)!;
    expect(middle(south)[1]).to.be.greaterThan(middle(east)[1]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(middle(active(el)!)[1]).to.be.lessThan(middle(south)[1]);
    void y0;

    // Home and End: the first region in the table's order (the highest score), and the last
    // region of the keyboard's order: the table's regions, then those not in the data by code.
    const order = [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].map(
      (r) => r.dataset.unit!,
    );
    const notInData = regions(el)
      .map((p) => p.dataset.unit!)
      .filter((u) => !order.includes(u))
      .sort((a, b) => a.localeCompare(b, 'en'));
    expect(notInData.length).to.be.greaterThan(0);
    await sendKeys({ press: 'Home' });
    expect(active(el)!.dataset.unit).to.equal(order[0]);
    expect(active(el)!.dataset.unit).to.equal(
      resultsView(data).rows.toSorted(
        (a, b) =>
          b.scores[data.framework.nodes[0]!.code]! - a.scores[data.framework.nodes[0]!.code]!,
      )[0]!.unit,
    );
    await sendKeys({ press: 'End' });
    const last = active(el)!.dataset.unit!;
    expect(last).to.equal(notInData[notInData.length - 1]);
    expect(active(el)!.getAttribute('aria-label')).to.contain('Tidak ada di data');

    // Enter selects, as a click does.
    const chosen = nextEvent<{ unit: string; name: string }>(document, 'takar-select');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.unit).to.equal(last);
    const again = nextEvent<{ unit: string }>(document, 'takar-select');
    await sendKeys({ press: 'Space' });
    expect((await again).detail.unit).to.equal(last);

    // Escape clears the selected region's outline.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.hasAttribute('region')).to.equal(false);
    expect(el.shadowRoot!.querySelector('svg.map path.focus')).to.equal(null);

    // Tab leaves the map: its regions are not a row of tab stops.
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(active(el)?.dataset?.unit).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('g.keyboard-outline')).to.equal(null);
  });

  it('keeps one tab stop across the two panels of the split layout, and the arrows cross them', async () => {
    const data = makeResults(undefined, { synthetic: true });
    const { el } = await mountMap({ boundaries: BOUNDARIES_URL, layout: 'split' }, { data });
    expect(el.shadowRoot!.querySelectorAll('svg.map').length).to.equal(2);
    expect(regions(el).filter((p) => p.getAttribute('tabindex') === '0').length).to.equal(1);
    // From Kota Bima (the easternmost of the western panel) eastwards into the eastern panel.
    const bima = el.shadowRoot!.querySelector<SVGPathElement>('path[data-unit="52.72"]')!;
    bima.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const [west, east] = [...el.shadowRoot!.querySelectorAll('svg.map')];
    expect(west!.contains(bima)).to.equal(true);
    expect(east!.contains(active(el))).to.equal(true);
    expect(regions(el).filter((p) => p.getAttribute('tabindex') === '0')).to.deep.equal([
      active(el),
    ]);
  });

  it('selects with the keyboard in a link group: the linked map follows', async () => {
    const data = makeResults(undefined, { synthetic: true });
    const { el } = await mountMap({ boundaries: BOUNDARIES_URL, 'link-group': 'keys' }, { data });
    const other = document.createElement('takar-map');
    other.setAttribute('link-group', 'keys');
    other.data = data;
    el.parentElement!.append(other);
    await other.updateComplete;
    const first = regions(el).find((p) => p.getAttribute('tabindex') === '0')!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await other.updateComplete;
    expect(other.region).to.equal(first.dataset.unit);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.region).to.equal(undefined);
  });
});

describe('<takar-map> export', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  const parse = (text: string) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), 'the SVG is well-formed').to.equal(null);
    return doc;
  };

  it('puts the score ramp, its colours and end labels into the exported SVG and PNG', async () => {
    const data = makeResults(undefined, { synthetic: true });
    const { el } = await mountMap({ boundaries: BOUNDARIES_URL }, { data });
    const shown = [...el.shadowRoot!.querySelectorAll('.ramp-labels span')].map(
      (s) => s.textContent!,
    );
    expect(shown.length).to.equal(2);
    const colours = [...el.shadowRoot!.querySelectorAll('.ramp rect')].map((r) =>
      r.getAttribute('fill'),
    );
    const text = (await el.exportSvg())!;
    const doc = parse(text);
    const ramp = doc.querySelector('g.ramp')!;
    expect(ramp, 'a ramp in the export').to.not.equal(null);
    const texts = [...ramp.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.deep.equal(['Skor', ...shown]);
    expect([...ramp.querySelectorAll('rect')].map((r) => r.getAttribute('fill'))).to.deep.equal(
      colours,
    );
    // The rest of the context is there too: title, the no-value entries, the notice, the source.
    const all = doc.documentElement.textContent!;
    expect(all).to.contain(el.shadowRoot!.querySelector('[part="title"]')!.textContent!);
    expect(all).to.contain('Tanpa nilai');
    expect(all).to.contain('ilustratif');
    expect(all).to.contain('Sumber:');
    // The regions are all still drawn, below the ramp.
    expect(doc.querySelectorAll('path title').length).to.equal(514);
    // The PNG is drawn from the same SVG.
    const downloads = captureDownloads();
    try {
      await el.export('png');
      const files = downloads.list;
      expect(files.map((f) => f.name)).to.deep.equal(['takar-map-score-2024.png']);
      const blob = await (await fetch(files[0]!.href)).blob();
      expect(blob.type).to.equal('image/png');
      const image = await createImageBitmap(blob);
      const height = Number(doc.documentElement.getAttribute('height'));
      expect(image.height).to.equal(height * 2);
    } finally {
      downloads.restore();
    }
  });

  it('puts the band colours and labels into the exported SVG, and the middle 0 for change', async () => {
    const data = makeResults(undefined, { synthetic: true });
    const { el } = await mountMap({ boundaries: BOUNDARIES_URL, measure: 'band' }, { data });
    const legend = [...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(legend).to.include('Sangat Baik');
    const doc = parse((await el.exportSvg())!);
    const all = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const label of legend) expect(all).to.include(label);
    const fills = new Set([...doc.querySelectorAll('path')].map((p) => p.getAttribute('fill')));
    for (const p of regions(el)) expect(fills.has(p.getAttribute('fill'))).to.equal(true);
    expect(doc.querySelector('g.ramp'), 'no ramp for bands').to.equal(null);

    const before = makeResults(PREVIOUS_YEAR, { synthetic: true, year: 2023 });
    const change = await mountMap(
      { boundaries: BOUNDARIES_URL, measure: 'change' },
      { data: [before, data] },
    );
    const ramp = parse((await change.el.exportSvg())!).querySelector('g.ramp')!;
    const labels = [...ramp.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels.length).to.equal(4);
    expect(labels[2]).to.equal(change.el.locale.number(0));
    expect(labels[1]).to.match(/^[-−]/);
    expect(labels[3]).to.match(/^\+/);
  });
});

describe('<takar-map> boundaries errors', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('shows an error state for boundaries that are not polygons keyed by code', async () => {
    const bad = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 3273 }, geometry: null },
        {
          type: 'Feature',
          properties: { name: 'no code' },
          geometry: { type: 'Point', coordinates: [107, -7] },
        },
      ],
    };
    const { el, detail } = await mountMap(
      {},
      { data: makeResults(undefined, { synthetic: true }), boundaries: bad },
      'takar-error',
    );
    const error = detail as ResultsError;
    expect(error.code).to.equal('boundaries/invalid');
    // Every problem at once, each with its place.
    expect(error.issues!.length).to.be.at.least(3);
    expect(error.message).to.contain('features[0]');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Berkas batas wilayah bukan GeoJSON atau TopoJSON');
    expect(alert.querySelector('button')?.textContent).to.equal('Coba lagi');
    await expect(el).to.be.accessible();
  });

  it('recovers when the page gives usable boundaries after bad ones', async () => {
    const bad = { type: 'FeatureCollection', features: [] };
    const { el, detail } = await mountMap(
      {},
      { data: makeResults(undefined, { synthetic: true }), boundaries: bad },
      'takar-error',
    );
    expect((detail as ResultsError).code).to.equal('boundaries/invalid');
    const rendered = nextEvent(el, 'takar-rendered', 30000);
    el.setAttribute('boundaries', BOUNDARIES_URL);
    el.boundaries = BOUNDARIES_URL;
    await rendered;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(regions(el).length).to.equal(514);
  });

  it('shows an error state for a boundaries URL that answers 404 or is not JSON', async () => {
    const data = makeResults(undefined, { synthetic: true });
    const missing = await mountMap(
      { boundaries: '/test-boundaries/none.geojson' },
      { data },
      'takar-error',
    );
    expect((missing.detail as ResultsError).code).to.equal('boundaries/http');
    expect(missing.el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'HTTP 404',
    );
    fixtureCleanup();
    const notJson = await mountMap(
      { boundaries: new URL('./fixtures/invalid-json.txt', import.meta.url).href },
      { data },
      'takar-error',
    );
    expect((notJson.detail as ResultsError).code).to.equal('boundaries/invalid-json');
  });
});

describe('Province names of the map', () => {
  it('equal the registry of @takar/indonesia', () => {
    expect([...PROVINCE_NAMES]).to.deep.equal(provinces().map((p) => [p.code, p.name]));
  });
});
