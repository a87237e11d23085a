import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { TakarRanking } from '../src/define/ranking.js';
import type { ResultsError } from '../src/controllers/results-controller.js';
import { makeResults } from './fixtures/make-results.js';
import { bars, failOnConsole, fixtureUrl, nextEvent, tableRows } from './helpers.js';

/** Mounts an element and waits for `takar-rendered` (or fails on `takar-error`). */
async function rendered(template: ReturnType<typeof html>): Promise<TakarRanking> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const done = Promise.race([
    nextEvent(wrapper, 'takar-rendered'),
    nextEvent<ResultsError>(wrapper, 'takar-error').then((e) => {
      throw new Error(`takar-error: ${e.detail.message}`);
    }),
  ]);
  const { render } = await import('lit');
  render(template, wrapper);
  await done;
  return wrapper.querySelector('takar-ranking')!;
}

/** Mounts an element and waits for `takar-error`. */
async function failed(
  template: ReturnType<typeof html>,
): Promise<{ el: TakarRanking; error: ResultsError }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const event = nextEvent<ResultsError>(wrapper, 'takar-error');
  const { render } = await import('lit');
  render(template, wrapper);
  const error = (await event).detail;
  const el = wrapper.querySelector('takar-ranking')!;
  await el.updateComplete;
  return { el, error };
}

