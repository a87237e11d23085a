// `node packages/studio/scripts/studio-report.mjs`: opens the studio as `npm start` serves it
// (gzip on, the strict CSP) in headless Chromium and prints figures: first load (bytes over the
// wire, gzip), time from "use the example data" to the first rendered ranking, the median
// recompute time after a weight change, Content-Security-Policy violations, console errors, and
// requests made after the page loaded (none should leave the machine; the ones listed are the
// page's own lazy chunks and the map boundaries). Figures, not a test: shared machines vary.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/find-chromium.mjs';
import { serveExamples } from '../../../scripts/serve-examples.mjs';
import { buildStudio, isStale } from './build.mjs';

if (isStale()) await buildStudio();
const port = Number(process.env.PORT || 8791);
const { server, url } = await serveExamples({ port, gzip: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  let wire = 0;
  let loaded = false;
  const afterLoad = [];
  page.on('response', async (r) => {
    const len = Number((await r.allHeaders())['content-length'] ?? 0);
    if (!loaded) wire += len;
    else afterLoad.push(`${new URL(r.url()).pathname} (${len} B)`);
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective}: ${e.blockedURI || e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
    );
  });
  await page.goto(`${url}studio/`, { waitUntil: 'networkidle' });
  loaded = true;
  const started = Date.now();
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const studio = document.querySelector('takar-studio');
        studio.addEventListener('takar-rendered', (e) => {
          if (e.composedPath()[0].localName === 'takar-ranking') resolve();
        });
        studio.shadowRoot.querySelector('#example').click();
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
  await page.waitForTimeout(1500);
  const csp = await page.evaluate(() => window.__csp);
  console.log(`Takar Studio report (${url}studio/, Chromium, gzip on)`);
  console.log(`  first load over the wire (gzip): ${(wire / 1024).toFixed(1)} KB`);
  console.log(`  example data → first ranking rendered: ${firstRanking} ms`);
  console.log(
    `  recompute after a weight change (score + rank changes, ${times.length} changes): median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms; ${changes} ranks changed at the end`,
  );
  console.log(`  CSP violations: ${csp.length}${csp.length ? ': ' + csp.join('; ') : ''}`);
  console.log(`  console errors/warnings: ${errors.length}${errors.length ? ': ' + errors.join('; ') : ''}`);
  console.log(`  requests after load: ${afterLoad.length ? afterLoad.join(', ') : 'none'}`);
} finally {
  await browser.close();
  await server.stop();
}
