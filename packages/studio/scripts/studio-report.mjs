/* global requestAnimationFrame, File, atob -- used inside page.evaluate, in the browser */
// `node packages/studio/scripts/studio-report.mjs`: opens the studio as `npm start` serves it
// (gzip on, the strict CSP) in headless Chromium and prints figures: the bytes and time to the
// first paint, then to "siap luring" (the preload of every part), the time from "use the example
// data" to the first rendered ranking, the median recompute time after a weight change,
// Content-Security-Policy violations, console errors, and every request made after siap luring
// (there should be none). Figures, not a test: shared machines vary.
// With `--screenshots` it also writes docs/screenshots/studio-*.png for docs/guides/studio.md.
import { Buffer } from 'node:buffer';
import { chromium } from 'playwright-core';
import { formatCsv } from '@takar/core';
import { regions } from '@takar/indonesia';
import writeXlsxFile from 'write-excel-file/node';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/find-chromium.mjs';
import { serveExamples } from '../../../scripts/serve-examples.mjs';
import { buildStudio, isStale } from './build.mjs';

if (isStale()) await buildStudio();

/**
 * 514 kabupaten/kota × 100 indicators (5 dimensions × 4 aspects × 5 indicators), seeded: the
 * size the issue asks the studio to handle, as a framework JSON and a wide CSV.
 */
async function large() {
  let a = 514;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nodes = [{ code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } }];
  const indicators = [];
  for (let d = 1; d <= 5; d++) {
    nodes.push({ code: `d${d}`, parent: 'idx', type: 'aggregate', label: { id: `Dimensi ${d}` } });
    for (let p = 1; p <= 4; p++) {
      nodes.push({
        code: `d${d}.${p}`,
        parent: `d${d}`,
        type: 'aggregate',
        label: { id: `Aspek ${d}.${p}` },
      });
      for (let i = 1; i <= 5; i++) {
        const code = `d${d}.${p}.${i}`;
        nodes.push({
          code,
          parent: `d${d}.${p}`,
          type: 'indicator',
          label: { id: `Indikator ${code}` },
        });
        indicators.push(code);
      }
    }
  }
  const units = regions();
  const columns = indicators.map(() =>
    units.map(() => (rnd() < 0.05 ? null : Math.round(rnd() * 10000) / 100)),
  );
  const csv = formatCsv({
    names: ['kode', 'nama', ...indicators],
    columns: [units.map((r) => r.code), units.map((r) => r.name), ...columns],
    rowCount: units.length,
  });
  // The same as a composer workbook: iData (the values) and iMeta (the framework, COINr style).
  const cell = (v) =>
    v === null
      ? null
      : typeof v === 'number'
        ? { value: v, type: Number }
        : { value: v, type: String };
  const iData = [
    ['uCode', 'uName', ...indicators],
    ...units.map((r, i) => [r.code, r.name, ...columns.map((c) => c[i])]),
  ];
  const iMeta = [
    ['iCode', 'iName', 'Level', 'Parent', 'Weight', 'Direction', 'Type'],
    ...nodes
      .filter((n) => n.parent !== null)
      .map((n) => [
        n.code,
        n.label.id,
        n.type === 'indicator' ? 1 : n.code.split('.').length === 1 ? 3 : 2,
        n.parent === 'idx' ? 'Indeks' : n.parent,
        1,
        n.type === 'indicator' ? 1 : null,
        n.type === 'indicator' ? 'Indicator' : 'Aggregate',
      ]),
    ['Indeks', 'Indeks besar (sintetis)', 4, null, 1, null, 'Aggregate'],
  ];
  const workbook = await writeXlsxFile([
    { sheet: 'iData', data: iData.map((r) => r.map(cell)) },
    { sheet: 'iMeta', data: iMeta.map((r) => r.map(cell)) },
  ]).toBuffer();
  return {
    framework: { id: 'besar', version: '1', label: { id: 'Indeks besar (sintetis)' }, nodes },
    csv,
    workbook: Buffer.from(workbook).toString('base64'),
    workbookBytes: workbook.length,
  };
}
const big = await large();

