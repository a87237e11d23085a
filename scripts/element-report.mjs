// `node scripts/element-report.mjs`: the size and speed report of the elements (needs the CDN
// build: `npm run build:packages && npx rollup -c`). Prints:
//   - the first script's gzip size (goal ≤ 20 KB): the CDN loader `takar.js`, and the loader with
//     the shared element chunk and <takar-ranking> (what runs before anything is drawn);
//   - total gzip of the JavaScript of a page with a chart (goal ≤ 200 KB), measured from what
//     headless Chromium actually requests;
//   - time from page load to the first chart for a 514-region ranking (the SPBE example's 491
//     regions plus 23 copies with new codes);
//   - time to re-sort and to filter those 514 rows (goal ≤ 16 ms), median of 7;
//   - <takar-map> with the 514-region boundaries (those of @takar/indonesia/boundaries, or the file
//     TAKAR_BOUNDARIES names): the gzip the map adds, time from page load to the first map, the
//     boundaries' fetch + parse + projection time, and the time to zoom to a province;
//   - the reader report (scripts/reader-report.mjs): first chart, data bytes, layout shift,
//     repeated fetches and page width, throttled to 4× CPU and a 400 kbit/s, 400 ms network.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { BOUNDARIES_FILE, ROOT, serveExamples } from './serve-examples.mjs';
import { readerReport } from './reader-report.mjs';

const CDN = join(ROOT, 'packages/elements/dist/cdn');
const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let loader;
try {
  loader = gzip(join(CDN, 'takar.js'));
} catch {
  console.error(
    'element-report: the CDN build is missing; run `npm run build:packages && npx rollup -c`.',
  );
  process.exit(1);
}

/** The SPBE example grown to 514 regions (Indonesia's count of kabupaten and kota). */
function document514() {
  const doc = JSON.parse(readFileSync(join(ROOT, 'examples/data/spbe-2020-2024.json'), 'utf8'));
  // Format 2 is columnar: every unit array and column grows by the same copied positions.
  const n = doc.units.codes.length;
  const from = Array.from({ length: 514 - n }, (_v, i) => i % n);
  const grow = (arr) => [...arr, ...from.map((i) => arr[i])];
  doc.units.codes = [
    ...doc.units.codes,
    ...from.map((_i, k) => `99.${String(k + 1).padStart(2, '0')}`),
  ];
  doc.units.names = [
    ...doc.units.names,
    ...from.map((i, k) => `${doc.units.names[i]} (salinan ${k + 1})`),
  ];
  for (const g of Object.keys(doc.units.groups ?? {}))
    doc.units.groups[g] = grow(doc.units.groups[g]);
  for (const c of doc.columns)
    for (const part of ['scores', 'ranks', 'bands', 'coverage', 'raw'])
      if (c[part]) c[part] = grow(c[part]);
  return JSON.stringify(doc);
}

const PAGE = `<!doctype html>
<html lang="id"><head><meta charset="utf-8" /><title>report</title>
<script type="module" src="/packages/elements/dist/cdn/takar.js"></script></head>
<body><takar-ranking src="/__report/spbe-514.json"></takar-ranking></body></html>`;

const MAP_PAGE = `<!doctype html>
<html lang="id"><head><meta charset="utf-8" /><title>map report</title>
<script type="module" src="/packages/elements/dist/cdn/takar.js"></script></head>
<body><takar-map src="/examples/data/smart-city-2024.json" boundaries="/__report/boundaries.geojson"
  region="32.73"></takar-map></body></html>`;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, 'localhost', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const json514 = document514();
