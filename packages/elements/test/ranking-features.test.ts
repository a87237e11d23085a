// <takar-ranking> features: keyboard sort, search, filters, pagination, rank change, rank
// intervals, bands, selection, and the in-shadow tooltip.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../src/define/ranking.js';
import type { TakarRanking } from '../src/ranking/ranking.js';
import { makeResults, PREVIOUS_YEAR } from './fixtures/make-results.js';
import { bars, failOnConsole, fixtureUrl, nextEvent, tableRows } from './helpers.js';

async function ranking(template: ReturnType<typeof html>): Promise<TakarRanking> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const done = Promise.race([
    nextEvent(wrapper, 'takar-rendered'),
    nextEvent<{ message: string }>(wrapper, 'takar-error').then((e) => {
      throw new Error(e.detail.message);
    }),
  ]);
  const { render } = await import('lit');
  render(template, wrapper);
  await done;
  const el = wrapper.querySelector('takar-ranking')!;
  await el.updateComplete;
  return el;
}

const names = (el: TakarRanking) => tableRows(el).map((r) => r[1]);
const header = (el: TakarRanking, key: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`th button[data-sort="${key}"]`)!;

/** 30 regions, so that the table has two pages of 25. */
function thirty() {
  return makeResults(
    Array.from({ length: 30 }, (_, i) => [
      `99.${String(i + 1).padStart(2, '0')}`,
      `Kota ${String(i + 1).padStart(2, '0')}`,
      1 + (i % 7) * 0.4,
      1 + (i % 5) * 0.5,
    ]),
  );
}

