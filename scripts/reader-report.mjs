// `node scripts/reader-report.mjs` (also run at the end of element-report.mjs): what a reader on
// a slow phone meets, measured in headless Chromium with 4× CPU throttling and a 400 kbit/s,
// 400 ms network (CDP Emulation.setCPUThrottlingRate, Network.emulateNetworkConditions), on the
// examples server (strict CSP, responses gzipped as a real web server does). Needs the CDN build and the example data. Prints, for a
// one-region profile page and a 4-element portal page (profile, ranking, 5-year trend, map), on a
// desktop (1000 px) and a phone (360 px):
//   - time from navigation to the first chart drawn;
//   - bytes of data (JSON and boundaries) over the wire, and their gzip size;
//   - layout shift (sum of every layout-shift entry without recent input, while the page loads
//     and is then scrolled to the bottom, so that every element loads);
//   - URLs fetched more than once;
//   - the page's width at 360 px (and 320 px) with every element of the gallery drawn.
/* global PerformanceObserver, innerHeight */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { BOUNDARIES_FILE, BOUNDARIES_PATH, ROOT, serveExamples } from './serve-examples.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const THROTTLE = { cpu: 4, kbit: 400, latency: 400 };

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

/** The file a served path comes from (for its gzip size). */
function fileOf(pathname) {
  if (pathname === BOUNDARIES_PATH) return BOUNDARIES_FILE;
  return join(ROOT, decodeURIComponent(pathname));
}

/** Loads `url` throttled at `viewport`, scrolls to the bottom, and returns the figures. */
async function measure(browser, url, viewport, expected) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    window.__shift = 0;
    window.__shifts = [];
    window.__rendered = new Set();
    window.__errors = [];
    window.__first = undefined;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__shift += e.value;
        // What moved: the nearest Takar element (or the node itself) of each source.
        const name = (n) => {
          let el = n?.nodeType === 1 ? n : n?.parentElement;
          while (el && !el.localName.startsWith('takar-')) {
            el = el.parentElement ?? el.getRootNode()?.host;
          }
          return el?.localName ?? n?.nodeName ?? '?';
        };
        window.__shifts.push({
          value: e.value,
          at: Math.round(e.startTime),
          what: [...new Set((e.sources ?? []).map((x) => name(x.node)))].join('+'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('takar-rendered', (e) => {
      window.__first ??= performance.now();
      window.__rendered.add(e.target);
    });
    document.addEventListener('takar-error', (e) =>
      window.__errors.push(`${e.target.localName}: ${e.detail.message}`),
    );
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLE.latency,
    downloadThroughput: (THROTTLE.kbit * 1000) / 8,
    uploadThroughput: (THROTTLE.kbit * 1000) / 8,
  });
  const requests = new Map();
  const urls = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url, bytes: 0 });
    urls.push(e.request.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'load', timeout: 180000 });
  await page.waitForFunction(
    () => window.__first !== undefined || window.__errors.length > 0,
    undefined,
    {
      timeout: 180000,
    },
  );
  const first = await page.evaluate(() => window.__first);
  // Scroll down a screen at a time until every element is drawn.
  for (let i = 0; i < 60; i++) {
    const done = await page.evaluate((n) => {
      if (window.__rendered.size >= n) return true;
      window.scrollBy(0, innerHeight * 0.8);
      return false;
    }, expected);
    if (done) break;
    await page.waitForTimeout(1500);
  }
  await page.waitForFunction(
    (n) => window.__rendered.size >= n || window.__errors.length > 0,
    expected,
    {
      timeout: 180000,
    },
  );
  await page.waitForTimeout(1000);
  const { shift, shifts, errors, width, rendered } = await page.evaluate(() => ({
    shift: window.__shift,
    shifts: window.__shifts,
    errors: window.__errors,
    width: document.documentElement.scrollWidth,
    rendered: window.__rendered.size,
  }));
  const data = [...requests.values()].filter((r) => /\.(geo|topo)?json(\?|$)/.test(r.url));
  const dataGzip = data.reduce((s, r) => {
    const file = fileOf(new URL(r.url).pathname);
    return s + (existsSync(file) ? gzipSync(readFileSync(file), { level: 6 }).length : 0);
  }, 0);
  const scripts = [...requests.values()].filter((r) => /\.m?js(\?|$)/.test(r.url));
  const vega = scripts.some((r) => /vega/i.test(new URL(r.url).pathname));
  const counts = new Map();
  for (const u of urls) counts.set(u, (counts.get(u) ?? 0) + 1);
  const twice = [...counts]
    .filter(([, n]) => n > 1)
    .map(([u, n]) => `${new URL(u).pathname} ×${n}`);
  await context.close();
  return {
    first,
    shift,
    shifts,
    width,
    rendered,
    errors: [...errors, ...problems],
    dataBytes: data.reduce((s, r) => s + r.bytes, 0),
    dataGzip,
    dataFiles: data.length,
    scriptBytes: scripts.reduce((s, r) => s + r.bytes, 0),
    scriptFiles: scripts.length,
    vega,
    twice,
  };
}

