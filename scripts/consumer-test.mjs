// The consumer test: are the packages publish-ready? `npm pack` each workspace package, install the
// tarballs into a scratch project outside the monorepo (in the system's temporary folder), and
// there, as a user would:
//   a. run `npx takar score` and `npx takar publish --boundaries indonesia`;
//   b. import @takar/core, @takar/indonesia and @takar/indonesia/boundaries from plain Node ESM,
//      and typecheck the same imports with TypeScript under `moduleResolution` bundler and node16;
//   c. bundle a page that uses @takar/elements with rollup, serve it under the strict CSP and render
//      it in Chromium: a ranking with rows and a map drawing the 514 shipped boundaries.
// Prints one line per check and ends with `consumer: N passed, N failed`. Needs the packages built
// (`npm run build`, or `npm ci`, whose prepare step builds them) and Chromium.
// Usage: node scripts/consumer-test.mjs [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'indonesia', 'charts', 'elements', 'cli'];
const CSP = "script-src 'self'; style-src 'self'";
const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const dev = rootPkg.devDependencies;

const work = mkdtempSync(join(tmpdir(), 'takar-consumer-'));
const app = join(work, 'app');
let passed = 0;
let failed = 0;

function run(cmd, args, cwd = app) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function check(name, fn) {
  try {
    const detail = await fn();
    passed++;
    console.log(`  ok    ${name}${detail ? `: ${detail}` : ''}`);
  } catch (e) {
    failed++;
    const out = [e.stdout, e.stderr].filter(Boolean).join('\n').trim();
    console.log(
      `  FAIL  ${name}: ${e.message.split('\n')[0]}${out ? `\n${out.replace(/^/gm, '        ')}` : ''}`,
    );
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

console.log(`consumer test in ${work} (node ${process.version})`);

// 1. Pack every package, then install the tarballs (and the tools the checks use) from them.
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
for (const name of PACKAGES) {
  assert(
    existsSync(join(ROOT, 'packages', name, 'dist')),
    `packages/${name}/dist is missing: run npm run build first`,
  );
  run('npm', ['pack', '--silent', '--pack-destination', tarballs, '-w', `@takar/${name}`], ROOT);
}
const files = readdirSync(tarballs).sort();
mkdirSync(app);
const dependencies = Object.fromEntries(
  files.map((f) => [
    `@takar/${f.replace(/^takar-(.+)-\d+\.\d+\.\d+.*\.tgz$/, '$1')}`,
    `file:${join(tarballs, f)}`,
  ]),
);
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify(
    {
      name: 'takar-consumer',
      private: true,
      type: 'module',
      dependencies,
      devDependencies: {
        typescript: dev.typescript,
        '@types/node': dev['@types/node'],
        rollup: dev.rollup,
        '@rollup/plugin-node-resolve': dev['@rollup/plugin-node-resolve'],
      },
      // The registry here lacks a dependency of @uwdata/flechette's newest version (see CONTRIBUTING.md).
      overrides: rootPkg.overrides,
    },
    null,
    2,
  ),
);
await check(`npm install of the ${files.length} tarballs`, () => {
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  const versions = PACKAGES.map(
    (n) =>
      JSON.parse(readFileSync(join(app, 'node_modules', '@takar', n, 'package.json'), 'utf8'))
        .version,
  );
  assert(new Set(versions).size === 1 && versions[0] === rootPkg.version, `versions ${versions}`);
  return files.join(', ');
});

// a. The CLI from the installed packages.
await check('npx takar score on the embedded example', () => {
  run('npx', [
    'takar',
    'score',
    '--framework',
    'smart-city',
    '--data',
    'example',
    '--year',
    '2024',
    '--out',
    'results.json',
  ]);
  const results = JSON.parse(readFileSync(join(app, 'results.json'), 'utf8'));
  assert(results.formatVersion === 2, `format ${results.formatVersion}`);
  assert(results.units.codes.length > 100, `only ${results.units.codes.length} units`);
  return `${results.units.codes.length} regions`;
});
await check('npx takar publish --boundaries indonesia', () => {
  const r = spawnSync(
    'npx',
    ['takar', 'publish', '--results', 'results.json', '--out', 'site', '--boundaries', 'indonesia'],
    { cwd: app, encoding: 'utf8' },
  );
  assert(r.status === 0, `exit ${r.status}: ${r.stderr}`);
  const err = r.stderr;
  const html = readFileSync(join(app, 'site', 'index.html'), 'utf8');
  assert(html.includes('<takar-map'), 'no <takar-map> on the published page');
  assert(existsSync(join(app, 'site', 'data', 'boundaries.topojson')), 'boundaries not copied');
  assert(existsSync(join(app, 'site', 'takar', 'takar.js')), 'bundle not copied');
  return err.trim().split('\n').pop();
});

// b. Imports from plain Node ESM and from TypeScript.
const usage = `import { score, ENGINE_VERSION } from '@takar/core';
import { getFramework, exampleDataset } from '@takar/indonesia';
import { loadBoundaries, BOUNDARIES_OBJECT } from '@takar/indonesia/boundaries';
const results = score(getFramework('spbe-2020'), exampleDataset('spbe-2020', 2024), { year: 2024 });
const topology = await loadBoundaries();
const object = topology.objects[BOUNDARIES_OBJECT] as { geometries: unknown[] };
console.log(ENGINE_VERSION, results.units.codes.length, object.geometries.length);
`;
await check('plain Node ESM imports @takar/core, @takar/indonesia and its boundaries', () => {
  writeFileSync(join(app, 'use.mjs'), usage.replace(' as { geometries: unknown[] }', ''));
  const [version, units, regions] = run(process.execPath, ['use.mjs']).trim().split(' ');
  assert(
    version === rootPkg.version && Number(units) > 100 && regions === '514',
    `printed ${version} ${units} ${regions}`,
  );
  return `${units} units scored, ${regions} boundaries`;
});
for (const [resolution, module] of [
  ['bundler', 'esnext'],
  ['node16', 'node16'],
]) {
  await check(`TypeScript (moduleResolution ${resolution}) typechecks the same imports`, () => {
    const dir = join(app, `ts-${resolution}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'use.ts'), usage);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module,
          moduleResolution: resolution,
          strict: true,
          noEmit: true,
          types: ['node'],
          lib: ['es2023', 'dom'],
          skipLibCheck: false,
        },
        files: ['use.ts'],
      }),
    );
    // A package.json with "type": "module" makes node16 treat use.ts as ESM (top-level await).
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    run(process.execPath, [join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir]);
  });
}

// c. A page bundled with rollup, rendered in Chromium under the strict CSP.
const page = join(app, 'page');
mkdirSync(page);
writeFileSync(
  join(page, 'main.js'),
  `import '@takar/elements/define/ranking.js';\nimport '@takar/elements/define/map.js';\n`,
);
writeFileSync(
  join(page, 'index.html'),
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Takar consumer</title><link rel="icon" href="data:,">
<script type="module" src="./bundle/main.js"></script></head><body>
<takar-ranking src="./results.json" region="32.73"></takar-ranking>
<takar-map src="./results.json" boundaries="./kabkota.topo.json"></takar-map>
</body></html>\n`,
);
writeFileSync(join(page, 'results.json'), readFileSync(join(app, 'results.json')));
writeFileSync(
  join(page, 'kabkota.topo.json'),
  readFileSync(
    join(app, 'node_modules', '@takar', 'indonesia', 'boundaries', 'kabkota-2025.topo.json'),
  ),
);
writeFileSync(
  join(app, 'rollup.config.mjs'),
  `import { nodeResolve } from '@rollup/plugin-node-resolve';
export default { input: 'page/main.js', output: { dir: 'page/bundle', format: 'es' }, plugins: [nodeResolve({ browser: true })] };\n`,
);
await check('rollup bundles a page that imports @takar/elements', () => {
  run(process.execPath, [
    join(app, 'node_modules', 'rollup', 'dist', 'bin', 'rollup'),
    '-c',
    '--silent',
  ]);
  const bytes = readdirSync(join(page, 'bundle')).reduce(
    (sum, f) => sum + readFileSync(join(page, 'bundle', f)).length,
    0,
  );
  const text = readFileSync(join(page, 'bundle', 'main.js'), 'utf8');
  assert(!text.includes('Cahya DSN'), 'the boundaries were bundled into the page script');
  return `${(bytes / 1024).toFixed(0)} KB in ${readdirSync(join(page, 'bundle')).length} file(s)`;
});
/** Serves `dir` under the strict CSP, opens `path` in Chromium and waits for drawn elements. */
async function renderInChromium(dir, path, minRows) {
  const chromium = findChromium();
  assert(chromium, 'Chromium not found (apt-get install -y chromium, or CHROME_PATH)');
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.css': 'text/css',
  };
  const server = createServer((req, res) => {
    let file = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (file.endsWith('/')) file = join(file, 'index.html');
    const found = file.startsWith(dir) && existsSync(file) && extname(file) !== '';
    res.writeHead(found ? 200 : 404, {
      'Content-Security-Policy': CSP,
      'Content-Type': (found && types[extname(file)]) || 'application/octet-stream',
    });
    res.end(found ? readFileSync(file) : 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { chromium: launcher } = await import(
    join(ROOT, 'node_modules', 'playwright-core', 'index.mjs')
  );
  const browser = await launcher.launch({
    executablePath: chromium,
    args: CHROMIUM_ARGS,
  });
  try {
    const problems = [];
    const tab = await browser.newPage({ viewport: { width: 1000, height: 4000 } });
    tab.on(
      'console',
      (m) => m.type() === 'error' && problems.push(`${m.text()} ${m.location().url}`),
    );
    tab.on('pageerror', (e) => problems.push(e.message));
    await tab.goto(`http://127.0.0.1:${server.address().port}${path}`);
    const counts = await tab.waitForFunction(
      (min) => {
        // Elements load when they come near the viewport: the ranking, then the map, into view.
        const rows =
          document.querySelector('takar-ranking')?.shadowRoot?.querySelectorAll('tbody tr')
            .length ?? 0;
        document.querySelector(rows > 0 ? 'takar-map' : 'takar-ranking')?.scrollIntoView();
        const paths =
          document
            .querySelector('takar-map')
            ?.shadowRoot?.querySelectorAll('svg.map path[data-unit]').length ?? 0;
        return rows >= min && paths > 0 ? { rows, paths } : null;
      },
      minRows,
      { timeout: 90000 },
    );
    const { rows, paths } = await counts.jsonValue();
    assert(paths === 514, `${paths} map regions drawn`);
    assert(problems.length === 0, problems.join('; '));
    return `${rows} ranking rows, ${paths} map regions, no console error or CSP violation`;
  } finally {
    await browser.close();
    server.close();
  }
}

await check('Chromium renders the bundled page under the strict CSP', () =>
  renderInChromium(page, '/', 1),
);
await check(
  'Chromium draws the map of the published site (takar publish --boundaries indonesia)',
  () => renderInChromium(join(app, 'site'), '/', 1),
);

if (process.argv.includes('--keep')) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`\nconsumer: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
