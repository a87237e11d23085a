// What a reader on a phone, a slow network or a CMS page meets: one fetch per URL for the whole
// page, nothing loaded until near the viewport (or while in a hidden tab), `hide-table` out of
// the layout and the tab order, exports that carry their context, CSV files as shown, linked
// views and permalinks, and the smaller details of the reader's issue.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/define/all.js';
import type { TakarElement } from '../src/common/takar-element.js';
import type { TakarRanking } from '../src/ranking/ranking.js';
import {
  BOUNDARIES_URL,
  captureDownloads,
  failOnConsole,
  fixtureUrl,
  nextEvent,
} from './helpers.js';

type El = TakarElement & { updateComplete: Promise<unknown> };

let unique = 0;
/** A fixture URL no earlier test fetched (the page's store keeps every URL it fetched). */
const fresh = (name: string) => `${fixtureUrl(name)}?t=${Date.now()}-${++unique}`;
/** URLs fetched through window.fetch since the file loaded (resource timing's buffer fills up). */
const fetched: string[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  fetched.push(new URL(input instanceof Request ? input.url : String(input), location.href).href);
  return realFetch(input, init);
};
const fetchesOf = (url: string) =>
  fetched.filter((u) => u === new URL(url, location.href).href).length;

async function until<T>(what: string, check: () => T | undefined | null | false, ms = 15000) {
  const start = performance.now();
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function make(tag: string, attrs: Record<string, string>): El {
  const el = document.createElement(tag) as El;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Buttons, inputs, selects, links and tabindex=0 in the shadow root that a keyboard reaches. */
function tabStops(el: HTMLElement): HTMLElement[] {
  return [
    ...el.shadowRoot!.querySelectorAll<HTMLElement>(
      'button, input, select, a[href], [tabindex="0"]',
    ),
  ].filter((x) => !x.closest('[hidden]') && x.getClientRects().length > 0);
}

describe('loading', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('fetches each URL once for every element of the page', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const src = fresh('ranking.json');
    const before = fresh('ranking-2023.json');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const els = [
      make('takar-ranking', { src, 'previous-src': before }),
      make('takar-profile', { src, region: '32.73', peers: 'type' }),
      make('takar-compare', { src, regions: '32.73,33.74' }),
      make('takar-trend', { srcs: `${before} ${src}`, region: '32.73' }),
      make('takar-distribution', { src, region: '32.73', dimension: 'gov' }),
    ];
    const drawn = els.map((el) => nextEvent(el, 'takar-rendered', 30000));
    wrapper.append(...els);
    // Each loads once near the viewport: bring them into view in turn.
    for (const [i, el] of els.entries()) {
      el.scrollIntoView();
      await drawn[i];
    }
    window.scrollTo(0, 0);
    expect(fetchesOf(src)).to.equal(1);
    expect(fetchesOf(before)).to.equal(1);
    // They share one parsed and validated document too.
    expect(els[1]!.loaded).to.equal(els[0]!.loaded);
  });

  it('waits to fetch until the element comes near the viewport, and inside a hidden tab', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const far = fresh('ranking.json');
    const tab = fresh('ranking.json');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div class="spacer"></div>
        <div class="tab" hidden></div>
      </div>`,
    );
    const spacer = wrapper.querySelector<HTMLElement>('.spacer')!;
    spacer.style.height = '6000px';
    const below = make('takar-ranking', { src: far });
    const hidden = make('takar-profile', { src: tab, region: '32.73' });
    wrapper.append(below);
    wrapper.querySelector('.tab')!.append(hidden);
    await new Promise((r) => setTimeout(r, 800));
    expect(fetchesOf(far)).to.equal(0);
    expect(fetchesOf(tab)).to.equal(0);
    // The space is kept before the data comes, so nothing below jumps when it does.
    expect(below.getBoundingClientRect().height).to.be.greaterThan(400);
    const drawn = nextEvent(below, 'takar-rendered', 30000);
    below.scrollIntoView();
    await drawn;
    expect(fetchesOf(far)).to.equal(1, `${far} in ${fetched.join(' ')}`);
    expect(fetchesOf(tab)).to.equal(0);
    const shown = nextEvent(hidden, 'takar-rendered', 30000);
    wrapper.querySelector<HTMLElement>('.tab')!.hidden = false;
    hidden.scrollIntoView();
    await shown;
    expect(fetchesOf(tab)).to.equal(1);
    window.scrollTo(0, 0);
  });
});

describe('hide-table', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('takes the table out of the layout and the tab order, behind a "Lihat tabel" button', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const src = fixtureUrl('ranking.json');
    const shown = make('takar-ranking', { src, region: '32.73' });
    const hidden = make('takar-ranking', { src, region: '32.73', 'hide-table': '' });
    const drawn = [shown, hidden].map((el) => nextEvent(el, 'takar-rendered', 30000));
    wrapper.append(shown, hidden);
    for (const [i, el] of [shown, hidden].entries()) {
      el.scrollIntoView();
      await drawn[i];
    }
    await hidden.updateComplete;
    const table = shown.shadowRoot!.querySelector('.table-block')!.getBoundingClientRect().height;
    expect(table).to.be.greaterThan(100);
    // Its height is the element without the table (plus the toggle), not a blank gap.
    const diff = shown.getBoundingClientRect().height - hidden.getBoundingClientRect().height;
    expect(diff).to.be.greaterThan(table - 60);
    const stopsShown = tabStops(shown).length;
    const stopsHidden = tabStops(hidden);
    expect(stopsHidden.length).to.be.lessThan(stopsShown - 5);
    expect(stopsHidden.some((x) => x.closest('table'))).to.equal(false);
    const toggle = hidden.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Lihat tabel');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await hidden.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(hidden.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(5);
    expect(tabStops(hidden).some((x) => x.closest('table'))).to.equal(true);
    await expect(hidden).to.be.accessible();
  });

  it('tables scroll inside a labelled, focusable region; a skip button passes them', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.style.width = '320px';
    const el = make('takar-ranking', {
      src: fixtureUrl('ranking.json'),
      'previous-src': fixtureUrl('ranking-2023.json'),
    });
    const drawn = nextEvent(el, 'takar-rendered', 30000);
    wrapper.append(el);
    await drawn;
    const region = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.contain('Peringkat');
    expect(region.tabIndex).to.equal(0);
    expect(el.scrollWidth).to.be.at.most(320);
    const skip = el.shadowRoot!.querySelector<HTMLButtonElement>('.skip')!;
    skip.click();
    expect(el.shadowRoot!.activeElement?.classList.contains('table-end')).to.equal(true);
  });
});

describe('context that travels', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('shows the source line, subtitle and note, and exports carry them with the title, legend and notice', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = make('takar-ranking', {
      src: fixtureUrl('ranking.json'),
      region: '32.73',
      subtitle: 'Skor 1–4 per wilayah',
      note: 'Catatan penulis: contoh.',
      'color-by': 'band',
    });
    const drawn = nextEvent(el, 'takar-rendered', 30000);
    wrapper.append(el);
    await drawn;
    const text = (sel: string) =>
      el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text('[part="source"]')).to.equal('Sumber: Contoh');
    expect(text('[part="subtitle"]')).to.equal('Skor 1–4 per wilayah');
    expect(text('[part="note"]')).to.equal('Catatan penulis: contoh.');
    const svg = (await el.exportSvg())!;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const all = texts.join('\n');
    expect(texts[0]).to.equal('Indeks Mini Smart City 2024');
    for (const expected of [
      'Skor 1–4 per wilayah',
      'Data ilustratif, bukan hasil resmi',
      'Sangat Baik',
      'Kota Bandung',
      'Catatan penulis: contoh.',
      'Sumber: Contoh',
    ])
      expect(all, expected).to.contain(expected);
    // The plot itself is inside, with its bars.
    expect(doc.querySelectorAll('svg svg g.mark-rect path').length).to.equal(5);
    const downloads = captureDownloads();
    try {
      await el.export('png');
      const png = downloads.list[0]!;
      expect(png.name).to.equal('takar-ranking-idx-2024.png');
      const blob = await (await fetch(png.href)).blob();
      expect(blob.type).to.equal('image/png');
      expect(blob.size).to.be.greaterThan(5000);
    } finally {
      downloads.restore();
    }
  });

  it('the profile draws its dot plot without Vega, and its export carries the dots, their tips and the context', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = make('takar-profile', { src: fixtureUrl('ranking.json'), region: '32.73' });
    const drawn = nextEvent(el, 'takar-rendered', 30000);
    wrapper.append(el);
    await drawn;
    const figure = el.shadowRoot!.querySelector('.chart svg.dots')!;
    const dots = figure.querySelectorAll('path.dot');
    expect(dots.length).to.be.greaterThan(0);
    // Ticks in Indonesian (decimal comma), inside the figure's width.
    const ticks = [...figure.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(ticks.some((t) => /^\d+,\d$/.test(t))).to.equal(true);
    expect(figure.getBoundingClientRect().width).to.be.at.most(el.clientWidth);
    const svg = (await el.exportSvg())!;
    expect(svg).to.not.contain('<!--');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const all = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n');
    expect(all).to.contain('Kota Bandung: Indeks Mini Smart City 2024');
    expect(all).to.contain('Sumber: Contoh');
    const exported = doc.querySelectorAll('svg svg.dots path.dot');
    expect(exported.length).to.equal(dots.length);
    expect(exported[0]!.querySelector('title')?.textContent).to.equal(
      dots[0]!.getAttribute('data-tip'),
    );
  });

  it('the impact element shows its top regions and the highlighted one, says so, and downloads all', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    // 20 regions; coverage falls with i, so region 12 (the highlighted one) is 12th.
    const rows = Array.from({ length: 20 }, (_, i) => ({
      region: `91.${10 + i}`,
      name: `Wilayah ${i + 1}`,
      affected: 1000 * (40 - i),
      population: 100000,
    }));
    const data = { method: 'Survei', year: 2024, source: { synthetic: true }, rows };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = make('takar-impact', { region: rows[11]!.region, top: '5' });
    (el as unknown as { data: unknown }).data = data;
    const drawn = nextEvent(el, 'takar-rendered', 30000);
    wrapper.append(el);
    await drawn;
    const names = [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) =>
      th.textContent!.trim(),
    );
    expect(names).to.deep.equal([
      'Wilayah 1',
      'Wilayah 2',
      'Wilayah 3',
      'Wilayah 4',
      'Wilayah 5',
      'Wilayah 12',
    ]);
    expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.contain(
      'Ditampilkan 5 wilayah dengan cakupan tertinggi dari 20, ditambah Wilayah 12',
    );
    // The description still counts every region.
    expect(el.shadowRoot!.querySelector('[part="description"]')!.textContent).to.match(
      /^20 wilayah/,
    );
    const downloads = captureDownloads();
    try {
      await el.export('csv-visible');
      await el.export('csv-full');
      const [visible, full] = (await downloads.files).map((f) => f.text.trim().split('\r\n'));
      const regionLines = (lines: string[]) => lines.filter((l) => /^91\.\d\d,/.test(l));
      expect(regionLines(visible!).length).to.equal(6);
      expect(regionLines(full!).length).to.equal(20);
    } finally {
      downloads.restore();
    }
    // top="0" shows every region.
    el.setAttribute('top', '0');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(20);
    expect(el.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
  });

  it('CSV: rounded as shown with column names in the element language; "all data" at full precision says so', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const doc = (await (await fetch(fixtureUrl('ranking.json'))).json()) as {
      units: { scores: Record<string, number> }[];
    };
    // A format-1 fixture (Takar 0.1): migrated on load.
    doc.units[0]!.scores.idx = 3.6512345678;
    const el = make('takar-ranking', {}) as El & { data: unknown };
    el.data = doc;
    const drawn = nextEvent(el, 'takar-rendered', 30000);
    wrapper.append(el);
    await drawn;
    const downloads = captureDownloads();
    try {
      await el.export('csv-visible');
      await el.export('csv-full');
      el.lang = 'en';
      await el.updateComplete;
      await el.export('csv-visible');
      const [visible, full, english] = (await downloads.files).map((f) => f.text.split('\r\n'));
      expect(visible![0]).to.equal(
        'peringkat,kode_wilayah,nama,skor,predikat,peringkat_sebelumnya,perubahan_peringkat,peringkat_p05,peringkat_p95',
      );
      expect(visible![1]).to.match(/^1,32\.73,Kota Bandung,3\.65,/);
      expect(full![0]).to.equal('"Semua data, presisi penuh (tidak dibulatkan)"');
      expect(full![1]).to.match(/^kode_wilayah,nama,/);
      expect(full!.join('\n')).to.contain('3.6512345678');
      expect(english![0]).to.match(/^rank,unit,name,score,/);
    } finally {
      downloads.restore();
    }
  });
});

describe('linked views and permalinks', () => {
  failOnConsole();
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a ranking row, a map region and the permalink move the map and the profile, with no refetch', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const src = fresh('ranking.json');
    const group = `g${++unique}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const ranking = make('takar-ranking', {
      src,
      region: '32.73',
      'link-group': group,
      'sync-url': '',
    });
    const map = make('takar-map', { src, boundaries: BOUNDARIES_URL, 'link-group': group });
    const profile = make('takar-profile', { src, region: '32.73', 'link-group': group });
    const drawn = [ranking, map, profile].map((el) => nextEvent(el, 'takar-rendered', 40000));
    wrapper.append(ranking, map, profile);
    for (const [i, el] of [ranking, map, profile].entries()) {
      el.scrollIntoView();
      await drawn[i];
    }
    // A click on a ranking row.
    const row = [
      ...ranking.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody th button'),
    ].find((b) => b.textContent!.includes('Kota Semarang'))!;
    row.click();
    await Promise.all([ranking, map, profile].map((el) => el.updateComplete));
    expect(map.region).to.equal('33.74');
    expect(profile.region).to.equal('33.74');
    await profile.updateComplete;
    expect(profile.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain(
      'Kota Semarang',
    );
    expect(location.hash).to.equal('#region=33.74');
    // A click on a map region.
    const path = map.shadowRoot!.querySelector<SVGPathElement>('svg.map path[data-unit="34.71"]')!;
    path.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await until('the ranking to follow the map', () => ranking.region === '34.71');
    expect(profile.region).to.equal('34.71');
    await ranking.updateComplete;
    expect(ranking.shadowRoot!.querySelector('tr.highlight')?.getAttribute('data-unit')).to.equal(
      '34.71',
    );
    expect(location.hash).to.equal('#region=34.71');
    expect(fetchesOf(src)).to.equal(1);

    // Escape on the map clears the group's choice: each element goes back to what its page gave
    // it (the ranking and the profile to 32.73, the map to none), and the address loses it.
    map
      .shadowRoot!.querySelector<SVGPathElement>('svg.map path[data-unit="34.71"]')!
      .dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
    await Promise.all([ranking, map, profile].map((el) => el.updateComplete));
    expect(map.region).to.equal(undefined);
    expect(ranking.region).to.equal('32.73');
    expect(profile.region).to.equal('32.73');
    expect(location.hash).to.equal('');

    // The permalink opens the same view: a new page (fresh group) reads it from the address.
    fixtureCleanup();
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search}#region=33.21&dimension=gov`,
    );
    const again = await fixture<HTMLDivElement>(html`<div></div>`);
    const group2 = `g${++unique}`;
    const r2 = make('takar-ranking', { src, 'link-group': group2, 'sync-url': '' });
    const p2 = make('takar-profile', { src, 'link-group': group2 });
    const drawn2 = [r2, p2].map((el) => nextEvent(el, 'takar-rendered', 30000));
    again.append(r2, p2);
    for (const [i, el] of [r2, p2].entries()) {
      el.scrollIntoView();
      await drawn2[i];
    }
    expect(r2.region).to.equal('33.21');
    expect(p2.region).to.equal('33.21');
    expect(r2.dimension).to.equal('gov');
    expect(p2.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain(
      'Kabupaten Demak',
    );
    expect(fetchesOf(src)).to.equal(1);
  });
});

