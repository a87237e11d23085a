// `npm test`: every test. Node tests (vitest) first, then element tests in headless Chromium
// (@web/test-runner). Ends with one plain line `N passed, N failed` summing both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { buildExampleApps, isStale } from './build-example-apps.mjs';

const cache = '.cache/test';
rmSync(cache, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;

// 1. Node tests
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${cache}/vitest.json`],
  { stdio: 'inherit' },
);
if (existsSync(`${cache}/vitest.json`)) {
  const r = JSON.parse(readFileSync(`${cache}/vitest.json`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A test file that fails to load has no test results: count each such file as one failure.
  failed += r.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
} else failed += 1;
if (vitest.status !== 0) ok = false;

// 2. Element tests in Chromium. Some load the CDN bundle as a page would: build it if missing
// (after `npm ci` only the per-package dist exists).
if (!existsSync('packages/elements/dist/cdn/takar.js')) {
  console.log('npm test: building the CDN bundle first (rollup -c)');
  const built = spawnSync(bin('rollup'), ['-c'], { stdio: 'inherit' });
  if (built.status !== 0) ok = false;
}
if (!existsSync('examples/data/smart-city-2024.json')) {
  console.log('npm test: building the example results first (npm run build:examples)');
  const built = spawnSync('npm', ['run', 'build:examples'], { stdio: 'inherit' });
  if (built.status !== 0) ok = false;
}
if (isStale()) {
  console.log('npm test: building the React and Vue example apps first');
  await buildExampleApps();
}
const chromium = findChromium();
if (!chromium) {
  console.error(
    'Chromium not found: install it with `apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chromium or Chrome binary.',
  );
  failed += 1;
  ok = false;
} else {
  const wtr = spawnSync(bin('web-test-runner'), [], {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chromium, TAKAR_TEST_COUNTS: `${cache}/wtr.json` },
  });
  if (existsSync(`${cache}/wtr.json`)) {
    const r = JSON.parse(readFileSync(`${cache}/wtr.json`, 'utf8'));
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
  } else failed += 1;
  if (wtr.status !== 0) ok = false;
}

if (!ok && failed === 0) failed = 1; // a runner failed without a failing test (e.g. a crash)
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
