// The must-show checks for every element, run over a table of elements: renders from `src` and
// `data`, errors on 404 / invalid JSON / invalid document, `lang`, accessibility, markup in names
// shown as text, dark theme, exports, and no console errors.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/define/all.js';
import type { ResultsError } from '../src/controllers/results-controller.js';
import { IMPACT, makeResults, PREVIOUS_YEAR } from './fixtures/make-results.js';
import {
  BOUNDARIES_URL,
  captureDownloads,
  failOnConsole,
  fixtureUrl,
  marks,
  nextEvent,
  tableRows,
} from './helpers.js';

interface Case {
  tag: string;
  /** Attributes besides src. */
  attrs: Record<string, string>;
  /** A valid `data` value; `name` replaces the first region's name. */
  data: (name?: string) => unknown;
  /** A `src` value for the fixture(s). */
  src: () => Record<string, string>;
  /** Text the table shows in Indonesian and in English for the same number. */
  number: [id: RegExp, en: RegExp];
}

const XSS = '<img src=x onerror=alert(1)>';
const renamed = (name?: string) =>
  name ? FIVE_WITH(name) : makeResults(undefined, { synthetic: true });
function FIVE_WITH(name: string) {
  const r = makeResults(undefined, { synthetic: true });
  r.units.names[0] = name;
  return r;
}

const cases: Case[] = [
  {
    tag: 'takar-ranking',
    attrs: { region: '32.73' },
    data: renamed,
    src: () => ({ src: fixtureUrl('ranking.json') }),
    number: [/3,65/, /3\.65/],
  },
  {
    tag: 'takar-profile',
    attrs: { region: '32.73', peers: 'type' },
    data: renamed,
    src: () => ({ src: fixtureUrl('ranking.json') }),
    number: [/3,65/, /3\.65/],
  },
  {
    tag: 'takar-compare',
    attrs: { regions: '32.73,33.74' },
    data: renamed,
    src: () => ({ src: fixtureUrl('ranking.json') }),
    number: [/3,65/, /3\.65/],
  },
  {
    tag: 'takar-trend',
    attrs: { region: '32.73' },
    data: (name) => {
      const before = makeResults(PREVIOUS_YEAR, { synthetic: true, year: 2023 });
      if (name) before.units.names[0] = name;
      return [before, renamed(name)];
    },
    src: () => ({ srcs: `${fixtureUrl('ranking-2023.json')} ${fixtureUrl('ranking.json')}` }),
    number: [/3,65/, /3\.65/],
  },
  {
    tag: 'takar-awards',
    attrs: {},
    data: renamed,
    src: () => ({ src: fixtureUrl('ranking.json') }),
    number: [/3,65/, /3\.65/],
  },
  {
    tag: 'takar-impact',
    attrs: { region: '32.73' },
    data: (name) => {
      const d = structuredClone(IMPACT);
      if (name) d.rows[0]!.name = name;
      return d;
    },
    src: () => ({ src: fixtureUrl('impact.json') }),
    number: [/1\.200\.000/, /1,200,000/],
  },
  {
    tag: 'takar-distribution',
    attrs: { region: '32.73', dimension: 'gov' },
    data: renamed,
    src: () => ({ src: fixtureUrl('ranking.json') }),
    number: [/3,90/, /3\.90/],
  },
  {
    tag: 'takar-map',
    attrs: { region: '32.73', boundaries: BOUNDARIES_URL },
    data: renamed,
    src: () => ({ src: fixtureUrl('ranking.json') }),
    number: [/3,65/, /3\.65/],
  },
];

/** Creates an element with attributes (and `data`), mounts it, and waits for an event. */
async function mount(
  tag: string,
  attrs: Record<string, string>,
  data: unknown,
  event: 'takar-rendered' | 'takar-error' = 'takar-rendered',
): Promise<{ el: HTMLElement; detail: unknown }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as HTMLElement & { data: unknown };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data !== undefined) el.data = data;
  const other = event === 'takar-rendered' ? 'takar-error' : 'takar-rendered';
  const done = Promise.race([
    nextEvent(wrapper, event),
    nextEvent<ResultsError>(wrapper, other).then((e) => {
      throw new Error(`${tag}: unexpected ${other}: ${JSON.stringify(e.detail)}`);
    }),
  ]);
  wrapper.append(el);
  const detail = (await done).detail;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, detail };
}