const port = await freePort();
const server = await startDevServer({
  config: {
    rootDir: ROOT,
    port,
    hostname: 'localhost',
    nodeResolve: false,
    middleware: [
      function report(context, next) {
        if (context.path === '/__report/page.html') {
          context.type = 'html';
          context.body = PAGE;
          return undefined;
        }
        if (context.path === '/__report/map.html') {
          context.type = 'html';
          context.body = MAP_PAGE;
          return undefined;
        }
        if (context.path === '/__report/boundaries.geojson') {
          context.type = 'application/geo+json';
          context.body = readFileSync(BOUNDARIES_FILE);
          return undefined;
        }
        if (context.path === '/__report/spbe-514.json') {
          context.type = 'json';
          context.body = json514;
          return undefined;
        }
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const scripts = new Set();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/packages/elements/dist/cdn/')) scripts.add(url.pathname);
  });
  await page.addInitScript(() => {
    window.__firstChart = new Promise((resolve, reject) => {
      document.addEventListener('takar-rendered', () => resolve(performance.now()), { once: true });
      document.addEventListener('takar-error', (e) => reject(new Error(e.detail.message)), {
        once: true,
      });
    });
  });
  await page.goto(`http://localhost:${port}/__report/page.html`);
  const firstChart = await page.evaluate(() => window.__firstChart);
  const timings = await page.evaluate(async () => {
    const el = document.querySelector('takar-ranking');
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = async (action) => {
      const out = [];
      for (let i = 0; i < 7; i++) {
        el.sortBy('rank', 'ascending');
        el.filter('', {});
        await el.updateComplete;
        const t = performance.now();
        action(i);
        await el.updateComplete;
        out.push(performance.now() - t);
      }
      return median(out);
    };
    const rows = el.shadowRoot.querySelectorAll('tbody tr').length;
    const sort = await time((i) => el.sortBy(i % 2 ? 'score' : 'name'));
    const filter = await time(() => el.filter('kab'));
    const group = await time(() => el.filter('', { province: 'Jawa Barat' }));
    // Re-sort until the chart is redrawn too (Vega updates the view's data in place).
    const redraw = [];
    for (let i = 0; i < 5; i++) {
      const drawn = new Promise((r) => el.addEventListener('takar-rendered', r, { once: true }));
      const t = performance.now();
      el.sortBy(i % 2 ? 'score' : 'name');
      await drawn;
      redraw.push(performance.now() - t);
    }
    return {
      rows,
      units: el.resultsDocument.units.codes.length,
      sort,
      filter,
      group,
      redraw: median(redraw),
    };
  });
  const files = [...scripts].sort();
  const sizes = files.map((f) => [f, gzip(join(ROOT, f))]);
  const total = sizes.reduce((s, [, n]) => s + n, 0);
  const shared = sizes
    .filter(([f]) => /\/(takar|chunks\/(elements|ranking)-[^/]*)\.js$/.test(f))
    .reduce((s, [, n]) => s + n, 0);
  const data = gzipSync(json514).length;
  const ok = (value, goal) => (value <= goal ? 'ok' : 'OVER');
  console.log('Takar elements: size and speed report (headless Chromium, this machine)');
  console.log(
    `  first script (CDN loader takar.js), gzip:        ${kb(loader)}   goal ≤ 20 KB: ${ok(loader, 20 * 1024)}`,
  );
  console.log(
    `  loader + shared element chunk + <takar-ranking>: ${kb(shared)}   goal ≤ 20 KB: ${ok(shared, 20 * 1024)}`,
  );
  console.log(
    `  total JavaScript for a page with a chart, gzip:   ${kb(total)}  goal ≤ 200 KB: ${ok(total, 200 * 1024)}`,
  );
  for (const [f, n] of sizes)
    console.log(`      ${kb(n).padStart(9)}  ${f.replace('/packages/elements/dist/cdn/', '')}`);
  console.log(`  results document (${timings.units} regions), gzip:           ${kb(data)}`);
  console.log(
    `  page load → first chart (${timings.units}-region ranking):     ${Math.round(firstChart)} ms`,
  );
  console.log(
    `  re-sort ${timings.units} rows (table updated), median:       ${timings.sort.toFixed(1)} ms   goal ≤ 16 ms: ${ok(timings.sort, 16)}`,
  );
  console.log(
    `  search filter (table updated), median:          ${timings.filter.toFixed(1)} ms   goal ≤ 16 ms: ${ok(timings.filter, 16)}`,
  );
  console.log(
    `  province filter (table updated), median:        ${timings.group.toFixed(1)} ms   goal ≤ 16 ms: ${ok(timings.group, 16)}`,
  );
  console.log(`  re-sort until the chart is redrawn, median:     ${timings.redraw.toFixed(1)} ms`);
  console.log(`  (table shows ${timings.rows} rows per page; the chart shows the page's bars)`);

  if (!existsSync(BOUNDARIES_FILE)) {
    console.log(
      `  <takar-map>: skipped, no boundaries at ${BOUNDARIES_FILE} (set TAKAR_BOUNDARIES)`,
    );
  } else {
    const mapPage = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const mapScripts = new Set();
    mapPage.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/packages/elements/dist/cdn/')) mapScripts.add(url.pathname);
    });
    await mapPage.addInitScript(() => {
      window.__firstMap = new Promise((resolve, reject) => {
        document.addEventListener('takar-rendered', () => resolve(performance.now()), {
          once: true,
        });
        document.addEventListener('takar-error', (e) => reject(new Error(e.detail.message)), {
          once: true,
        });
      });
    });
    await mapPage.goto(`http://localhost:${port}/__report/map.html`);
    const firstMap = await mapPage.evaluate(() => window.__firstMap);
    const map = await mapPage.evaluate(async () => {
      const el = document.querySelector('takar-map');
      const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const zoom = [];
      for (let i = 0; i < 7; i++) {
        el.zoom = undefined;
        await el.updateComplete;
        const t = performance.now();
        el.zoom = i % 2 ? '32' : '94';
        await el.updateComplete;
        zoom.push(performance.now() - t);
      }
      return {
        regions: el.shadowRoot.querySelectorAll('svg.map path[data-unit]').length,
        boundariesMs: el.boundariesMs,
        zoom: median(zoom),
      };
    });
    const mapSizes = [...mapScripts].sort().map((f) => [f, gzip(join(ROOT, f))]);
    const mapTotal = mapSizes.reduce((s, [, n]) => s + n, 0);
    const added = mapSizes
      .filter(([f]) => /\/chunks\/map(-geo)?-[^/]*\.js$/.test(f))
      .reduce((s, [, n]) => s + n, 0);
    console.log('  <takar-map> (Smart City 2024 example results, 514-region boundaries):');
    console.log(`    gzip the map adds (map + map-geo chunks):     ${kb(added)}`);
    console.log(`    total JavaScript for a page with a map, gzip: ${kb(mapTotal)}`);
    for (const [f, n] of mapSizes)
      console.log(`      ${kb(n).padStart(9)}  ${f.replace('/packages/elements/dist/cdn/', '')}`);
    console.log(
      `    boundaries file: ${kb(readFileSync(BOUNDARIES_FILE).length)} raw, ${kb(gzip(BOUNDARIES_FILE))} gzip`,
    );
    console.log(
      `    page load → first map (${map.regions} regions drawn):  ${Math.round(firstMap)} ms`,
    );
    console.log(
      `    boundaries fetch + parse + projection:       ${Math.round(map.boundariesMs)} ms`,
    );
    console.log(`    zoom to a province, median of 7:             ${map.zoom.toFixed(1)} ms`);
    await mapPage.close();
  }
  // What a reader on a slow phone meets (throttled), on the examples server with gzip.
  const examples = await serveExamples({ port: await freePort(), gzip: true });
  try {
    await readerReport(browser, examples.url);
  } finally {
    await examples.server.stop();
  }
} finally {
  await browser.close();
  await server.stop();
}
