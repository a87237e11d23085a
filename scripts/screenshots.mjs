// `npm run screenshots`: serves the examples on a free port, opens the ministry and portal pages in
// headless Chromium (Debian's, or CHROME_PATH), waits until <takar-ranking> has drawn its chart,
// and saves docs/screenshots/ministry.png and portal.png. Fails on page errors, console errors or
// Content-Security-Policy violations.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';
import { buildIfNeeded, serveExamples } from './serve-examples.mjs';

const pages = [
  { name: 'ministry', path: 'examples/ministry/', viewport: { width: 1100, height: 900 } },
  { name: 'portal', path: 'examples/portal/', viewport: { width: 1000, height: 900 } },
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
buildIfNeeded();
const { server, url } = await serveExamples({ port: await freePort() });
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
let problems = [];
try {
  mkdirSync('docs/screenshots', { recursive: true });
  for (const { name, path, viewport } of pages) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => problems.push(`${name}: page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        problems.push(`${name}: console.${m.type()}: ${m.text()}`);
    });
    // Init scripts run before the page's own and are not subject to its CSP.
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        true,
      );
      window.__rendered = new Promise((resolve, reject) => {
        document.addEventListener('takar-rendered', (e) => resolve(e.detail), { once: true });
        document.addEventListener('takar-error', (e) => reject(new Error(e.detail.message)), {
          once: true,
        });
      });
    });
    const started = performance.now();
    await page.goto(url + path, { waitUntil: 'load' });
    const detail = await page.evaluate(() =>
      Promise.race([
        window.__rendered,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('no takar-rendered within 30 s')), 30000),
        ),
      ]),
    );
    const ms = Math.round(performance.now() - started);
    await page.waitForTimeout(150);
    const violations = await page.evaluate(() => window.__violations);
    problems.push(...violations.map((v) => `${name}: CSP violation: ${v}`));
    await page.screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(
      `screenshots: docs/screenshots/${name}.png (${detail.bars} bars, first chart after ${ms} ms)`,
    );
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
