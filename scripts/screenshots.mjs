// `npm run screenshots`: serves the examples on a free port and, in headless Chromium (Debian's,
// or CHROME_PATH), saves under docs/screenshots/:
//   - every element of examples/gallery/ in light and dark, Indonesian and English
//     (`<element>-<light|dark>-<id|en>.png`), once all of its charts are drawn;
//   - the example pages (start.png, the first screen of `npm start`; ministry.png, portal.png,
//     iframe.png, react.png, vue.png);
//   - every element at 360 px, light and dark (`<element>-phone-<light|dark>.png`);
//   - the portal example printed to PDF (print styles) and its first page rendered to PNG with
//     pdftoppm (Debian's poppler-utils): print-portal.png.
// `--only=gallery,map-phone,ministry-map,pages,phone,print` runs some parts only.
// Fails on page errors, console errors or Content-Security-Policy violations.
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { buildExampleApps, isStale } from './build-example-apps.mjs';
import { existsSync } from 'node:fs';
import { BOUNDARIES_FILE, buildIfNeeded, serveExamples } from './serve-examples.mjs';

const ELEMENTS = [
  'ranking',
  'profile',
  'compare',
  'trend',
  'awards',
  'impact',
  'distribution',
  'map',
  'map-change',
  'map-band',
];
const pages = [
  // The first screen of `npm start`: the examples index with a map on the shipped boundaries.
  {
    name: 'start',
    path: 'examples/',
    viewport: { width: 1280, height: 800 },
    waitFor: 1,
    map: true,
  },
  {
    name: 'ministry',
    path: 'examples/ministry/',
    viewport: { width: 1100, height: 1000 },
    waitFor: 1,
  },
  { name: 'portal', path: 'examples/portal/', viewport: { width: 1000, height: 1000 }, waitFor: 1 },
  { name: 'iframe', path: 'examples/iframe/', viewport: { width: 1000, height: 900 }, waitFor: 0 },
  { name: 'react', path: 'examples/react/', viewport: { width: 1000, height: 1700 }, waitFor: 2 },
  { name: 'vue', path: 'examples/vue/', viewport: { width: 1000, height: 1700 }, waitFor: 2 },
];

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

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (part) => !only || only.includes(part);

const executablePath = findChromium();
if (!executablePath) {
  console.error(
    'Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH',
  );
  process.exit(1);
}
if (!existsSync(BOUNDARIES_FILE)) {
  console.error(
    `screenshots: the maps need boundaries; none at ${BOUNDARIES_FILE} (set TAKAR_BOUNDARIES).`,
  );
  process.exit(1);
}
buildIfNeeded();
if (runs('pages') && isStale()) await buildExampleApps();
const { server, url } = await serveExamples({ port: await freePort() });
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
const problems = [];