describe('<takar-ranking>', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('is defined, and a second definition warns instead of throwing', async () => {
    const { defineOnce } = await import('../src/define/define-once.js');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      defineOnce('takar-ranking', class extends HTMLElement {});
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('takar-ranking')).to.equal(TakarRanking);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/already defined/);
  });

  it('renders from the data property: one bar and one table row per region, best first', async () => {
    const data = makeResults();
    const el = await rendered(html`<takar-ranking .data=${data}></takar-ranking>`);
    expect(bars(el)).to.have.length(5);
    const rows = tableRows(el);
    expect(rows.map((r) => r[1])).to.deep.equal([
      'Kota Bandung',
      'Kota Semarang',
      'Kota Surakarta',
      'Kota Yogyakarta',
      'Kabupaten Demak',
    ]);
    expect(rows[0]).to.deep.equal(['1', 'Kota Bandung', '3,65', 'Sangat Baik']);
    const svg = el.shadowRoot!.querySelector('.chart svg')!;
    expect(svg.textContent).to.contain('1. Kota Bandung');
    expect(svg.textContent).to.contain('Skor: Indeks Smart City');
  });

  it('renders from a src URL, with the illustrative-data notice for synthetic results', async () => {
    const el = await rendered(
      html`<takar-ranking src=${fixtureUrl('ranking.json')}></takar-ranking>`,
    );
    expect(bars(el)).to.have.length(5);
    expect(tableRows(el)).to.have.length(5);
    const notice = el.shadowRoot!.querySelector('[part="notice"]');
    expect(notice?.textContent).to.equal('Data ilustratif, bukan hasil resmi');
    expect(el.shadowRoot!.querySelector('[part="title"]')?.textContent).to.equal(
      'Indeks Mini Smart City 2024',
    );
  });

  it('has an accessible table with a caption, column and row headers, and a text description', async () => {
    const el = await rendered(html`<takar-ranking .data=${makeResults()}></takar-ranking>`);
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.caption?.textContent?.trim()).to.equal('Peringkat: Indeks Mini Smart City 2024');
    expect(
      [...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope')),
    ).to.deep.equal(['col', 'col', 'col', 'col']);
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(5);
    const description = el.shadowRoot!.querySelector('[part="description"]')!.textContent!;
    expect(description).to.contain('5 wilayah');
    expect(description).to.contain('Kota Bandung (3,65)');
    expect(description).to.contain('Kabupaten Demak (2,25)');
    await expect(el).to.be.accessible();
  });

  it('switches texts and number formats with lang="en"', async () => {
    const el = await rendered(
      html`<takar-ranking
        lang="en"
        .data=${makeResults(undefined, { synthetic: true })}
      ></takar-ranking>`,
    );
    expect(tableRows(el)[0]).to.deep.equal(['1', 'Kota Bandung', '3.65', 'Very good']);
    expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.equal(
      'Illustrative data, not official results',
    );
    expect(
      el.shadowRoot!.querySelector('thead')?.textContent?.replace(/\s+/g, ' ').trim(),
    ).to.equal('Rank ▲ Region Score Band');
    expect(el.shadowRoot!.querySelector('.chart svg')?.textContent).to.contain(
      'Score: Smart City Index',
    );
    await expect(el).to.be.accessible();
  });

  it('formats axis numbers per element: Indonesian decimals next to English ones on one page', async () => {
    const wide = makeResults([
      ['a', 'A', 1.2, 1.4],
      ['b', 'B', 1.1, 1.2],
    ]);
    const id = await rendered(html`<takar-ranking .data=${wide}></takar-ranking>`);
    const en = await rendered(html`<takar-ranking lang="en" .data=${wide}></takar-ranking>`);
    const axisLabels = (el: TakarRanking) =>
      [...el.shadowRoot!.querySelectorAll('.chart svg .role-axis-label text')].map(
        (t) => t.textContent ?? '',
      );
    expect(axisLabels(id).some((l) => /^\d,\d$/.test(l))).to.equal(true, axisLabels(id).join(' '));
    expect(axisLabels(en).some((l) => /^\d\.\d$/.test(l))).to.equal(true, axisLabels(en).join(' '));
  });

  it('ranks on a dimension given by node, and highlights a region in chart and table', async () => {
    const el = await rendered(
      html`<takar-ranking node="eco" highlight="34.71" .data=${makeResults()}></takar-ranking>`,
    );
    const rows = tableRows(el);
    expect(rows.slice(0, 2).map((r) => r.slice(0, 2))).to.deep.equal([
      ['1', 'Kota Semarang'],
      ['1', 'Kota Surakarta'],
    ]);
    expect(el.shadowRoot!.querySelector('tr.highlight')?.getAttribute('data-unit')).to.equal(
      '34.71',
    );
    const fills = bars(el).map((b) => b.getAttribute('fill'));
    expect(fills.filter((f) => f === '#c2410c')).to.have.length(1);
  });

  it('takes chart colours from CSS custom properties', async () => {
    const el = await rendered(
      html`<takar-ranking class="themed" .data=${makeResults()}></takar-ranking>`,
    );
    el.style.setProperty('--takar-bar-color', '#123456');
    const again = nextEvent(el, 'takar-rendered');
    el.data = makeResults();
    await again;
    expect(bars(el).every((b) => b.getAttribute('fill') === '#123456')).to.equal(true);
  });

  it('shows an error with a retry on a 404', async () => {
    const { el, error } = await failed(
      html`<takar-ranking src=${fixtureUrl('missing.json')}></takar-ranking>`,
    );
    expect(error.code).to.equal('results/http');
    expect(error.status).to.equal(404);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Data tidak dapat dimuat (HTTP 404)');
    expect(alert.querySelector('button')?.textContent).to.equal('Coba lagi');
    await expect(el).to.be.accessible();
  });

  it('shows an error on invalid JSON', async () => {
    const { el, error } = await failed(
      html`<takar-ranking src=${fixtureUrl('invalid-json.txt')}></takar-ranking>`,
    );
    expect(error.code).to.equal('results/invalid-json');
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(
      'bukan JSON yang sah',
    );
  });

  it('shows an error on a document that fails validation, saying where', async () => {
    const { el, error } = await failed(
      html`<takar-ranking lang="en" src=${fixtureUrl('not-results.json')}></takar-ranking>`,
    );
    expect(error.code).to.equal('results/invalid-document');
    expect(error.issues?.length).to.be.greaterThan(0);
    expect(error.message).to.match(/first at \w+/);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(
      'not a valid Takar results document',
    );
  });

  it('retries after an error and renders once the data is good', async () => {
    const { el } = await failed(html`<takar-ranking></takar-ranking>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('src');
    const done = nextEvent(el, 'takar-rendered');
    el.src = fixtureUrl('ranking.json');
    await done;
    expect(bars(el)).to.have.length(5);
  });

  it('says so when no region has a score', async () => {
    const empty = makeResults();
    empty.units = { codes: [], names: [] };
    empty.columns = empty.columns.map((c) => ({ key: c.key, scores: [] }));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><takar-ranking .data=${empty}></takar-ranking></div>`,
    );
    const el = wrapper.querySelector('takar-ranking')!;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal(
      'Tidak ada wilayah dengan skor untuk ditampilkan.',
    );
  });

  it('sends events that bubble out of shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const seen = nextEvent(document, 'takar-rendered');
    const el = document.createElement('takar-ranking');
    el.data = makeResults();
    shadow.append(el);
    const event = await seen;
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ bars: 5 });
  });

  it('waits to load Vega until the element is scrolled into view', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div></div>`);
    const spacer = wrapper.querySelector<HTMLDivElement>('.spacer')!;
    spacer.style.height = '3000px';
    const el = document.createElement('takar-ranking');
    el.data = makeResults();
    wrapper.append(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(bars(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.chart-status')?.textContent).to.equal('Memuat grafik…');
    const done = nextEvent(el, 'takar-rendered');
    el.scrollIntoView();
    await done;
    expect(bars(el)).to.have.length(5);
  });

  it('shows a region name with markup as text', async () => {
    const data = makeResults([
      ['x', '<img src=x onerror=alert(1)>', 3, 3],
      ['y', 'Kota Aman', 2, 2],
    ]);
    const el = await rendered(html`<takar-ranking .data=${data}></takar-ranking>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(tableRows(el)[0]?.[1]).to.equal('<img src=x onerror=alert(1)>');
  });
});
