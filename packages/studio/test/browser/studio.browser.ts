// Takar Studio in Chromium, as a new user: the example data in, the ranking, map and profile
// drawn, the audit, a weight moved by keyboard and the rank-change table checked against the
// engine, the session saved and restored, bad CSV listed, axe over the whole page, and the page
// under the strict Content-Security-Policy.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/main.js';
import { score } from '@takar/core';
import { EXAMPLE_YEARS, exampleDataset, getFramework } from '@takar/indonesia';
import type { TakarStudio } from '../../src/studio-app.js';
import { withWeights } from '../../src/framework-edit.js';
import { rankChanges } from '../../src/rank-change.js';
import { places, rawValues, ranksByUnit, rootCode, unitCount } from '../../src/results-access.js';
import { STORAGE_KEY, sessionText } from '../../src/session.js';
import { PACKAGE_FILES } from '../../src/publish.js';
import { readWorkbook } from '../../src/workbook-in.js';
import { workbookBytes as writeWorkbook } from '../../src/workbook-out.js';
import { withRegistry } from '../../src/data-in.js';
import { moveNode } from '../../src/framework-structure.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exampleCsv } from '../example-csv.js';
import { buildSite } from '@takar/elements/site';
import writeXlsxFile from 'write-excel-file/browser';
import {
  datasetFromTable,
  frameworkFromTable,
  frameworkToTable,
  parseCsv,
  parseFramework,
  poolAcrossYears,
  type Table,
} from '@takar/core';
import {
  METHOD_ALTERNATIVES,
  rankIntervals,
  runUncertainty as runUncertaintyHere,
} from '../../src/uncertainty-run.js';

type Ctx = { timeout(ms: number): void };

function failOnConsole(): void {
  const seen: string[] = [];
  const originals = { error: console.error, warn: console.warn };
  beforeEach(() => {
    seen.length = 0;
    console.error = (...a: unknown[]) => seen.push(`error: ${a.map(String).join(' ')}`);
    console.warn = (...a: unknown[]) => seen.push(`warn: ${a.map(String).join(' ')}`);
  });
  afterEach(() => {
    console.error = originals.error;
    console.warn = originals.warn;
    if (seen.length) throw new Error(`Unexpected console output:\n${seen.join('\n')}`);
  });
}

const $ = <T extends Element = HTMLElement>(s: TakarStudio, sel: string): T => {
  const el = s.shadowRoot?.querySelector<T>(sel);
  if (!el) throw new Error(`no ${sel} in the studio`);
  return el;
};

/** The elements inside each studio that have rendered at least once, by tag. */
const renderedTags = new WeakMap<TakarStudio, Set<string>>();

function watch(studio: TakarStudio): void {
  const tags = new Set<string>();
  renderedTags.set(studio, tags);
  studio.addEventListener('takar-rendered', (e) =>
    tags.add((e.composedPath()[0] as Element).localName),
  );
  studio.addEventListener('takar-error', (e) => {
    throw new Error(JSON.stringify((e as CustomEvent).detail));
  });
}