describe("readers' details", () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('the ranking opens on the page that holds region, with a "Ke wilayah saya" button', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = make('takar-ranking', {
      src: fixtureUrl('ranking.json'),
      region: '33.21',
      'page-size': '2',
    }) as TakarRanking & El;
    const drawn = nextEvent(el, 'takar-rendered', 30000);
    wrapper.append(el);
    await drawn;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('tr.highlight')?.getAttribute('data-unit')).to.equal(
      '33.21',
    );
    el.page = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('tr.highlight')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.to-region')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('tr.highlight')?.getAttribute('data-unit')).to.equal(
      '33.21',
    );
  });

  it('an unknown region or peers raises takar-error on the ranking too; the box speaks Indonesian', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = make('takar-ranking', { src: fixtureUrl('ranking.json'), region: '99.99' });
    const error = nextEvent<{ code: string }>(el, 'takar-error', 30000);
    wrapper.append(el);
    expect((await error).detail.code).to.equal('results/unknown-region');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="warning"]')!.textContent).to.contain(
      'Wilayah yang diminta tidak ada dalam data.',
    );
    const peers = make('takar-profile', {
      src: fixtureUrl('ranking.json'),
      region: '32.73',
      peers: '32.73,99.98',
    });
    const peersError = nextEvent<{ code: string }>(peers, 'takar-error', 30000);
    wrapper.append(peers);
    peers.scrollIntoView();
    expect((await peersError).detail.code).to.equal('results/unknown-peers');
    // A group column spelled wrong ("tipe" for "type") names no group: refused the same way.
    const typo = make('takar-ranking', {
      src: fixtureUrl('ranking.json'),
      region: '32.73',
      peers: 'tipe',
    });
    const typoError = nextEvent<{ code: string; message: string }>(typo, 'takar-error', 30000);
    wrapper.append(typo);
    typo.scrollIntoView();
    const typoDetail = (await typoError).detail;
    expect(typoDetail.code).to.equal('results/unknown-peers');
    expect(typoDetail.message).to.contain('peers="tipe" is neither a group column');
    // A 404: the box has the element's language only (the developer detail is in the event).
    const missing = make('takar-profile', { src: fixtureUrl('missing.json'), region: '32.73' });
    const failed = nextEvent<{ message: string }>(missing, 'takar-error', 30000);
    wrapper.append(missing);
    missing.scrollIntoView();
    expect((await failed).detail.message).to.contain('answered HTTP 404');
    await missing.updateComplete;
    const box = missing.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(box).to.contain('Data tidak dapat dimuat (HTTP 404).');
    expect(box).not.to.contain('answered');
  });

  it('the profile says "peringkat 1 dari 5" and names the peer median; a one-year trend says so', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const profile = make('takar-profile', {
      src: fixtureUrl('ranking.json'),
      region: '32.73',
      peers: 'type',
    });
    const trend = make('takar-trend', { srcs: fixtureUrl('ranking.json'), region: '32.73' });
    const drawn = [profile, trend].map((el) => nextEvent(el, 'takar-rendered', 30000));
    wrapper.append(profile, trend);
    for (const [i, el] of [profile, trend].entries()) {
      el.scrollIntoView();
      await drawn[i];
    }
    const desc = (el: HTMLElement) =>
      el.shadowRoot!.querySelector('[part="description"]')!.textContent!;
    expect(desc(profile)).to.contain('peringkat 1 dari 5');
    expect(profile.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain(
      'Median kelompok tipe',
    );
    expect(desc(trend)).to.contain('hanya dinilai pada 2024');
    expect(desc(trend)).not.to.contain('2024–2024');
  });

  it('map regions are reachable from the keyboard: focusing a region in the table outlines it on the map', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const map = make('takar-map', { src: fixtureUrl('ranking.json'), boundaries: BOUNDARIES_URL });
    const drawn = nextEvent(map, 'takar-rendered', 40000);
    wrapper.append(map);
    await drawn;
    const button = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody th button')].find(
      (b) => b.textContent!.includes('Kota Semarang'),
    )!;
    button.focus();
    await map.updateComplete;
    const outline = map.shadowRoot!.querySelector('svg.map path.keyboard');
    const region = map.shadowRoot!.querySelector('svg.map path[data-unit="33.74"]');
    expect(outline?.getAttribute('d')).to.equal(region?.getAttribute('d'));
    const chosen = nextEvent<{ unit: string }>(map, 'takar-select');
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    button.click();
    expect((await chosen).detail.unit).to.equal('33.74');
    button.blur();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('svg.map path.keyboard')).to.equal(null);
  });
});
