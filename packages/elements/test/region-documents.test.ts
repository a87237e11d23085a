// Region documents (`regions/<code>.json` of takar publish): <takar-profile> and <takar-trend>
// render from one region's small document exactly what they render from the full results, and
// the frame page reads the region document when takar publish wrote the folder.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { regionDocuments } from '@takar/core/results';
import '../src/define/all.js';
import { makeResults, PREVIOUS_YEAR } from './fixtures/make-results.js';
import { failOnConsole, nextEvent } from './helpers.js';

type El = HTMLElement & { data: unknown; updateComplete: Promise<unknown>; lang: string };

const before = makeResults(PREVIOUS_YEAR, { synthetic: true, year: 2023 });
const now = makeResults(undefined, { synthetic: true });
const region = regionDocuments([before, now]).get('32.73')!;

/** Mounts an element with data and waits for its chart; returns what a reader sees. */
async function shown(tag: string, attrs: Record<string, string>, data: unknown) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as El;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  const drawn = nextEvent(el, 'takar-rendered', 30000);
  wrapper.append(el);
  await drawn;
  await el.updateComplete;
  const text = (part: string) =>
    el.shadowRoot!.querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    el,
    title: text('title'),
    description: text('description'),
    table: text('table'),
    legend: text('legend'),
    notice: text('notice'),
  };
}

describe('region documents', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  for (const peers of ['', 'type', 'province'])
    it(`<takar-profile> renders the same from the region document${peers ? ` (peers="${peers}")` : ''}`, async function (this: {
      timeout(ms: number): void;
    }) {
      this.timeout(60000);
      const attrs = { region: '32.73', ...(peers ? { peers } : {}) };
      const full = await shown('takar-profile', attrs, now);
      const slice = await shown('takar-profile', attrs, region);
      expect(full.table).to.contain('Kota Bandung');
      expect(slice).to.deep.include({
        title: full.title,
        description: full.description,
        table: full.table,
        legend: full.legend,
        notice: full.notice,
      });
      await expect(slice.el).to.be.accessible();
    });

  it('<takar-profile> shows an earlier year of the region document with year=', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    // Titles that name their year: the region document keeps each year's.
    const titled = (d: typeof now, title: string) => ({ ...d, title });
    const a = titled(before, 'Indeks Mini 2023');
    const b = titled(now, 'Indeks Mini 2024');
    const slices = regionDocuments([a, b]).get('32.73')!;
    const full = await shown('takar-profile', { region: '32.73', peers: 'type' }, a);
    const slice = await shown(
      'takar-profile',
      { region: '32.73', peers: 'type', year: '2023' },
      slices,
    );
    expect(full.title).to.equal('Kota Bandung: Indeks Mini 2023');
    expect(slice.title).to.equal(full.title);
    expect(slice.table).to.equal(full.table);
    expect(slice.description).to.equal(full.description);
  });

  for (const measure of ['score', 'rank'])
    it(`<takar-trend> renders the same from the region document (measure=${measure})`, async function (this: {
      timeout(ms: number): void;
    }) {
      this.timeout(60000);
      const attrs = { region: '32.73', measure };
      const full = await shown('takar-trend', attrs, [before, now]);
      const slice = await shown('takar-trend', attrs, region);
      expect(full.table).to.contain('2023');
      expect(slice).to.deep.include({
        title: full.title,
        description: full.description,
        table: full.table,
        legend: full.legend,
      });
    });

  it('a region document for another region says so', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('takar-profile') as El;
    el.setAttribute('region', '33.74');
    el.data = region;
    const failed = nextEvent<{ code: string }>(el, 'takar-error', 30000);
    wrapper.append(el);
    expect((await failed).detail.code).to.equal('results/unknown-region');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('the ranking refuses a region document with a coded error naming the format', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('takar-ranking') as El;
    el.data = region;
    const failed = nextEvent<{ code: string; issues?: { path: unknown[]; message: string }[] }>(
      el,
      'takar-error',
      30000,
    );
    wrapper.append(el);
    const error = (await failed).detail;
    expect(error.code).to.equal('results/invalid-document');
    expect(error.issues?.[0]?.message).to.contain('region document');
  });

  it('the frame reads regions/<code>.json for a profile when takar publish wrote the folder', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(90000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const frame = document.createElement('iframe');
    frame.src = new URL(
      './frame/frame-regions.html?element=takar-profile&region=32.73&peers=type',
      import.meta.url,
    ).href;
    wrapper.append(frame);
    const start = performance.now();
    let el: (HTMLElement & { loaded?: unknown }) | null | undefined;
    while (performance.now() - start < 60000) {
      el = frame.contentDocument?.querySelector('takar-profile');
      if (el?.shadowRoot?.querySelector('tbody tr')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(el?.getAttribute('src')).to.equal('../fixtures/regions/32.73.json');
    expect((el?.loaded as { format?: string } | undefined)?.format).to.equal('takar-region');
    expect(el?.shadowRoot?.querySelector('tbody')?.textContent).to.contain('Tata Kelola');
  });
});