describe('<takar-ranking> features', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('sorts by a column from the keyboard, with aria-sort on the header', async () => {
    const el = await ranking(html`<takar-ranking .data=${makeResults()}></takar-ranking>`);
    expect(header(el, 'rank').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    header(el, 'name').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el, 'name').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 'rank').closest('th')!.getAttribute('aria-sort')).to.equal('none');
    expect(names(el)).to.deep.equal([
      'Kabupaten Demak',
      'Kota Bandung',
      'Kota Semarang',
      'Kota Surakarta',
      'Kota Yogyakarta',
    ]);
    await new Promise((r) => setTimeout(r, 300)); // let the chart catch up with the first sort
    const drawn = nextEvent(el, 'takar-rendered');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(header(el, 'name').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(names(el)[0]).to.equal('Kota Yogyakarta');
    // The chart follows the table's order.
    await drawn;
    const svg = el.shadowRoot!.querySelector('.chart svg')!;
    const labels = [...svg.querySelectorAll('.role-axis-label text')]
      .filter((t) => t.textContent?.includes('Kota') || t.textContent?.includes('Kabupaten'))
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((t) => t.textContent);
    expect(labels[0]).to.equal('4. Kota Yogyakarta');
    await expect(el).to.be.accessible();
  });

  it('searches and filters by a group column, and says how many are shown', async () => {
    const el = await ranking(html`<takar-ranking .data=${makeResults()}></takar-ranking>`);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'kota s' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Kota Semarang', 'Kota Surakarta']);
    expect(el.shadowRoot!.querySelector('.controls [role="status"]')?.textContent).to.equal(
      '2 dari 5 wilayah ditampilkan',
    );
    el.filter('', { province: 'Jawa Tengah' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Kota Semarang', 'Kota Surakarta', 'Kabupaten Demak']);
    el.filter('', { type: 'kabupaten' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Kabupaten Demak']);
    el.filter('zzz', {});
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Tidak ada wilayah yang cocok');
  });

  it('filters to the peer group of the region', async () => {
    const el = await ranking(
      html`<takar-ranking region="33.21" peers="province" .data=${makeResults()}></takar-ranking>`,
    );
    el.peersOnly = true;
    await el.updateComplete;
    expect(names(el)).to.deep.equal([
      'Kota Semarang',
      'Kota Surakarta',
      'Kabupaten Demak (disorot)',
    ]);
  });

  it('pages through long rankings', async () => {
    const el = await ranking(html`<takar-ranking .data=${thirty()}></takar-ranking>`);
    expect(tableRows(el)).to.have.length(25);
    expect(bars(el)).to.have.length(25);
    const pager = el.shadowRoot!.querySelector('[part="pager"]')!;
    expect(pager.textContent).to.contain('1–25 dari 30');
    const next = [...pager.querySelectorAll('button')].at(-1)!;
    const drawn = nextEvent(el, 'takar-rendered');
    next.click();
    await el.updateComplete;
    expect(tableRows(el)).to.have.length(5);
    await drawn;
    expect(bars(el)).to.have.length(5);
  });

  it('shows rank change against the previous year and sorts on it', async () => {
    const el = await ranking(
      html`<takar-ranking
        src=${fixtureUrl('ranking.json')}
        previous-src=${fixtureUrl('ranking-2023.json')}
      ></takar-ranking>`,
    );
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    const bandung = tableRows(el).find((r) => r[1] === 'Kota Bandung')!;
    expect(bandung[4]).to.equal('▲ naik 2');
    const semarang = tableRows(el).find((r) => r[1] === 'Kota Semarang')!;
    expect(semarang[4]).to.equal('▼ turun 1');
    el.sortBy('change');
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Kota Bandung');
  });

  it('takes the previous document as a property and rank intervals as a property', async () => {
    const el = await ranking(
      html`<takar-ranking
        lang="en"
        .previous=${makeResults(PREVIOUS_YEAR)}
        .rankIntervals=${{ '32.73': { q05: 1, q95: 3, median: 1 } }}
        .data=${makeResults()}
      ></takar-ranking>`,
    );
    await el.updateComplete;
    const row = tableRows(el)[0]!;
    expect(row).to.deep.equal(['1', 'Kota Bandung', '3.65', 'Very good', '▲ up 2', '1–3']);
  });

  it('colours bars by band with a legend', async () => {
    const el = await ranking(
      html`<takar-ranking color-by="band" .data=${makeResults()}></takar-ranking>`,
    );
    const fills = new Set(bars(el).map((b) => b.getAttribute('fill')));
    expect(fills.size).to.equal(3);
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!;
    expect(legend.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Kurang Baik Sangat Baik');
  });

  it('sends takar-select when a region is chosen in the table', async () => {
    const el = await ranking(html`<takar-ranking .data=${makeResults()}></takar-ranking>`);
    const selected = nextEvent<{ unit: string; name: string }>(document, 'takar-select');
    el.shadowRoot!.querySelector<HTMLButtonElement>('tbody th button')!.click();
    const e = await selected;
    expect(e.detail).to.deep.equal({ unit: '32.73', name: 'Kota Bandung' });
    expect(e.composed).to.equal(true);
  });

  it('shows a tooltip inside the shadow root, and Escape hides it', async () => {
    const el = await ranking(html`<takar-ranking .data=${makeResults()}></takar-ranking>`);
    const bar = bars(el)[0]!;
    const box = bar.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 5), Math.round(box.top + 5)],
    });
    await new Promise((r) => setTimeout(r, 100));
    const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.equal('1. Kota Bandung: 3,65 (Sangat Baik)');
    expect(document.body.querySelector('#vg-tooltip-element')).to.equal(null);
    await sendKeys({ press: 'Escape' });
    expect(tip.hidden).to.equal(true);
    await resetMouse();
  });

  // Speed is measured by scripts/element-report.mjs, not asserted here (timed tests flake).
  it('re-sorts all 514 rows by name, across pages', async () => {
    const many = makeResults(
      Array.from({ length: 514 }, (_, i) => [
        `90.${i}`,
        `Wilayah ${i}`,
        1 + ((i * 37) % 300) / 100,
        1 + ((i * 53) % 300) / 100,
      ]),
    );
    const el = await ranking(html`<takar-ranking .data=${many}></takar-ranking>`);
    el.sortBy('name');
    await el.updateComplete;
    // Names sort as text: "Wilayah 0", "Wilayah 1", "Wilayah 10", "Wilayah 100", …
    expect(
      tableRows(el)
        .slice(0, 4)
        .map((r) => r[1]),
    ).to.deep.equal(['Wilayah 0', 'Wilayah 1', 'Wilayah 10', 'Wilayah 100']);
  });
});