/** Resolves when the element `tag` inside the studio has rendered (it loads near the viewport). */
async function rendered(studio: TakarStudio, tag: string): Promise<HTMLElement> {
  await studio.updateComplete;
  const el = $(studio, tag);
  el.scrollIntoView();
  const started = Date.now();
  while (!renderedTags.get(studio)?.has(tag)) {
    if (Date.now() - started > 20000) throw new Error(`${tag} did not render within 20 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return el;
}

const cell = (v: string | number | null) =>
  v === null
    ? null
    : typeof v === 'number'
      ? { value: v, type: Number }
      : { value: v, type: String };

/** An .xlsx workbook's bytes, written in the page (write-excel-file). */
async function workbookBytes(
  sheets: { sheet: string; rows: (string | number | null)[][] }[],
): Promise<Uint8Array> {
  const blob = await writeXlsxFile(
    sheets.map((s) => ({ sheet: s.sheet, data: s.rows.map((r) => r.map(cell)) })) as never,
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function tableRows(t: Table): (string | number | null)[][] {
  return [
    [...t.names],
    ...Array.from({ length: t.rowCount }, (_, i) =>
      t.columns.map((c) => (c[i] ?? null) as string | number | null),
    ),
  ];
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/**
 * Drops a file on the studio's drop box, as a user dragging it from the desktop, and waits until
 * the studio has read it (results or problems).
 */
async function dropFile(studio: TakarStudio, file: File, ...more: File[]): Promise<void> {
  const was = studio.results;
  const dt = new DataTransfer();
  for (const f of [file, ...more]) dt.items.add(f);
  const box = $(studio, '.drop');
  box.dispatchEvent(
    new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
  );
  box.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  const started = Date.now();
  while (studio.results === was && !studio.dataIssues.length && !studio.frameworkIssues.length) {
    if (Date.now() - started > 30000) throw new Error(`${file.name} was not read within 30 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await studio.updateComplete;
}

/**
 * Clicks a download button and returns the file the studio hands the browser (its name and
 * bytes); the download itself is stopped.
 */
async function downloaded(
  studio: TakarStudio,
  selector: string,
): Promise<{ name: string; bytes: Uint8Array }> {
  const create = URL.createObjectURL.bind(URL);
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return create(b);
  };
  const root = studio.shadowRoot!;
  try {
    const name = new Promise<string>((resolve) => {
      root.addEventListener(
        'click',
        function on(e) {
          const a = e.target as HTMLAnchorElement;
          if (a.localName !== 'a' || !a.download) return;
          e.preventDefault();
          root.removeEventListener('click', on, true);
          resolve(a.download);
        },
        true,
      );
    });
    $(studio, selector).click();
    const file = await name;
    if (!blob) throw new Error(`${selector} made no file`);
    return { name: file, bytes: new Uint8Array(await blob.arrayBuffer()) };
  } finally {
    URL.createObjectURL = create;
  }
}

async function studioWithExample(): Promise<TakarStudio> {
  const studio = await fixture<TakarStudio>(
    html`<takar-studio boundaries="/test-boundaries/kabkota-2025.geojson"></takar-studio>`,
  );
  watch(studio);
  const audited = new Promise((r) =>
    studio.addEventListener('takar-studio-audited', r, { once: true }),
  );
  $(studio, '#example').click();
  await rendered(studio, 'takar-ranking');
  await audited;
  await studio.updateComplete;
  return studio;
}

describe('<takar-studio>', () => {
  failOnConsole();
  afterEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    document.documentElement.lang = 'en';
  });

  it('starts in Indonesian, accessible, with English one click away', async () => {
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    expect($(studio, 'h1').textContent).to.equal('Takar Studio');
    expect($(studio, '#s1').textContent).to.equal('1. Data');
    expect($(studio, '#example').textContent?.trim()).to.equal('Pakai data contoh (sintetis)');
    await expect(studio).to.be.accessible();
    $(studio, 'button.lang').click();
    await studio.updateComplete;
    expect($(studio, '#example').textContent?.trim()).to.equal('Use the example data (synthetic)');
    expect(document.documentElement.lang).to.equal('en');
  });

  it('loads the example data, scores it as the engine does, and links ranking, map and profile', async function (this: Ctx) {
    this.timeout(90000);
    const studio = await studioWithExample();
    const expected = score(getFramework('smart-city'), exampleDataset('smart-city', 2024));
    expect([...ranksByUnit(studio.results!, 'smart-city')]).to.deep.equal([
      ...ranksByUnit(expected, 'smart-city'),
    ]);
    expect(unitCount(studio.results!)).to.equal(unitCount(expected));
    expect($(studio, '.status').textContent).to.contain(`${unitCount(expected)} wilayah`);
    expect($(studio, '.synthetic').textContent).to.equal('Data ilustratif, bukan hasil resmi');
    const ranking = $(studio, 'takar-ranking') as HTMLElement & { data: unknown };
    expect(ranking.data).to.equal(studio.results);
    // The audit ran on the same data and says how much it checked.
    expect($(studio, '#audit').textContent).to.contain(
      `pada ${unitCount(expected)} wilayah diperiksa`,
    );
    const map = await rendered(studio, 'takar-map');
    expect(map.shadowRoot?.querySelectorAll('svg.map path[data-unit]').length).to.be.greaterThan(
      400,
    );
    const profile = await rendered(studio, 'takar-profile');
    const top = places(expected, 'smart-city').find((p) => p.rank === 1)!;
    expect(profile.getAttribute('region')).to.equal(top.unit);
    expect(profile.getAttribute('link-group')).to.equal('studio');
    expect(map.getAttribute('link-group')).to.equal('studio');
    // Nothing left the page's origin: every resource it fetched came from the same server.
    const origins = new Set(
      performance.getEntriesByType('resource').map((e) => new URL(e.name).origin),
    );
    expect([...origins]).to.deep.equal([location.origin]);
  });

  it('moves a weight by keyboard and shows the rank changes the engine computes', async function (this: Ctx) {
    this.timeout(90000);
    const studio = await studioWithExample();
    const slider = $<HTMLInputElement>(studio, '.sliders input[data-code="governance"]');
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await frames();
    await studio.updateComplete;
    expect(slider.value).to.equal('1.2');
    const data = exampleDataset('smart-city', 2024);
    const base = score(getFramework('smart-city'), data);
    const after = score(withWeights(getFramework('smart-city'), { governance: 1.2 }), data);
    const expected = rankChanges(base, after, 'smart-city');
    expect(expected.length).to.be.greaterThan(0);
    const rows = [...$(studio, '#changes').querySelectorAll('tbody th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(rows).to.deep.equal(expected.slice(0, 20).map((c) => `${c.name}: ${c.from} → ${c.to}`));
    expect([...ranksByUnit(studio.results!, 'smart-city')]).to.deep.equal([
      ...ranksByUnit(after, 'smart-city'),
    ]);
    expect($(studio, '.timing').textContent).to.match(/Dihitung ulang dalam \d+\.\d ms\./);
    // Back to the original weights: no change is left.
    $(studio, '#reset').click();
    await studio.updateComplete;
    expect(studio.changes).to.deep.equal([]);
    expect($(studio, '#changes tbody').textContent).to.contain('Belum ada perubahan peringkat.');
  });

  it('runs uncertainty in Web Workers with progress, as the engine does on one thread, and draws the intervals', async function (this: Ctx) {
    this.timeout(120000);
    const studio = await studioWithExample();
    studio.workerSrc = '/packages/studio/src/uncertainty-worker.ts';
    studio.uncRuns = 60;
    await studio.updateComplete;
    const done = new Promise((r) =>
      studio.addEventListener('takar-studio-uncertainty', r, { once: true }),
    );
    $(studio, '#run-uncertainty').click();
    await studio.updateComplete;
    expect(($(studio, '#run-uncertainty') as HTMLButtonElement).disabled).to.equal(true);
    await done;
    await studio.updateComplete;
    expect(studio.uncIssues).to.deep.equal([]);
    const progress = $<HTMLProgressElement>(studio, '#unc-progress');
    expect([progress.value, progress.max]).to.deep.equal([60, 60]);
    expect($(studio, '#unc-done').textContent).to.contain('60 dari 60 ulangan');
    const here = await runUncertaintyHere(
      getFramework('smart-city'),
      exampleDataset('smart-city', 2024),
      null,
      {
        runs: 60,
        seed: 2017,
        noise: 0.25,
      },
    );
    expect(studio.intervals).to.deep.equal(rankIntervals(here));
    expect(Object.values(studio.intervals!).some((i) => i.q05 !== i.q95)).to.equal(true);
    const ranking = $(studio, 'takar-ranking') as HTMLElement & { rankIntervals: unknown };
    expect(ranking.rankIntervals).to.equal(studio.intervals);
    // A weight change makes the intervals stale: they go.
    studio.setWeight('economy', 2);
    await frames();
    await studio.updateComplete;
    expect(studio.intervals).to.equal(undefined);
    // The next run uses the same kept workers: no worker is started (so nothing is fetched), and
    // a run dropped halfway (the weights changed) leaves them free for the next one.
    const Original = window.Worker;
    let started = 0;
    window.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        started++;
      }
    };
    try {
      const again = () =>
        new Promise((r) => studio.addEventListener('takar-studio-uncertainty', r, { once: true }));
      let ended = again();
      $(studio, '#run-uncertainty').click();
      studio.setWeight('economy', 3);
      await ended;
      await frames();
      await studio.updateComplete;
      ended = again();
      $(studio, '#run-uncertainty').click();
      await ended;
      await studio.updateComplete;
      expect(started).to.equal(0);
      expect(studio.uncIssues).to.deep.equal([]);
      const now = await runUncertaintyHere(
        studio.framework,
        exampleDataset('smart-city', 2024),
        null,
        { runs: 60, seed: 2017, noise: 0.25 },
      );
      expect(studio.intervals).to.deep.equal(rankIntervals(now));
    } finally {
      window.Worker = Original;
    }
  });

  it('varies the methods too when asked, as the engine does with the same alternatives', async function (this: Ctx) {
    this.timeout(120000);
    const studio = await studioWithExample();
    studio.workerSrc = '/packages/studio/src/uncertainty-worker.ts';
    studio.uncRuns = 40;
    await studio.updateComplete;
    for (const id of ['#unc-normalise', '#unc-aggregate']) $<HTMLInputElement>(studio, id).click();
    await studio.updateComplete;
    expect(studio.uncMethods).to.deep.equal({ normalise: true, aggregate: true });
    const done = new Promise((r) =>
      studio.addEventListener('takar-studio-uncertainty', r, { once: true }),
    );
    $(studio, '#run-uncertainty').click();
    await done;
    await studio.updateComplete;
    expect(studio.uncIssues).to.deep.equal([]);
    const args = [getFramework('smart-city'), exampleDataset('smart-city', 2024), null] as const;
    const here = await runUncertaintyHere(...args, {
      runs: 40,
      seed: 2017,
      noise: 0.25,
      methods: METHOD_ALTERNATIVES,
    });
    expect(studio.intervals).to.deep.equal(rankIntervals(here));
    // Different from the weights alone: the methods moved the ranks.
    const weightsOnly = await runUncertaintyHere(...args, { runs: 40, seed: 2017, noise: 0.25 });
    expect(rankIntervals(here)).to.not.deep.equal(rankIntervals(weightsOnly));
    await expect(studio).to.be.accessible();
  });

  it('runs the removal test, and rescores under another normalisation as the engine does', async function (this: Ctx) {
    this.timeout(90000);
    const studio = await studioWithExample();
    $(studio, '#run-removal').click();
    await studio.updateComplete;
    const rows = $(studio, '#removal').querySelectorAll('tbody tr');
    expect(rows.length).to.be.greaterThan(5);
    const choose = async (id: string, value: string) => {
      const el = $<HTMLSelectElement | HTMLInputElement>(studio, id);
      el.value = value;
      el.dispatchEvent(new Event('change'));
      await studio.updateComplete;
    };
    // The default is named and explained: Smart City scores its levels as they are.
    expect($(studio, '#opt-normalise').textContent).to.contain('bawaan kerangka: none');
    expect($(studio, '#opt-treat-about').textContent).to.contain('Bawaan: none — tanpa perlakuan');
    await choose('#opt-normalise', 'zscore');
    await choose('#opt-treat', 'default');
    await choose('#opt-treat-arg', 'winmax=3');
    await choose('#opt-aggregate', 'pmean');
    // pmean needs its exponent: listed with the family, nothing rescored.
    expect(studio.optionIssues.map((i) => i.path.join('.'))).to.deep.equal(['pipeline.aggregate']);
    expect($(studio, '#pipeline-options + .issues').textContent).to.contain('pipeline/invalid');
    await choose('#opt-aggregate-arg', '2');
    expect(studio.optionIssues).to.deep.equal([]);
    const data = exampleDataset('smart-city', 2024);
    const expected = score(getFramework('smart-city'), data, {
      pipeline: {
        normalise: { method: 'zscore' },
        treat: { method: 'default', winmax: 3 },
        aggregate: { method: 'pmean', p: 2 },
      },
    });
    expect([...ranksByUnit(studio.results!, 'smart-city')]).to.deep.equal([
      ...ranksByUnit(expected, 'smart-city'),
    ]);
    expect(studio.changes).to.deep.equal([]);
    expect(studio.removal).to.equal(null);
    expect(studio.stateHash()).to.contain('t=default%2Cwinmax%3D3&n=zscore&a=pmean%3A2');
    expect(studio.session().options).to.deep.equal({
      normalise: 'zscore',
      treat: 'default,winmax=3',
      aggregate: 'pmean:2',
    });
    // Across years on one year of data pools that year: the same ranks as per year.
    await choose('#opt-normalise', 'minmax');
    await choose('#opt-across', 'years');
    expect(studio.optionIssues).to.deep.equal([]);
    expect(studio.pipeline?.normalise).to.include({ method: 'minmax', across: 'years' });
  });

  it('adds, moves and removes indicators, each edit checked by the engine and rescored as it scores', async function (this: Ctx) {
    this.timeout(90000);
    const studio = await studioWithExample();
    ($(studio, '#tree') as HTMLDetailsElement).open = true;
    await studio.updateComplete;
    const data = exampleDataset('smart-city', 2024);
    // Remove a sub-dimension: the index is rescored without it, and its data is set aside.
    $(studio, 'button[data-remove="governance.policy"]').click();
    await frames();
    await studio.updateComplete;
    const gone = studio.framework;
    expect(gone.nodes.some((n) => n.code.startsWith('governance.policy'))).to.equal(false);
    const kept = new Set(gone.nodes.map((n) => n.code));
    const expected = score(gone, {
      ...data,
      values: data.values.filter((v) => kept.has(v.indicator)),
    });
    expect([...ranksByUnit(studio.results!, 'smart-city')]).to.deep.equal([
      ...ranksByUnit(expected, 'smart-city'),
    ]);
    expect($(studio, '#unused-data').textContent).to.contain('governance.policy.baseline');
    expect(studio.changes.length).to.be.greaterThan(0);
    // Move an indicator under another parent, by its select: the tree says so.
    const move = $<HTMLSelectElement>(studio, 'select[data-move="governance.service.baseline"]');
    move.value = 'governance.bureaucracy';
    move.dispatchEvent(new Event('change'));
    await studio.updateComplete;
    expect(
      studio.framework.nodes.find((n) => n.code === 'governance.service.baseline')?.parent,
    ).to.equal('governance.bureaucracy');
    // Up among siblings, by keyboard on its button.
    const before = studio.framework.nodes.filter((n) => n.parent === 'economy').map((n) => n.code);
    $(studio, `button[data-up="${before[1]}"]`).focus();
    await sendKeys({ press: 'Enter' });
    await studio.updateComplete;
    expect(
      studio.framework.nodes.filter((n) => n.parent === 'economy').map((n) => n.code),
    ).to.deep.equal([before[1], before[0], ...before.slice(2)]);
    // A node moved under itself is refused with the engine's code, and nothing changes.
    const now = studio.framework;
    const self = $<HTMLSelectElement>(studio, 'select[data-move="economy"]');
    expect([...self.options].map((o) => o.value)).not.to.include('economy.industry');
    studio.editStructure(moveNode(now, 'economy', 'economy.industry'));
    await studio.updateComplete;
    expect(studio.framework).to.equal(now);
    expect(studio.structureIssues.map((i) => i.code)).to.include('framework/cycle');
    // Add an indicator: the engine says it has no data yet.
    ($(studio, '#new-code') as HTMLInputElement).value = 'economy.industry.startup';
    ($(studio, '#new-label') as HTMLInputElement).value = 'Jumlah perusahaan rintisan';
    ($(studio, '#new-parent') as HTMLSelectElement).value = 'economy.industry';
    $(studio, '#add-indicator').click();
    await studio.updateComplete;
    expect(studio.framework.nodes.at(-1)).to.include({
      code: 'economy.industry.startup',
      parent: 'economy.industry',
    });
    expect(studio.scoreIssues.map((i) => i.code)).to.deep.equal(['data/no-values']);
    expect($(studio, '#results .issues').textContent).to.contain('economy.industry.startup');
    // A second indicator with the same code is refused, listed, and the framework stays.
    const withNew = studio.framework;
    ($(studio, '#new-code') as HTMLInputElement).value = 'economy.industry.startup';
    ($(studio, '#new-label') as HTMLInputElement).value = 'Lagi';
    $(studio, '#add-indicator').click();
    await studio.updateComplete;
    expect(studio.framework).to.equal(withNew);
    expect(studio.structureIssues.map((i) => i.code)).to.deep.equal(['framework/duplicate-code']);
    expect($(studio, '#tree .issues').textContent).to.contain('framework/duplicate-code');
    expect(now).not.to.equal(withNew);
    // Saved as framework JSON with the edits.
    const saved = await downloaded(studio, '#save-framework');
    expect(JSON.parse(new TextDecoder().decode(saved.bytes))).to.deep.equal(studio.framework);
  });

  it('reads several CSV files dropped at once, one per year, the years from their names', async function (this: Ctx) {
    this.timeout(90000);
    const framework = getFramework('smart-city');
    // The example data (synthetic), one Indonesian Excel export per year.
    const file = (year: number) =>
      new File(
        [exampleCsv([year], { locale: 'id', yearColumn: false })],
        `smart-city-${year}.csv`,
        {
          type: 'text/csv',
        },
      );
    const studio = await fixture<TakarStudio>(
      html`<takar-studio boundaries="/test-boundaries/kabkota-2025.geojson"></takar-studio>`,
    );
    watch(studio);
    await dropFile(studio, file(2024), file(2023));
    expect(studio.dataIssues).to.deep.equal([]);
    expect(studio.dataYears()).to.deep.equal([2023, 2024]);
    const years = [2023, 2024].map((y) => exampleDataset('smart-city', y));
    const units = [...new Map(years.flatMap((d) => d.units).map((u) => [u.code, u])).values()];
    const all = { units, values: years.flatMap((d) => d.values) };
    const ranks = (doc: Parameters<typeof ranksByUnit>[0]) =>
      [...ranksByUnit(doc, 'smart-city')].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(ranks(studio.results!)).to.deep.equal(ranks(score(framework, all, { year: 2024 })));
    // A file with no year in its name is named (as for any data the studio refuses).
    await dropFile(studio, file(2023), new File([await file(2024).text()], 'tanpa-tahun.csv'));
    expect(studio.dataIssues.map((i) => i.path[1])).to.deep.equal(['tanpa-tahun.csv']);
    expect(studio.dataIssues[0]!.message).to.contain('no year column');
    await expect(studio).to.be.accessible();
  });

  it('scores a chosen year of data with a year column, across years when asked, and draws the trend', async function (this: Ctx) {
    this.timeout(90000);
    const framework = getFramework('smart-city');
    const lines = [exampleCsv([2023, 2024], { locale: 'id', yearColumn: true })];
    const studio = await fixture<TakarStudio>(
      html`<takar-studio boundaries="/test-boundaries/kabkota-2025.geojson"></takar-studio>`,
    );
    watch(studio);
    await dropFile(studio, new File([lines.join('\n')], 'dua-tahun.csv', { type: 'text/csv' }));
    expect(studio.dataIssues).to.deep.equal([]);
    const year = $<HTMLSelectElement>(studio, '#year');
    expect([...year.options].map((o) => o.value)).to.deep.equal(['2023', '2024']);
    expect(year.value).to.equal('2024');
    year.value = '2023';
    year.dispatchEvent(new Event('change'));
    await studio.updateComplete;
    // Every region of either year (one evaluated only in 2024 is unranked in 2023).
    const years = [2023, 2024].map((y) => exampleDataset('smart-city', y));
    const units = [...new Map(years.flatMap((d) => d.units).map((u) => [u.code, u])).values()];
    const all = { units, values: years.flatMap((d) => d.values) };
    const ranks = (doc: Parameters<typeof ranksByUnit>[0]) =>
      [...ranksByUnit(doc, 'smart-city')].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(ranks(studio.results!)).to.deep.equal(ranks(score(framework, all, { year: 2023 })));
    // Across years: the same as the engine with pooled min-max parameters.
    studio.setOptions({ normalise: 'minmax', across: 'years' });
    await studio.updateComplete;
    expect(studio.optionIssues).to.deep.equal([]);
    expect($(studio, '#opt-across-about').textContent).to.contain('2 tahun (2023, 2024)');
    const normalise = poolAcrossYears(framework, all, [2023, 2024], {
      pipeline: { normalise: { method: 'minmax' } },
    });
    expect(ranks(studio.results!)).to.deep.equal(
      ranks(score(framework, all, { year: 2023, pipeline: { normalise } })),
    );
    expect(ranks(studio.results!).some(([, r]) => r === null)).to.equal(true);
    // The trend of both years, drawn when opened.
    const box = $<HTMLDetailsElement>(studio, '#trend-box');
    box.open = true;
    box.dispatchEvent(new Event('toggle'));
    await studio.updateComplete;
    expect(studio.trendDocs?.map((d) => d.year)).to.deep.equal([2023, 2024]);
    await rendered(studio, 'takar-trend');
    await expect(studio).to.be.accessible();
  });

  it('opens the view a link describes, and keeps it in the address', async function (this: Ctx) {
    this.timeout(90000);
    const before = location.href;
    history.replaceState(
      null,
      '',
      '#f=spbe-2020&lang=en&d=example&w=d1:26,nope:1&u=100&v=aggregate',
    );
    try {
      const studio = await fixture<TakarStudio>(html`<takar-studio sync-url></takar-studio>`);
      await studio.updateComplete;
      expect(studio.lang).to.equal('en');
      expect(studio.frameworkId).to.equal('spbe-2020');
      expect(studio.framework.nodes.find((n) => n.code === 'd1')?.weight).to.equal(26);
      const data = exampleDataset('spbe-2020', 2024);
      const expected = score(withWeights(getFramework('spbe-2020'), { d1: 26 }), data);
      expect([...ranksByUnit(studio.results!, 'spbe')]).to.deep.equal([
        ...ranksByUnit(expected, 'spbe'),
      ]);
      const problems = [
        ...$(studio, '#s1 ~ .issues').querySelectorAll('tbody td:nth-child(2)'),
      ].map((td) => td.textContent);
      expect(problems).to.deep.equal(['#w › nope']);
      // The uncertainty settings: the link's, in the form as in the state.
      expect(studio.uncRuns).to.equal(100);
      expect($<HTMLInputElement>(studio, '#unc-runs').value).to.equal('100');
      expect($<HTMLInputElement>(studio, '#unc-aggregate').checked).to.equal(true);
      expect($<HTMLInputElement>(studio, '#unc-normalise').checked).to.equal(false);
      studio.setWeight('d2', 30);
      await frames();
      await studio.updateComplete;
      expect(location.hash).to.equal(
        '#f=spbe-2020&lang=en&d=example&w=d1:26,d2:30&u=100&v=aggregate',
      );
      $<HTMLInputElement>(studio, '#unc-normalise').click();
      await studio.updateComplete;
      expect(location.hash).to.equal(
        '#f=spbe-2020&lang=en&d=example&w=d1:26,d2:30&u=100&v=normalise,aggregate',
      );
      // And in the session, which reopens them.
      const fresh = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
      expect(fresh.restore(sessionText(studio.session()))).to.equal(true);
      expect([fresh.uncRuns, fresh.uncMethods]).to.deep.equal([
        100,
        { normalise: true, aggregate: true },
      ]);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('loads the example data of every year, from the button or a link, labelled as synthetic', async function (this: Ctx) {
    this.timeout(90000);
    const before = location.href;
    history.replaceState(null, '', '#f=spbe-2020&d=example-years');
    try {
      const studio = await fixture<TakarStudio>(html`<takar-studio sync-url></takar-studio>`);
      await studio.updateComplete;
      expect(studio.dataYears()).to.deep.equal([...EXAMPLE_YEARS]);
      expect(studio.year).to.equal(2024);
      expect($(studio, '.synthetic').textContent).to.equal('Data ilustratif, bukan hasil resmi');
      // Each year scores as the engine scores that year of the whole example data.
      const all = exampleDataset('spbe-2020');
      for (const year of [2024, 2020]) {
        studio.setYear(year);
        await studio.updateComplete;
        expect([...ranksByUnit(studio.results!, 'spbe')], `${year}`).to.deep.equal([
          ...ranksByUnit(score(getFramework('spbe-2020'), all, { year }), 'spbe'),
        ]);
      }
      expect(studio.stateHash()).to.equal('#f=spbe-2020&lang=id&d=example-years');
      const fresh = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
      expect(fresh.restore(sessionText(studio.session()))).to.equal(true);
      expect(fresh.dataYears()).to.deep.equal([...EXAMPLE_YEARS]);
      // The button next to the one-year example.
      const other = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
      $<HTMLButtonElement>(other, '#example-years').click();
      await other.updateComplete;
      expect(other.dataYears()).to.deep.equal([...EXAMPLE_YEARS]);
      expect($(other, '#example-years').textContent?.trim()).to.equal(
        'Data contoh semua tahun (2020–2024, sintetis)',
      );
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('compares two scenarios side by side: the original weights and a saved weight set', async function (this: Ctx) {
    this.timeout(90000);
    const studio = await studioWithExample();
    studio.setWeight('society', 3);
    await frames();
    ($(studio, '#set-name') as HTMLInputElement).value = 'masyarakat';
    $(studio, '#set-name').dispatchEvent(new Event('input'));
    await studio.updateComplete;
    $(studio, '#save-set').click();
    studio.resetWeights();
    await studio.updateComplete;
    ($(studio, '#scenario-a') as HTMLSelectElement).selectedIndex = 0; // original
    ($(studio, '#scenario-b') as HTMLSelectElement).value = 'masyarakat';
    $(studio, '#compare').click();
    await studio.updateComplete;
    const data = exampleDataset('smart-city', 2024);
    const a = score(getFramework('smart-city'), data);
    const b = score(withWeights(getFramework('smart-city'), { society: 3 }), data);
    const expected = rankChanges(a, b, 'smart-city');
    expect(expected.length).to.be.greaterThan(0);
    const rows = [...$(studio, '#scenario').querySelectorAll('tbody th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(rows).to.deep.equal(expected.slice(0, 20).map((c) => `${c.name}: ${c.from} → ${c.to}`));
    expect($(studio, '#scenario caption').textContent?.trim()).to.equal(
      'Peringkat indeks: bobot awal → masyarakat',
    );
  });

  it('fits a 360 px phone for reviewing, and says editing needs a wider screen', async function (this: Ctx) {
    this.timeout(90000);
    await setViewport({ width: 360, height: 800 });
    try {
      const studio = await studioWithExample();
      await rendered(studio, 'takar-map');
      await rendered(studio, 'takar-profile');
      await frames();
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const note = $(studio, '.narrow-note');
      expect(getComputedStyle(note).display).to.equal('block');
      expect(note.textContent).to.contain('butuh layar lebar');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible with every result on the page', async function (this: Ctx) {
    this.timeout(120000);
    const studio = await studioWithExample();
    await rendered(studio, 'takar-map');
    studio.setWeight('economy', 2);
    await frames();
    await studio.updateComplete;
    ($(studio, '#tree') as HTMLDetailsElement).open = true;
    ($(studio, '#template-box') as HTMLDetailsElement).open = true;
    // Options with their parameter fields, and a refused structure edit with its issues, shown.
    studio.setOptions({ treat: 'default,winmax=3', aggregate: 'pmean' });
    studio.editStructure(moveNode(studio.framework, 'economy', 'economy.industry'));
    const icicleBox = $(studio, '#icicle-box') as HTMLDetailsElement;
    icicleBox.open = true;
    await new Promise((r) => icicleBox.addEventListener('toggle', r, { once: true }));
    $(studio, '#run-removal').click();
    ($(studio, '#compare') as HTMLButtonElement).click();
    const details = $(studio, '#heatmap') as HTMLDetailsElement;
    details.open = true;
    await new Promise((r) => details.addEventListener('toggle', r, { once: true }));
    await studio.updateComplete;
    // One square per pair of indicators; the diagonal (r = 1) is full blue.
    const n = getFramework('smart-city').nodes.filter((x) => x.type === 'indicator').length;
    const squares = details.querySelectorAll('svg.heatmap rect');
    expect(squares.length).to.equal(n * n);
    expect(squares[0]!.getAttribute('fill')).to.equal('#0b5394');
    expect(squares[n + 1]!.getAttribute('fill')).to.equal('#0b5394');
    expect(studio.shadowRoot!.querySelector('#removal')).to.not.equal(null);
    expect(studio.shadowRoot!.querySelector('#scenario')).to.not.equal(null);
    await expect(studio).to.be.accessible();
  });

  it('saves the session in the browser and restores the same weights and ranks', async function (this: Ctx) {
    this.timeout(90000);
    const studio = await studioWithExample();
    studio.setWeight('living', 2.5);
    await frames();
    ($(studio, '#set-name') as HTMLInputElement).value = 'hidup';
    $(studio, '#set-name').dispatchEvent(new Event('input'));
    await studio.updateComplete;
    $(studio, '#save-set').click();
    $(studio, '#save-browser').click();
    await studio.updateComplete;
    expect($(studio, '.status').textContent).to.equal('Sesi disimpan di peramban ini.');
    const ranks = [...ranksByUnit(studio.results!, 'smart-city')];
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved.weightSets).to.have.key('hidup');

    const fresh = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    $(fresh, '#restore-browser').click();
    await fresh.updateComplete;
    expect($(fresh, '.status').textContent).to.equal('Sesi dipulihkan.');
    expect(fresh.framework.nodes.find((n) => n.code === 'living')?.weight).to.equal(2.5);
    expect([...ranksByUnit(fresh.results!, 'smart-city')]).to.deep.equal(ranks);
    expect(fresh.changes.length).to.be.greaterThan(0);
    expect($(fresh, '.sets').textContent).to.contain('Terapkan “hidup”');
  });

  it('refuses a bad session file, listing every problem, and keeps what it had', async () => {
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    const before = studio.framework;
    expect(
      studio.restore(
        JSON.stringify({
          format: 'takar-studio-session',
          formatVersion: 1,
          lang: 'xx',
          framework: 1,
          frameworkId: null,
          data: null,
          pipeline: null,
          weightSets: {},
        }),
      ),
    ).to.equal(false);
    await studio.updateComplete;
    expect(studio.framework).to.equal(before);
    const cells = [
      ...$(studio, '#session .issues').querySelectorAll('tbody tr td:nth-child(2)'),
    ].map((td) => td.textContent);
    expect(cells).to.deep.equal(['lang', 'framework']);
  });

  it('reads pasted ; CSV with a decimal comma, and lists every bad cell at once', async () => {
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    const codes = getFramework('smart-city')
      .nodes.filter((n) => n.type === 'indicator')
      .map((n) => n.code);
    const row = (code: string, name: string, v: string) =>
      [code, name, ...codes.map(() => v)].join(';');
    const good = [
      'kode;nama;' + codes.join(';'),
      row('32.73', 'Kota Bandung', '3,5'),
      row('33.72', 'Kota Surakarta', '2,25'),
    ].join('\n');
    studio.loadCsv(good);
    await studio.updateComplete;
    expect($(studio, '.locale').textContent).to.contain('Pemisah kolom “;”, tanda desimal “,”');
    expect(rawValues(studio.results!, codes[0]!)).to.deep.equal([3.5, 2.25]);
    const bad = good.replace('3,5', '3.5.1').replace(/2,25$/, 'abc');
    studio.loadCsv(bad);
    await studio.updateComplete;
    const issueCodes = [...$(studio, '.issues').querySelectorAll('tbody code')].map(
      (c) => c.textContent,
    );
    expect(issueCodes).to.deep.equal(['data/not-a-number', 'data/not-a-number']);
    expect(studio.results).to.equal(null);
  });
});

describe('<takar-studio> with a framework from a file', () => {
  failOnConsole();
  const mini = {
    id: 'mini',
    version: '1',
    label: { id: 'Indeks Mini', en: 'Mini index' },
    pipeline: { normalise: { method: 'none' }, aggregate: { method: 'amean' } },
    nodes: [
      { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
      { code: 'p1', parent: 'idx', type: 'aggregate', label: { id: 'Pilar 1' } },
      { code: 'p2', parent: 'idx', type: 'aggregate', label: { id: 'Pilar 2' } },
      { code: 'a', parent: 'p1', type: 'indicator', label: { id: 'A' } },
      { code: 'b', parent: 'p2', type: 'indicator', label: { id: 'B' } },
    ],
  };

  it('moves through the icicle chart by keyboard and opens a node for editing', async () => {
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    const root = studio.shadowRoot!;
    const box = $(studio, '#icicle-box') as HTMLDetailsElement;
    expect(root.querySelector('svg.icicle')).to.equal(null);
    box.open = true;
    await new Promise((r) => box.addEventListener('toggle', r, { once: true }));
    await studio.updateComplete;
    const focusedCode = () => (root.activeElement as Element | null)?.getAttribute('data-code');
    const rects = root.querySelectorAll('svg.icicle rect');
    expect(rects.length).to.equal(getFramework('smart-city').nodes.length);
    expect([...rects].filter((r) => r.getAttribute('tabindex') === '0').length).to.equal(1);
    (root.querySelector('svg.icicle rect[data-code="smart-city"]') as SVGElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await studio.updateComplete;
    expect(focusedCode()).to.equal('governance');
    await sendKeys({ press: 'ArrowRight' });
    await studio.updateComplete;
    expect(focusedCode()).to.equal('branding');
    await sendKeys({ press: 'Enter' });
    await studio.updateComplete;
    expect(($(studio, '#tree') as HTMLDetailsElement).open).to.equal(true);
    expect((root.activeElement as HTMLInputElement).dataset.code).to.equal('branding');
  });

  it('writes the edited framework as an iMeta sheet that reads back with the same weights', async () => {
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    studio.setWeight('economy', 2.5);
    await frames();
    const back = frameworkFromTable(parseCsv(studio.iMetaText()), { id: 'smart-city' }).framework;
    const weight = (f: { nodes: { code: string; weight?: number }[] }, code: string) =>
      f.nodes.find((n) => n.code === code)?.weight ?? 1;
    for (const n of studio.framework.nodes)
      expect(weight(back, n.code), n.code).to.equal(n.weight ?? 1);
    expect(weight(back, 'economy')).to.equal(2.5);
  });

  it("lists a bad framework's problems and keeps the one in use", async () => {
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    const bad = {
      ...mini,
      nodes: [...mini.nodes, { code: 'c', parent: 'nope', type: 'indicator', label: { id: 'C' } }],
    };
    expect(studio.loadFrameworkText(JSON.stringify(bad), 'buruk.json')).to.equal(false);
    await studio.updateComplete;
    expect(studio.framework.id).to.equal('smart-city');
    const codes = [...$(studio, '#s1 ~ .issues').querySelectorAll('tbody code')].map(
      (c) => c.textContent,
    );
    expect(codes).to.include('framework/unknown-parent');
  });

  it('resolves unknown regions by hand, listing what it cannot resolve', async () => {
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    studio.loadFrameworkText(JSON.stringify(mini), 'mini.json');
    studio.loadCsv('unit,name,a,b\nX1,Kota Bandung,4,1\nX2,Solo,2,2\nX3,Kota Jambi,1,4.5\n');
    await studio.updateComplete;
    const inputs = () => [
      ...studio.shadowRoot!.querySelectorAll<HTMLInputElement>('.unmatched input'),
    ];
    expect(inputs().map((i) => [i.dataset.unit, i.value])).to.deep.equal([
      ['X1', '32.73'],
      ['X2', ''],
      ['X3', '15.71'],
    ]);
    const solo = inputs()[1]!;
    solo.value = 'Bandungg';
    solo.dispatchEvent(new Event('input'));
    $(studio, '#apply-regions').click();
    await studio.updateComplete;
    const codes = [...$(studio, '#s1 ~ .issues').querySelectorAll('tbody code')].map(
      (c) => c.textContent,
    );
    expect(codes).to.deep.equal(['data/unknown-region']);
    expect(inputs().map((i) => i.dataset.unit)).to.deep.equal(['X2']);
    inputs()[0]!.value = 'Kota Surakarta';
    inputs()[0]!.dispatchEvent(new Event('input'));
    $(studio, '#apply-regions').click();
    await studio.updateComplete;
    expect(inputs()).to.deep.equal([]);
    expect([...ranksByUnit(studio.results!, 'idx')]).to.deep.equal([
      ['32.73', 2],
      ['33.72', 3],
      ['15.71', 1],
    ]);
    // The matches are part of the session.
    const fresh = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    expect(fresh.restore(sessionText(studio.session()))).to.equal(true);
    await fresh.updateComplete;
    expect([...ranksByUnit(fresh.results!, 'idx')]).to.deep.equal([
      ...ranksByUnit(studio.results!, 'idx'),
    ]);
  });

  it('scores a CSV against it, with the weights of its dimensions as sliders', async () => {
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    expect(studio.loadFrameworkText(JSON.stringify(mini), 'mini.json')).to.equal(true);
    studio.loadCsv(
      'unit,name,a,b\n32.73,Kota Bandung,4,1\n33.72,Kota Surakarta,2,2\n15.71,Kota Jambi,1,4.5\n',
    );
    await studio.updateComplete;
    expect(studio.shadowRoot?.querySelector('#example')).to.equal(null);
    expect([...ranksByUnit(studio.results!, 'idx')]).to.deep.equal([
      ['32.73', 2],
      ['33.72', 3],
      ['15.71', 1],
    ]);
    const sliders = [...studio.shadowRoot!.querySelectorAll<HTMLInputElement>('.sliders input')];
    expect(sliders.map((i) => i.dataset.code)).to.deep.equal(['p1', 'p2']);
    studio.setWeight('p2', 0);
    await frames();
    await studio.updateComplete;
    // Index = a alone: Bandung 1st, Surakarta 2nd, Jambi 3rd.
    const rows = [...$(studio, '#changes').querySelectorAll('tbody th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(rows).to.deep.equal([
      'Kota Jambi: 1 → 3',
      'Kota Bandung: 2 → 1',
      'Kota Surakarta: 3 → 2',
    ]);
  });
});

describe('<takar-studio> with an Excel workbook', () => {
  failOnConsole();
  const mini = {
    id: 'mini',
    version: '1',
    label: { id: 'Indeks Mini', en: 'Mini index' },
    pipeline: { normalise: { method: 'none' as const }, aggregate: { method: 'amean' as const } },
    nodes: [
      { code: 'idx', parent: null, type: 'aggregate' as const, label: { id: 'Indeks' } },
      { code: 'p1', parent: 'idx', type: 'aggregate' as const, label: { id: 'Pilar 1' } },
      { code: 'p2', parent: 'idx', type: 'aggregate' as const, label: { id: 'Pilar 2' } },
      { code: 'a', parent: 'p1', type: 'indicator' as const, label: { id: 'A' } },
      { code: 'b', parent: 'p2', type: 'indicator' as const, label: { id: 'B' } },
    ],
  };
  const rows: (string | number | null)[][] = [
    ['uCode', 'uName', 'a', 'b'],
    ['32.73', 'Kota Bandung', 4, 1],
    ['33.72', 'Kota Surakarta', 2, 2],
    ['15.71', 'Kota Jambi', 1, 4.5],
  ];

  it('reads a composer workbook (iData + iMeta): its framework, its data, and a session of it', async function (this: Ctx) {
    this.timeout(60000);
    const meta = frameworkToTable(mini);
    const book = await workbookBytes([
      { sheet: 'Catatan', rows: [['Contoh buku kerja komposer']] },
      { sheet: 'iData', rows },
      { sheet: 'iMeta', rows: tableRows(meta) },
    ]);
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    await studio.loadWorkbook(book, 'komposer.xlsx');
    await studio.updateComplete;
    expect(studio.frameworkId).to.equal(null);
    expect(studio.framework.nodes.map((n) => n.code).sort()).to.deep.equal([
      'a',
      'b',
      'idx',
      'p1',
      'p2',
    ]);
    expect($(studio, '#framework').textContent).to.contain('komposer.xlsx (iMeta)');
    // Index = mean(a, b): Jambi 2.75, Bandung 2.5, Surakarta 2.
    expect([...ranksByUnit(studio.results!, 'idx')]).to.deep.equal([
      ['32.73', 2],
      ['33.72', 3],
      ['15.71', 1],
    ]);
    const fresh = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    expect(fresh.restore(sessionText(studio.session()))).to.equal(true);
    await fresh.updateComplete;
    expect([...ranksByUnit(fresh.results!, 'idx')]).to.deep.equal([
      ...ranksByUnit(studio.results!, 'idx'),
    ]);
  });

  it('as a new user: drops the ASEM example as a composer workbook, moves a weight, runs uncertainty, publishes the package and the site', async function (this: Ctx) {
    this.timeout(120000);
    const asem = (name: string) =>
      fetch(`/packages/core/test/fixtures/coinr-asem/${name}`).then((r) => r.text());
    const meta = parseCsv(await asem('meta.csv'));
    const dataTable = parseCsv(await asem('data.csv'));
    // Cells as a spreadsheet holds them: numbers as numbers, the rest as text, empty as empty.
    const typed = (t: Table) =>
      tableRows(t).map((r, i) =>
        i === 0
          ? r
          : r.map((v) =>
              v === ''
                ? null
                : v !== null && /^-?[\d.]+(e-?\d+)?$/i.test(String(v))
                  ? Number(v)
                  : v,
            ),
      );
    const book = await workbookBytes([
      { sheet: 'iData', rows: typed(dataTable) },
      { sheet: 'iMeta', rows: typed(meta) },
    ]);
    const studio = await fixture<TakarStudio>(
      html`<takar-studio worker-src="/packages/studio/src/uncertainty-worker.ts"></takar-studio>`,
    );
    watch(studio);
    // The file is dropped on the page, as from the desktop.
    await dropFile(studio, new File([book as BlobPart], 'asem.xlsx'));
    await rendered(studio, 'takar-ranking');
    expect(studio.dataIssues).to.deep.equal([]);
    expect($(studio, '#framework').textContent).to.contain('asem.xlsx (iMeta)');
    // The engine on the same sheets, read by the core functions directly.
    const coinr = frameworkFromTable(meta, { id: 'asem' });
    const data = datasetFromTable(dataTable, parseFramework(coinr.framework), {
      groups: coinr.groups ?? [],
      denominators: coinr.denominators ?? [],
    });
    const root = rootCode(studio.results!);
    const expected = score(coinr.framework, data);
    expect(unitCount(studio.results!)).to.equal(51);
    expect([...ranksByUnit(studio.results!, root)]).to.deep.equal([...ranksByUnit(expected, root)]);
    const ranking = $(studio, 'takar-ranking');
    expect(ranking.shadowRoot?.textContent).to.contain(
      places(expected, root).find((p) => p.rank === 1)!.name,
    );
    // A weight moved by keyboard on its slider: the rank-change table says what the engine says.
    const slider = studio.shadowRoot!.querySelector<HTMLInputElement>('.sliders input')!;
    const code = slider.dataset.code!;
    slider.focus();
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowRight' });
    await frames();
    await studio.updateComplete;
    const weight = Number(slider.value);
    expect(weight).to.be.greaterThan(1);
    const after = score(withWeights(coinr.framework, { [code]: weight }), data);
    const changes = rankChanges(expected, after, root);
    expect(changes.length).to.be.greaterThan(0);
    const rows = [...$(studio, '#changes').querySelectorAll('tbody th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(rows).to.deep.equal(changes.slice(0, 20).map((c) => `${c.name}: ${c.from} → ${c.to}`));
    // Uncertainty in Web Workers, from its button, with the number of runs typed in.
    const runs = $<HTMLInputElement>(studio, '#unc-runs');
    runs.value = '50';
    runs.dispatchEvent(new Event('change'));
    const done = new Promise((r) =>
      studio.addEventListener('takar-studio-uncertainty', r, { once: true }),
    );
    $(studio, '#run-uncertainty').click();
    await done;
    await studio.updateComplete;
    expect(studio.uncIssues).to.deep.equal([]);
    expect($(studio, '#unc-done').textContent).to.contain('50');
    expect(Object.keys(studio.intervals ?? {}).length).to.equal(51);
    // Published: the package the button hands the browser, unzipped.
    const zip = await downloaded(studio, '#download-package');
    expect(zip.name).to.equal('asem-takar.zip');
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).to.deep.equal([...PACKAGE_FILES]);
    expect(strFromU8(files['results.json']!)).to.equal(
      JSON.stringify(studio.results, null, 2) + '\n',
    );
    expect(JSON.parse(strFromU8(files['framework.json']!))).to.deep.equal(studio.framework);
    // "Terbitkan situs": the site takar publish writes (buildSite), with a stand-in for the
    // element bundle (the real bundle and the served site: packages/cli/test/studio.test.ts).
    const bundleFiles = ['takar-frame.js', 'takar-resize.js', 'takar.css', 'takar.js'].map(
      (path) => ({ path, content: strToU8(`/* ${path} */\n`) }),
    );
    const bundle = zipSync(Object.fromEntries(bundleFiles.map((f) => [f.path, f.content])));
    studio.siteBundle = URL.createObjectURL(new Blob([bundle as BlobPart]));
    const site = await downloaded(studio, '#publish-site');
    expect(site.name).to.equal('asem-situs.zip');
    const published = unzipSync(site.bytes);
    const expectedSite = buildSite({
      years: [{ results: studio.results! }],
      bundle: bundleFiles,
    });
    expect(Object.keys(published)).to.deep.equal(expectedSite.files.map((f) => f.path));
    // Byte for byte (text files encoded as UTF-8, a CSV's BOM included).
    const same = (a: Uint8Array, b: Uint8Array) =>
      a.length === b.length && a.every((x, k) => x === b[k]);
    for (const f of expectedSite.files) {
      const want = typeof f.content === 'string' ? strToU8(f.content) : f.content;
      expect(same(published[f.path]!, want), f.path).to.equal(true);
    }
    // ASEM's units are countries: no map, and the status line says so.
    expect(Object.keys(published).some((f) => f.startsWith('data/boundaries'))).to.equal(false);
    await studio.updateComplete;
    expect(studio.shadowRoot!.querySelector('.status')!.textContent).to.contain('tanpa peta');
  });

  it('downloads the Smart City template, and the template filled with the example data and dropped gives the engine results', async function (this: Ctx) {
    this.timeout(120000);
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    watch(studio);
    const template = await downloaded(studio, '#download-template');
    expect(template.name).to.equal('smart-city-template.xlsx');
    const book = await readWorkbook(template.bytes, template.name);
    if (!book.ok) throw new Error('template unreadable');
    expect(book.sheets.map((sh) => sh.name)).to.deep.equal(['iData', 'indikator', 'iMeta']);
    const iData = book.sheets[0]!.table;
    expect(iData.names.slice(0, 4)).to.deep.equal(['kode', 'nama', 'provinsi', 'tahun']);
    expect(iData.rowCount).to.equal(514);
    // Filled in with the example data: the rows of its regions, every indicator cell.
    const example = exampleDataset('smart-city', 2024);
    const value = new Map(example.values.map((v) => [`${v.unit}|${v.indicator}`, v.value]));
    const kode = iData.columns[0] as ArrayLike<unknown>;
    const keep = Array.from({ length: iData.rowCount }, (_v, r) => r).filter((r) =>
      example.units.some((u) => u.code === kode[r]),
    );
    const filled = {
      names: iData.names,
      columns: iData.names.map((n, k) =>
        keep.map((r) => value.get(`${String(kode[r])}|${n}`) ?? iData.columns[k]?.[r] ?? null),
      ),
      rowCount: keep.length,
    };
    const bytes = await writeWorkbook(
      [
        { name: 'iData', table: filled, keep: 'all' },
        ...book.sheets
          .slice(1)
          .map((sh) => ({ name: sh.name, table: sh.table, keep: 'all' as const })),
      ],
      'en',
    );
    await dropFile(studio, new File([bytes as BlobPart], 'smart-city-terisi.xlsx'));
    await rendered(studio, 'takar-ranking');
    expect(studio.dataIssues).to.deep.equal([]);
    expect(studio.framework.id).to.equal('smart-city-terisi');
    // The engine on the same filled sheets (`takar score --data` gives these bytes: the Node test).
    const meta = frameworkFromTable(book.sheets[2]!.table, { id: 'smart-city-terisi' });
    const data = datasetFromTable(filled, parseFramework(meta.framework), {});
    const expected = score(meta.framework, withRegistry(data));
    expect(JSON.stringify(studio.results)).to.equal(JSON.stringify(expected));
    // The scores, ranks and audit as a workbook with the CLI's sheet names.
    const started = Date.now();
    while (!studio.auditReport) {
      if (Date.now() - started > 20000) throw new Error('no audit within 20 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    const xlsx = await downloaded(studio, '#download-xlsx');
    expect(xlsx.name).to.equal('smart-city-terisi-hasil.xlsx');
    const out = await readWorkbook(xlsx.bytes, xlsx.name);
    expect(out.ok && out.sheets.map((sh) => sh.name)).to.deep.equal([
      'skor',
      'peringkat',
      'statistik',
      'korelasi',
      'alpha',
    ]);
  });

  it('reads several composer workbooks dropped at once as years, and publishes every year as a series', async function (this: Ctx) {
    this.timeout(90000);
    const meta = tableRows(frameworkToTable(mini));
    // The 2023 workbook: other values, and its columns in another order.
    const rows2023 = [
      ['uName', 'uCode', 'b', 'a'],
      ['Kota Bandung', '32.73', 3, 1],
      ['Kota Surakarta', '33.72', 4, 4],
      ['Kota Jambi', '15.71', 1, 1],
    ];
    /** The two workbooks (2024, and 2023 with `data2023` as its iData) dropped together. */
    const drop = async (studio: TakarStudio, data2023: (string | number | null)[][] = rows2023) =>
      dropFile(
        studio,
        new File(
          [
            (await workbookBytes([
              { sheet: 'iData', rows },
              { sheet: 'iMeta', rows: meta },
            ])) as BlobPart,
          ],
          'komposer-2024.xlsx',
        ),
        new File(
          [
            (await workbookBytes([
              { sheet: 'iData', rows: data2023 },
              { sheet: 'iMeta', rows: meta },
            ])) as BlobPart,
          ],
          'komposer-2023.xlsx',
        ),
      );
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    watch(studio);
    await drop(studio);
    expect(studio.dataIssues).to.deep.equal([]);
    expect(studio.frameworkIssues).to.deep.equal([]);
    expect(studio.dataYears()).to.deep.equal([2023, 2024]);
    expect($(studio, '#framework').textContent).to.contain(
      'komposer-2024.xlsx + komposer-2023.xlsx (iMeta)',
    );
    // 2024 (the latest) is scored: index = mean(a, b): Jambi 2.75, Bandung 2.5, Surakarta 2.
    expect([...ranksByUnit(studio.results!, 'idx')]).to.deep.equal([
      ['32.73', 2],
      ['33.72', 3],
      ['15.71', 1],
    ]);
    // 2023: Surakarta 4, Bandung 2, Jambi 1.
    studio.setYear(2023);
    await studio.updateComplete;
    expect([...ranksByUnit(studio.results!, 'idx')]).to.deep.equal([
      ['32.73', 2],
      ['33.72', 1],
      ['15.71', 3],
    ]);
    // A session of it reopens the same years and the same ranks.
    const fresh = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    expect(fresh.restore(sessionText(studio.session()))).to.equal(true);
    await fresh.updateComplete;
    expect(fresh.dataYears()).to.deep.equal([2023, 2024]);
    expect(fresh.year).to.equal(2023);
    expect([...ranksByUnit(fresh.results!, 'idx')]).to.deep.equal([
      ...ranksByUnit(studio.results!, 'idx'),
    ]);
    fresh.remove(); // One studio on the page for the accessibility check at the end.
    // "Terbitkan situs" with every year: the series takar publish writes for the two documents.
    const bundleFiles = ['takar-frame.js', 'takar-resize.js', 'takar.css', 'takar.js'].map(
      (path) => ({ path, content: strToU8(`/* ${path} */\n`) }),
    );
    const bundle = zipSync(Object.fromEntries(bundleFiles.map((f) => [f.path, f.content])));
    studio.siteBundle = URL.createObjectURL(new Blob([bundle as BlobPart]));
    await studio.updateComplete;
    const series = $<HTMLInputElement>(studio, '#publish-series');
    expect(series.checked).to.equal(true);
    expect(series.closest('label')!.textContent).to.contain('2023, 2024');
    // Accessible with the series box shown (and, below, with several years' data refused).
    await expect(studio).to.be.accessible();
    const { docs, issues } = studio.yearDocuments()!;
    expect(issues).to.deep.equal([]);
    expect(docs.map((d) => d.year)).to.deep.equal([2023, 2024]);
    expect(JSON.stringify(docs[0])).to.equal(JSON.stringify(studio.results));
    const site = unzipSync((await downloaded(studio, '#publish-site')).bytes);
    // Its regions are kabupaten/kota: the site has the map, with the boundaries the studio uses.
    const at = new URL(studio.boundaries, document.baseURI);
    const boundaries = {
      file: at.pathname.split('/').pop()!,
      text: await (await fetch(at)).text(),
    };
    const expected = buildSite({
      years: docs.map((results) => ({ results })),
      bundle: bundleFiles,
      boundaries,
    });
    expect(Object.keys(site)).to.deep.equal(expected.files.map((f) => f.path));
    // Byte for byte (text files encoded as UTF-8, a CSV's BOM included).
    for (const f of expected.files) {
      const want = typeof f.content === 'string' ? strToU8(f.content) : f.content;
      const got = site[f.path]!;
      expect(got.length === want.length && got.every((x, k) => x === want[k]), f.path).to.equal(
        true,
      );
    }
    expect(JSON.parse(strFromU8(site['data/index.json']!)).years.length).to.equal(2);
    await studio.updateComplete;
    expect(studio.shadowRoot!.querySelector('.status')!.textContent).to.contain(
      'deret 2 tahun (2023, 2024)',
    );
    // Unticked: the site of the year scored alone.
    series.click();
    await studio.updateComplete;
    const one = unzipSync((await downloaded(studio, '#publish-site')).bytes);
    expect(Object.keys(one).filter((f) => f.startsWith('data/results'))).to.deep.equal([
      'data/results.json',
    ]);
    expect(strFromU8(one['data/results.json']!)).to.equal(JSON.stringify(studio.results) + '\n');
    // A year the engine refuses is named, in the trend and when publishing: a series has every
    // year or is not made. (2023's "a" is empty: the engine cannot score that year.)
    series.click();
    await studio.updateComplete;
    const flat = [
      ['uCode', 'uName', 'a', 'b'],
      ...rows2023.slice(1).map((r) => [r[1]!, r[0]!, null, r[2]!]),
    ];
    await drop(studio, flat);
    // The year chosen before (2023) is kept while the new data has it; 2024 is scored here.
    expect(studio.year).to.equal(2023);
    studio.setYear(2024);
    await studio.updateComplete;
    expect(studio.scoreIssues).to.deep.equal([]);
    const refused = studio.yearDocuments()!;
    expect(refused.docs.map((d) => d.year)).to.deep.equal([2024]);
    expect(refused.issues.map((i) => [i.code, i.path[0]])).to.deep.equal([
      ['data/no-values', '2023'],
    ]);
    expect(studio.publishSeries).to.equal(true);
    $(studio, '#publish-site').click();
    const waited = Date.now();
    while (!$(studio, '.status').textContent!.includes('data/no-values')) {
      if (Date.now() - waited > 20000) throw new Error('no refusal within 20 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect($(studio, '.status').textContent).to.contain('Situs tidak dapat dibuat:');
    ($(studio, '#trend-box') as HTMLDetailsElement).open = true;
    await new Promise((r) => setTimeout(r, 100));
    await studio.updateComplete;
    expect($(studio, '#trend-box .issues').textContent).to.contain('data/no-values');
    // A workbook and a CSV at once are refused, naming both.
    await dropFile(
      studio,
      new File([(await workbookBytes([{ sheet: 'iData', rows }])) as BlobPart], 'skor-2024.xlsx'),
      new File(['uCode,a,b\n32.73,1,2\n'], 'skor-2023.csv'),
    );
    expect(studio.dataIssues.map((i) => i.message)).to.deep.equal([
      'Beberapa berkas sekaligus (satu per tahun) harus semuanya CSV, atau semuanya Excel/JSON: skor-2023.csv CSV, skor-2024.xlsx bukan. Simpan setiap tahun dengan cara yang sama.',
    ]);
    await expect(studio).to.be.accessible();
  });

  it('lists an unreadable workbook as a problem', async () => {
    const studio = await fixture<TakarStudio>(html`<takar-studio></takar-studio>`);
    await studio.loadWorkbook(new TextEncoder().encode('bukan buku kerja'), 'rusak.xlsx');
    await studio.updateComplete;
    const codes = [...$(studio, '.issues').querySelectorAll('tbody code')].map(
      (c) => c.textContent,
    );
    expect(codes).to.deep.equal(['io/unreadable']);
  });
});

interface CspReport {
  type: 'takar-studio-csp';
  outcome: string;
  changes: number;
  packaged: number;
  intervals: number;
  optionIssues: string[];
  structureIssues: string[];
  template: number;
  workbook: number;
  requestsAfterLoad: number;
  foreign: string[];
  uncertaintyIssues: string[];
  violations: string[];
}

describe("Takar Studio under Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'", () => {
  async function loadCspPage(query = ''): Promise<CspReport> {
    const url = new URL(`../csp/studio-csp.html${query}`, import.meta.url).href;
    const header = (await fetch(url)).headers.get('content-security-policy');
    expect(header).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
    const iframe = document.createElement('iframe');
    iframe.title = 'Takar Studio under CSP';
    iframe.width = '1000';
    iframe.height = '3000';
    const report = new Promise<CspReport>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the CSP page did not report in 60 s')),
        60000,
      );
      window.addEventListener('message', function on(e: MessageEvent<CspReport>) {
        if (e.source !== iframe.contentWindow || e.data?.type !== 'takar-studio-csp') return;
        clearTimeout(timer);
        window.removeEventListener('message', on);
        resolve(e.data);
      });
    });
    iframe.src = url;
    document.body.append(iframe);
    try {
      return await report;
    } finally {
      iframe.remove();
    }
  }

  it('loads the example, ranks, rescores, edits and writes its files with no violation', async function (this: Ctx) {
    this.timeout(90000);
    const r = await loadCspPage();
    expect(r.outcome).to.equal('rendered');
    expect(r.changes).to.be.greaterThan(0);
    expect(r.packaged).to.be.greaterThan(1000);
    expect(r.uncertaintyIssues).to.deep.equal([]);
    expect(r.optionIssues).to.deep.equal([]);
    expect(r.structureIssues).to.deep.equal([]);
    // Both workbooks were written (the example's results workbook is about 270 KB).
    expect(r.template).to.be.greaterThan(10000);
    expect(r.workbook).to.be.greaterThan(100000);
    // Nothing leaves the page's origin after load (its own lazy modules and worker may load).
    expect(r.foreign).to.deep.equal([]);
    expect(r.requestsAfterLoad).to.be.greaterThan(0);
    expect(r.intervals).to.equal(
      unitCount(score(getFramework('smart-city'), exampleDataset('smart-city', 2024))),
    );
    expect(r.violations).to.deep.equal([]);
  });

  it('would notice a violation (control: an inline style attribute)', async function (this: Ctx) {
    this.timeout(90000);
    const r = await loadCspPage('?control');
    expect(r.outcome).to.equal('rendered');
    expect(
      r.violations.some((v) => v.startsWith('style-src')),
      r.violations.join('; '),
    ).to.equal(true);
  });
});
