// `npm run screenshots`: serves the examples on a free port and, in headless Chromium (Debian's,
// or CHROME_PATH), saves under docs/screenshots/:
//   - every element of examples/gallery/ in light and dark, Indonesian and English
//     (`<element>-<light|dark>-<id|en>.png`), once all of its charts are drawn;
//   - the example pages (start.png, the first screen of `npm start`; ministry.png, portal.png,
//     iframe.png, react.png, vue.png).
// Fails on page errors, console errors or Content-Security-Policy violations.
import { mkdirSync } from 'node:fs';
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
if (isStale()) await buildExampleApps();
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
  for (const theme of ['light', 'dark']) {
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
  {
    const name = 'map phone';
    const page = await open(name, { width: 390, height: 9000 });
    await page.goto(`${url}examples/gallery/`, { waitUntil: 'load' });
    await waitRendered(page, name, ELEMENTS.length);
    await page
      .locator('section[data-name="map"]')
      .screenshot({ path: 'docs/screenshots/map-phone-id.png' });
    console.log('screenshots: docs/screenshots/map-phone-id.png');
    await page.close();
  }
  // The ministry page's map card, with the boundaries npm start serves.
  {
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
  for (const { name, path, viewport, waitFor, map } of pages) {
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