/** Opens a page that records CSP violations and counts takar-rendered / takar-error events. */
async function open(name, viewport) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => problems.push(`${name}: page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`${name}: console.${m.type()}: ${m.text()}`);
  });
  // Init scripts run before the page's own and are not subject to its CSP.
  await page.addInitScript(() => {
    window.__violations = [];
    window.__rendered = new Set();
    window.__errors = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      true,
    );
    document.addEventListener('takar-rendered', (e) => window.__rendered.add(e.target));
    document.addEventListener('takar-error', (e) =>
      window.__errors.push(`${e.target.localName}: ${e.detail.message}`),
    );
  });
  return page;
}

async function waitRendered(page, name, count) {
  await page.waitForFunction(
    (n) => window.__rendered.size >= n || window.__errors.length > 0,
    count,
    {
      timeout: 60000,
    },
  );
  const errors = await page.evaluate(() => window.__errors);
  problems.push(...errors.map((e) => `${name}: takar-error: ${e}`));
  await page.waitForTimeout(300);
}

/** Waits until the page's first map has drawn its regions (or an element reported an error). */
async function waitForMap(page) {
  await page.waitForFunction(
    () =>
      (document.querySelector('takar-map')?.shadowRoot?.querySelectorAll('svg.map path').length ??
        0) > 0 || window.__errors.length > 0,
    undefined,
    { timeout: 60000 },
  );
  await page.waitForTimeout(300);
}

try {
  mkdirSync('docs/screenshots', { recursive: true });
  for (const theme of runs('gallery') ? ['light', 'dark'] : []) {
    for (const lang of ['id', 'en']) {
      const name = `gallery ${theme} ${lang}`;
      // Tall enough that every element is in view at once (charts wait until scrolled into view).
      const page = await open(name, { width: 860, height: 9000 });
      await page.goto(`${url}examples/gallery/?theme=${theme}&lang=${lang}`, { waitUntil: 'load' });
      await waitRendered(page, name, ELEMENTS.length);
      for (const element of ELEMENTS) {
        const file = `docs/screenshots/${element}-${theme}-${lang}.png`;
        await page.locator(`section[data-name="${element}"]`).screenshot({ path: file });
      }
      problems.push(
        ...(await page.evaluate(() => window.__violations)).map(
          (v) => `${name}: CSP violation: ${v}`,
        ),
      );
      console.log(`screenshots: ${ELEMENTS.length} elements, ${theme}, ${lang}`);
      await page.close();
    }
  }
  // The map on a phone: two panels, west and east, so each half stays legible.
  if (runs('map-phone')) {
    const name = 'map phone';
    const page = await open(name, { width: 390, height: 9000 });
    await page.goto(`${url}examples/gallery/`, { waitUntil: 'load' });
    // Only the map: the gallery is taller than the window, and elements far below it wait.
    await page.locator('section[data-name="map"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => window.__rendered.has(document.querySelector('section[data-name="map"] takar-map')),
      undefined,
      { timeout: 60000 },
    );
    await page
      .locator('section[data-name="map"]')
      .screenshot({ path: 'docs/screenshots/map-phone-id.png' });
    console.log('screenshots: docs/screenshots/map-phone-id.png');
    await page.close();
  }
  // The ministry page's map card, with the boundaries npm start serves.
  if (runs('ministry-map')) {
    const name = 'ministry map';
    const page = await open(name, { width: 1100, height: 1000 });
    await page.goto(`${url}examples/ministry/`, { waitUntil: 'load' });
    await page.locator('takar-map').scrollIntoViewIfNeeded();
    await waitForMap(page);
    problems.push(...(await page.evaluate(() => window.__errors)).map((e) => `${name}: ${e}`));
    await page
      .locator('.card', { has: page.locator('takar-map') })
      .screenshot({ path: 'docs/screenshots/ministry-map.png' });
    console.log('screenshots: docs/screenshots/ministry-map.png');
    await page.close();
  }
  // Every element on a 360 px phone, light and dark: each brought into view (elements load
  // when they come near it), then photographed.
  for (const theme of runs('phone') ? ['light', 'dark'] : []) {
    const name = `phone ${theme}`;
    const page = await open(name, { width: 360, height: 740 });
    await page.goto(`${url}examples/gallery/?theme=${theme}&lang=id`, { waitUntil: 'load' });
    for (const element of ELEMENTS) {
      const section = page.locator(`section[data-name="${element}"]`);
      await section.scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (n) =>
          [...window.__rendered].some((e) => e.closest(`section[data-name="${n}"]`)) ||
          window.__errors.length > 0,
        element,
        { timeout: 60000 },
      );
      await page.waitForTimeout(300);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) problems.push(`${name}: ${element} makes the page ${width} px wide`);
      await section.screenshot({ path: `docs/screenshots/${element}-phone-${theme}.png` });
    }
    problems.push(...(await page.evaluate(() => window.__errors)).map((e) => `${name}: ${e}`));
    console.log(`screenshots: ${ELEMENTS.length} elements at 360 px, ${theme}`);
    await page.close();
  }
  // The portal example printed: no toolbars or pagers; the first PDF page rendered to PNG.
  if (runs('print')) {
    const name = 'print';
    const page = await open(name, { width: 1000, height: 800 });
    await page.goto(`${url}examples/portal/`, { waitUntil: 'load' });
    const count = await page.evaluate(() => document.querySelectorAll('main [src]').length);
    for (let i = 0; i < 40; i++) {
      const done = await page.evaluate((n) => {
        if (window.__rendered.size + window.__errors.length >= n) return true;
        window.scrollBy(0, 600);
        return false;
      }, count);
      if (done) break;
      await page.waitForTimeout(500);
    }
    await page.waitForTimeout(500);
    const dir = mkdtempSync(join(tmpdir(), 'takar-print-'));
    try {
      const pdf = join(dir, 'portal.pdf');
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pagesPrinted = /Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? '?';
      const r = spawnSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '1',
        pdf,
        join(dir, 'page'),
      ]);
      if (r.error || r.status !== 0) {
        problems.push(
          'print: pdftoppm failed (install poppler-utils: apt-get install -y poppler-utils)',
        );
      } else {
        const png = readdirSync(dir).find((f) => f.endsWith('.png'));
        renameSync(join(dir, png), 'docs/screenshots/print-portal.png');
        console.log(
          `screenshots: docs/screenshots/print-portal.png (the portal prints as ${pagesPrinted} A4 pages)`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.close();
  }
  for (const { name, path, viewport, waitFor, map } of runs('pages') ? pages : []) {
    const page = await open(name, viewport);
    const started = performance.now();
    await page.goto(url + path, { waitUntil: 'load' });
    if (waitFor > 0) await waitRendered(page, name, waitFor);
    else await page.waitForTimeout(3000);
    if (map) await waitForMap(page);
    const ms = Math.round(performance.now() - started);
    problems.push(
      ...(await page.evaluate(() => window.__violations)).map(
        (v) => `${name}: CSP violation: ${v}`,
      ),
    );
    await page.screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`screenshots: docs/screenshots/${name}.png (first chart after ${ms} ms)`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