/** The gallery (every element) at a phone width: the page's width once all are drawn. */
async function widthAt(browser, url, width) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  await page.addInitScript(() => {
    window.__rendered = new Set();
    window.__errors = [];
    document.addEventListener('takar-rendered', (e) => window.__rendered.add(e.target));
    document.addEventListener('takar-error', (e) => window.__errors.push(e.detail.message));
  });
  await page.goto(url, { waitUntil: 'load' });
  const total = await page.evaluate(
    () => document.querySelectorAll('main [src], main [srcs]').length,
  );
  for (let i = 0; i < 80; i++) {
    const done = await page.evaluate((n) => {
      if (window.__rendered.size + window.__errors.length >= n) return true;
      window.scrollBy(0, innerHeight * 0.8);
      return false;
    }, total);
    if (done) break;
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(500);
  const out = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    rendered: window.__rendered.size,
    errors: window.__errors,
    // An element wider than its box (content that spills out, not a table scrolling inside).
    wide: [...document.querySelectorAll('main [src], main [srcs]')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => ({ tag: el.localName, right: el.scrollWidth })),
  }));
  await page.close();
  return { ...out, total };
}

/** Runs the report on a running examples server (`base` ends with `/`); prints it. */
export async function readerReport(browser, base) {
  console.log(
    `Reader report: ${THROTTLE.cpu}× CPU, ${THROTTLE.kbit} kbit/s, ${THROTTLE.latency} ms latency, cache off (headless Chromium, this machine)`,
  );
  const pages = [
    {
      name: 'profile page (one region)',
      path: 'scripts/reader-pages/profile.html',
      expected: 1,
      goal: 5000,
    },
    {
      name: 'portal page (profile, ranking, 5-year trend, map)',
      path: 'scripts/reader-pages/portal.html',
      expected: 4,
      goal: 10000,
    },
  ];
  for (const p of pages) {
    for (const [device, viewport] of [
      ['desktop 1000 px', { width: 1000, height: 900 }],
      ['phone 360 px', { width: 360, height: 740 }],
    ]) {
      const m = await measure(browser, base + p.path, viewport, p.expected);
      console.log(`  ${p.name}, ${device}:`);
      console.log(
        `    first chart: ${(m.first / 1000).toFixed(1)} s (goal ≤ ${p.goal / 1000} s: ${m.first <= p.goal ? 'ok' : 'OVER'})`,
      );
      console.log(
        `    scripts over the wire (gzip): ${kb(m.scriptBytes)} in ${m.scriptFiles} file(s), Vega ${m.vega ? 'loaded' : 'not loaded'}`,
      );
      console.log(`    data over the wire (gzip): ${kb(m.dataBytes)} in ${m.dataFiles} file(s)`);
      console.log(
        `    layout shift: ${m.shift.toFixed(3)} (goal ≤ 0.1: ${m.shift <= 0.1 ? 'ok' : 'OVER'})`,
      );
      if (m.shift > 0.1)
        console.log(
          `    largest shifts: ${[...m.shifts]
            .sort((a, b) => b.value - a.value)
            .slice(0, 4)
            .map((x) => `${x.value.toFixed(3)} at ${(x.at / 1000).toFixed(1)} s (${x.what})`)
            .join(', ')}`,
        );
      console.log(`    URLs fetched twice: ${m.twice.length ? m.twice.join(', ') : 'none'}`);
      console.log(
        `    page width: ${m.width} px for a ${viewport.width} px viewport; elements drawn: ${m.rendered}`,
      );
      if (m.errors.length) console.log(`    errors: ${m.errors.join('; ')}`);
    }
  }
  for (const width of [360, 320]) {
    const w = await widthAt(browser, `${base}examples/gallery/`, width);
    console.log(
      `  gallery, every element (${w.rendered} of ${w.total} drawn) at ${width} px: page width ${w.page} px` +
        (w.wide.length
          ? `; wider: ${w.wide.map((x) => `${x.tag} ${x.right}px`).join(', ')}`
          : '; none wider'),
    );
    if (w.errors.length) console.log(`    errors: ${w.errors.join('; ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { server, url } = await serveExamples({ port: await freePort(), gzip: true });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    await readerReport(browser, url);
  } finally {
    await browser.close();
    await server.stop();
  }
}