/** Screenshots of the studio with the example data and one weight moved, wide and at 360 px. */
async function screenshots(page) {
  const dir = new URL('../../../docs/screenshots/', import.meta.url);
  const shot = async (selector, name) => {
    const el = page.locator('takar-studio').locator(selector);
    await el.scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await el.screenshot({ path: new URL(name, dir).pathname });
    console.log(`  wrote docs/screenshots/${name}`);
  };
  await page.evaluate(() => document.querySelector('takar-studio').setWeight('governance', 2));
  await page.waitForTimeout(500);
  await shot('#s1 >> xpath=..', 'studio-data.png');
  await shot('#s2 >> xpath=..', 'studio-framework.png');
  await page.evaluate(() =>
    document.querySelector('takar-studio').setOptions({ treat: 'default,winmax=3' }),
  );
  await shot('#pipeline-options', 'studio-options.png');
  await page.evaluate(() => document.querySelector('takar-studio').setOptions({}));
  await shot('#audit', 'studio-audit.png');
  await shot('#results', 'studio-results.png');
  await shot('#tuning', 'studio-tuning.png');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(800);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new URL('studio-phone.png', dir).pathname });
  console.log('  wrote docs/screenshots/studio-phone.png');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => document.querySelector('takar-studio').resetWeights());
}
const STUDIO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const port = Number(process.env.PORT || 8791);
// The policy issue 17 names, stricter than the examples' own (it adds default-src 'self', so
// connections, images, fonts and workers must come from the page's origin too). Set by the
// server, not by intercepting requests, which would turn the browser's cache off.
// The paths that reach the server after siap luring (the browser's cache answers some of the
// responses the page sees).
const reached = { on: false, paths: [] };
const { server, url } = await serveExamples({
  port,
  gzip: true,
  studioPolicy: STUDIO_CSP,
  onRequest: (path) => reached.on && reached.paths.push(path),
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      errors.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('crash', () => console.error('studio-report: the page crashed'));
  // Bytes over the wire until the first paint, then until "siap luring" (every part fetched),
  // then every request after that (there should be none).
  let phase = 'first';
  const wire = { first: 0, preload: 0 };
  const count = { first: 0, preload: 0 };
  const afterLoad = [];
  page.on('response', async (r) => {
    const len = Number((await r.allHeaders())['content-length'] ?? 0);
    if (phase === 'after') afterLoad.push({ url: new URL(r.url()), len });
    else {
      wire[phase] += len;
      count[phase]++;
    }
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(
        `${e.violatedDirective}: ${e.blockedURI || e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  const opened = Date.now();
  await page.goto(`${url}studio/`, { waitUntil: 'commit' });
  await page.waitForFunction(() =>
    document.querySelector('takar-studio')?.shadowRoot?.querySelector('#example'),
  );
  const firstPaint = Date.now() - opened;
  phase = 'preload';
  await page.waitForFunction(() =>
    ['ready', 'partial'].includes(document.querySelector('takar-studio')?.getAttribute('offline')),
  );
  const offline = {
    ms: Date.now() - opened,
    ...(await page.evaluate(() => {
      const studio = document.querySelector('takar-studio');
      return {
        state: studio.getAttribute('offline'),
        workers: studio.offlineParts.find((p) => p.name === 'workers')?.files ?? 0,
      };
    })),
  };
  // Responses still in flight are counted with the preload.
  await page.waitForTimeout(300);
  phase = 'after';
  reached.on = true;
  const started = Date.now();
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const studio = document.querySelector('takar-studio');
        studio.addEventListener('takar-rendered', (e) => {
          if (e.composedPath()[0].localName === 'takar-ranking') resolve();
        });
        studio.shadowRoot.querySelector('#example').click();
        // The elements draw when near the viewport: the results are brought into view, as a
        // user scrolls to them.
        studio.updateComplete.then(() =>
          studio.shadowRoot.querySelector('takar-ranking').scrollIntoView(),
        );
      }),
  );
  const firstRanking = Date.now() - started;
  // Weight changes: set each dimension slider in turn, as a user dragging would.
  const times = await page.evaluate(async () => {
    const studio = document.querySelector('takar-studio');
    const out = [];
    for (let i = 0; i < 15; i++) {
      const code = studio.shadowRoot.querySelectorAll('.sliders input')[i % 6].dataset.code;
      studio.setWeight(code, 1 + ((i * 7) % 10) / 10);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      out.push(studio.recomputeMs);
    }
    return out;
  });
  const sorted = [...times].sort((a, b) => a - b);
  const changes = await page.evaluate(() => document.querySelector('takar-studio').changes.length);
  if (process.argv.includes('--screenshots')) await screenshots(page);
  // Uncertainty: 500 replications in Web Workers (the built worker, under the same CSP).
  const unc = await page.evaluate(async () => {
    const studio = document.querySelector('takar-studio');
    studio.resetWeights();
    studio.uncRuns = 500;
    const started = performance.now();
    await studio.runUncertainty();
    return {
      ms: performance.now() - started,
      issues: studio.uncIssues.length,
      units: Object.keys(studio.intervals ?? {}).length,
    };
  });
  // 514 × 100: a framework file, then the CSV as if dropped; time to the first ranking, then the
  // recompute after weight changes.
  const bigFigures = await page.evaluate(async ({ framework, csv, workbook }) => {
    const studio = document.querySelector('takar-studio');
    // The ranking draws when near the viewport: it is kept in view (as a user scrolls to it)
    // until it has drawn, since the sections above it change height as the new data comes in.
    const inView = async (drawn) => {
      let done = false;
      void drawn.then(() => (done = true));
      while (!done) {
        await studio.updateComplete;
        studio.shadowRoot.querySelector('takar-ranking')?.scrollIntoView();
        await Promise.race([drawn, new Promise((r) => setTimeout(r, 250))]);
      }
    };
    studio.loadFrameworkText(JSON.stringify(framework), 'besar.json');
    await studio.updateComplete;
    const started = performance.now();
    const file = new File([csv], 'besar.csv', { type: 'text/csv' });
    const shown = new Promise((resolve) => {
      studio.addEventListener('takar-rendered', function on(e) {
        if (
          e.composedPath()[0].localName !== 'takar-ranking' ||
          studio.results?.framework.id !== 'besar'
        )
          return;
        studio.removeEventListener('takar-rendered', on);
        resolve();
      });
    });
    await studio.loadFile(file);
    await inView(shown);
    const first = performance.now() - started;
    const out = [];
    for (let i = 0; i < 21; i++) {
      studio.setWeight(`d${(i % 5) + 1}`, 0.5 + ((i * 7) % 20) / 10);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      out.push(studio.recomputeMs);
    }
    // The same data as a composer workbook (iData + iMeta), dropped as a file.
    const bytes = Uint8Array.from(atob(workbook), (c) => c.charCodeAt(0));
    const bookStarted = performance.now();
    const bookShown = new Promise((resolve) => {
      studio.addEventListener('takar-rendered', function on(e) {
        if (
          e.composedPath()[0].localName !== 'takar-ranking' ||
          studio.results?.framework.id !== 'besar-xlsx'
        )
          return;
        studio.removeEventListener('takar-rendered', on);
        resolve();
      });
    });
    await studio.loadFile(new File([bytes], 'besar-xlsx.xlsx'));
    const bookIssues = [...studio.dataIssues, ...studio.frameworkIssues].map((i) => i.message);
    if (!bookIssues.length) await inView(bookShown);
    const book = performance.now() - bookStarted;
    // A pipeline option changed (the original weights scored again under it, then the edit).
    const optionTimes = [];
    for (const normalise of ['zscore', 'minmax:0,10', 'rank', 'zscore', 'minmax']) {
      const t0 = performance.now();
      studio.setOptions({ normalise, treat: 'default' });
      optionTimes.push(performance.now() - t0);
    }
    const optionIssues = studio.optionIssues.length;
    studio.setOptions({});
    // The results workbook (scores, ranks and audit sheets) of 514 × 100.
    await new Promise((r) => setTimeout(r, 2500));
    const x0 = performance.now();
    const xlsx = await studio.workbookBytes();
    const xlsxMs = performance.now() - x0;
    return {
      first,
      times: out.slice(1),
      units: studio.results.units.codes.length,
      book,
      bookIssues,
      optionTimes,
      optionIssues,
      xlsxMs,
      xlsxBytes: xlsx?.length ?? 0,
    };
  }, big);
  const bigSorted = [...bigFigures.times].sort((a, b) => a - b);
  const optionSorted = [...bigFigures.optionTimes].sort((a, b) => a - b);
  // The template of the framework in use (514 regions × 100 indicators), as "Unduh templat" writes it.
  const template = await page.evaluate(async () => {
    const studio = document.querySelector('takar-studio');
    const t0 = performance.now();
    const bytes = await studio.templateBytes();
    return { ms: performance.now() - t0, bytes: bytes.length, framework: studio.framework.id };
  });
  await page.waitForTimeout(1500);
  const csp = await page.evaluate(() => window.__csp);
  console.log(`Takar Studio report (${url}studio/, Chromium, gzip on, ${STUDIO_CSP})`);
  console.log(
    `  first paint (the studio usable): ${(wire.first / 1024).toFixed(1)} KB over the wire (gzip) in ${count.first} responses, ${firstPaint} ms`,
  );
  console.log(
    `  siap luring (${offline.state}): ${offline.ms} ms after opening; the preload added ${(wire.preload / 1024).toFixed(1)} KB in ${count.preload} responses (every chunk, ${offline.workers} uncertainty workers, the site bundle, the boundaries)`,
  );
  console.log(`  example data → first ranking rendered: ${firstRanking} ms`);
  console.log(
    `  recompute after a weight change (score + rank changes, ${times.length} changes): median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms; ${changes} ranks changed at the end`,
  );
  console.log(
    `  uncertainty, 500 replications in Web Workers (${unc.units} rank intervals, ${unc.issues} issues): ${unc.ms.toFixed(0)} ms`,
  );
  console.log(
    `  ${bigFigures.units} regions × 100 indicators: CSV file (${(big.csv.length / 1024).toFixed(0)} KB) → first ranking rendered ${bigFigures.first.toFixed(0)} ms; recompute after a weight change median ${bigSorted[Math.floor(bigSorted.length / 2)].toFixed(1)} ms, max ${bigSorted.at(-1).toFixed(1)} ms (${bigSorted.length} changes)`,
  );
  console.log(
    `  the same as a composer workbook (iData + iMeta, ${(big.workbookBytes / 1024).toFixed(0)} KB .xlsx) → first ranking rendered ${bigFigures.book.toFixed(0)} ms${bigFigures.bookIssues.length ? `; problems: ${bigFigures.bookIssues.join(' | ')}` : ''}`,
  );
  console.log(
    `  pipeline option changed on 514 × 100 (score the original weights again + rescore, ${optionSorted.length} changes, ${bigFigures.optionIssues} issues): median ${optionSorted[Math.floor(optionSorted.length / 2)].toFixed(1)} ms, max ${optionSorted.at(-1).toFixed(1)} ms`,
  );
  console.log(
    `  results workbook of 514 × 100 (.xlsx: skor, peringkat, statistik, korelasi, alpha): ${(bigFigures.xlsxBytes / 1024).toFixed(0)} KB in ${bigFigures.xlsxMs.toFixed(0)} ms`,
  );
  console.log(
    `  template of ${template.framework} (.xlsx, 514 regions × 100 indicators): ${(template.bytes / 1024).toFixed(0)} KB in ${template.ms.toFixed(0)} ms`,
  );
  console.log(`  CSP violations: ${csp.length}${csp.length ? ': ' + csp.join('; ') : ''}`);
  console.log(
    `  console errors/warnings: ${errors.length}${errors.length ? ': ' + errors.join('; ') : ''}`,
  );
  // Every request after load, by file: none may leave the page's origin.
  const origin = new URL(url).origin;
  const foreign = afterLoad.filter((r) => r.url.origin !== origin);
  const byPath = new Map();
  for (const r of afterLoad) {
    const was = byPath.get(r.url.pathname) ?? { n: 0, bytes: 0 };
    byPath.set(r.url.pathname, { n: was.n + 1, bytes: was.bytes + r.len });
  }
  console.log(
    `  requests after siap luring that reached the server: ${reached.paths.length}${reached.paths.length ? ` (${[...new Set(reached.paths)].join(', ')})` : ''}`,
  );
  console.log(
    `  responses the page saw after siap luring (the browser's cache included): ${afterLoad.length}, from other origins: ${foreign.length}${foreign.length ? ` (${foreign.map((r) => r.url.href).join(', ')})` : ''}; the page's own files: ${[...byPath].map(([p, v]) => `${p}${v.n > 1 ? ` ×${v.n}` : ''} (${v.bytes} B)`).join(', ') || 'none'}`,
  );
} finally {
  await browser.close();
  await server.stop();
}