const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent?.replace(/\s+/g, ' ') ?? '';

for (const c of cases) {
  describe(`<${c.tag}>`, () => {
    failOnConsole();
    afterEach(() => fixtureCleanup());

    it('renders from the data property: a chart, a description and a table', async () => {
      const { el, detail } = await mount(c.tag, c.attrs, c.data());
      expect(marks(el).length).to.be.greaterThan(0);
      expect((detail as { bars: number }).bars).to.be.greaterThan(0);
      expect(tableRows(el).length).to.be.greaterThan(0);
      expect(
        el.shadowRoot!.querySelector('[part="description"]')?.textContent?.length,
      ).to.be.greaterThan(20);
      expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.equal(
        'Data ilustratif, bukan hasil resmi',
      );
      expect(shadowText(el)).to.match(c.number[0]);
      await expect(el).to.be.accessible();
    });

    it('renders from src', async () => {
      const { el } = await mount(c.tag, { ...c.attrs, ...c.src() }, undefined);
      expect(marks(el).length).to.be.greaterThan(0);
      expect(tableRows(el).length).to.be.greaterThan(0);
    });

    it('switches texts and number formats with lang="en"', async () => {
      const { el } = await mount(c.tag, { ...c.attrs, lang: 'en' }, c.data());
      expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.equal(
        'Illustrative data, not official results',
      );
      expect(shadowText(el)).to.match(c.number[1]);
      expect(shadowText(el)).not.to.match(c.number[0]);
      await expect(el).to.be.accessible();
    });

    it('shows an error with a retry on a 404', async () => {
      const src = c.tag === 'takar-trend' ? 'srcs' : 'src';
      const { el, detail } = await mount(
        c.tag,
        { ...c.attrs, [src]: fixtureUrl('missing.json') },
        undefined,
        'takar-error',
      );
      expect((detail as ResultsError).code).to.equal('results/http');
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('HTTP 404');
      expect(alert.querySelector('button')?.textContent).to.equal('Coba lagi');
      await expect(el).to.be.accessible();
    });

    it('shows an error on invalid JSON', async () => {
      const src = c.tag === 'takar-trend' ? 'srcs' : 'src';
      const { detail } = await mount(
        c.tag,
        { ...c.attrs, [src]: fixtureUrl('invalid-json.txt') },
        undefined,
        'takar-error',
      );
      expect((detail as ResultsError).code).to.equal('results/invalid-json');
    });

    it('shows an error on a document that fails validation', async () => {
      const src = c.tag === 'takar-trend' ? 'srcs' : 'src';
      const { el, detail } = await mount(
        c.tag,
        { ...c.attrs, [src]: fixtureUrl('not-results.json') },
        undefined,
        'takar-error',
      );
      expect((detail as ResultsError).code).to.equal('results/invalid-document');
      expect((detail as ResultsError).issues?.length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    });

    it('shows a region name with markup as text', async () => {
      const { el } = await mount(c.tag, c.attrs, c.data(XSS));
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.chart svg image')).to.equal(null);
      expect(
        shadowText(el) + (el.shadowRoot!.querySelector('.chart svg')?.textContent ?? ''),
      ).to.contain(XSS);
    });

    it('renders in the dark theme, still accessible', async () => {
      const { el } = await mount(c.tag, { ...c.attrs, theme: 'dark' }, c.data());
      expect(getComputedStyle(el).getPropertyValue('--_text').trim()).to.equal('#e5e9f0');
      await expect(el).to.be.accessible();
    });

    it('exports the chart as SVG and PNG, and the table as CSV', async () => {
      const { el } = await mount(c.tag, c.attrs, c.data());
      const downloads = captureDownloads();
      try {
        const api = el as unknown as { export: (k: string) => Promise<void> };
        await api.export('svg');
        await api.export('png');
        await api.export('csv-visible');
        await api.export('csv-full');
        const files = await downloads.files;
        expect(files.map((f) => f.name.replace(/^.*\./, ''))).to.deep.equal([
          'svg',
          'png',
          'csv',
          'csv',
        ]);
        expect(files[0]!.text).to.match(/^<svg/);
        expect(files[2]!.text).to.match(/^\w+,/);
        expect(files[2]!.text.split('\r\n').length).to.be.greaterThan(2);
      } finally {
        downloads.restore();
      }
    });
  });
}
