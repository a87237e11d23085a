// Bundles the studio (src/main.ts and everything it imports: Lit, @takar/core, @takar/indonesia,
// the elements; and the uncertainty worker, src/uncertainty-worker.ts) with esbuild into dist/: ESM, minified, code-split so that the elements' lazy
// chunks (the results schema, Vega, the map geometry) stay lazy. Workspace packages are read
// from their src/ through the "source" export condition, so the bundle never lags the sources.
// `npm run build -w @takar/studio`; `npm start` runs it when dist/ is missing or stale.
//
// It also copies the element bundle (the CDN build, packages/elements/dist/cdn/, source maps left
// out) to dist/site-bundle/ with a manifest.json listing its files: "Terbitkan situs" puts them in
// the site's zip (src/site-zip.ts), and the studio fetches them while it loads, so publishing
// needs no request afterwards.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const STUDIO = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(STUDIO, '..', '..');
export const OUT = join(STUDIO, 'dist');
const ENTRY = join(OUT, 'studio.js');
/** The element bundle the published site carries (built by rollup: `npx rollup -c`). */
export const CDN_BUNDLE = join(ROOT, 'packages', 'elements', 'dist', 'cdn');
/** Where the studio's copy of it goes, with its manifest. */
export const SITE_BUNDLE = join(OUT, 'site-bundle');
/** The page's own files, beside dist/. */
const PAGE_FILES = ['index.html', 'studio.css', 'favicon.svg'];
/** The list of what a hosted studio folder holds, written by {@link buildStudio}. */
export const STUDIO_MANIFEST = join(OUT, 'studio-manifest.json');

/** The files the site needs from the bundle (as `SITE_BUNDLE_REQUIRED` of `@takar/elements/site`). */
const REQUIRED = ['takar.js', 'takar.css', 'takar-frame.js', 'takar-resize.js'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const e of readdirSync(path, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    max = Math.max(max, newest(join(path, e.name)));
  }
  return max;
}

/** True when dist/studio.js is missing or older than the sources it is built from. */
export function isStale() {
  const inputs = Math.max(
    newest(join(STUDIO, 'src')),
    newest(join(STUDIO, 'scripts')),
    ...['core', 'indonesia', 'charts', 'elements'].map((p) =>
      newest(join(ROOT, 'packages', p, 'src')),
    ),
    newest(join(ROOT, 'package-lock.json')),
    newest(CDN_BUNDLE),
  );
  return Math.min(newest(ENTRY), newest(STUDIO_MANIFEST)) < inputs;
}

/** The bundle's files, paths relative to `dir` with `/`, sorted; source maps left out. */
function bundleFiles(dir, under = '') {
  return readdirSync(join(dir, under), { withFileTypes: true })
    .flatMap((e) => {
      const path = under ? `${under}/${e.name}` : e.name;
      if (e.isDirectory()) return bundleFiles(dir, path);
      return e.name.endsWith('.map') ? [] : [path];
    })
    .sort();
}

/**
 * Copies the element bundle (`from`, default the CDN build) to `to` (default dist/site-bundle/),
 * replacing an older copy so that no stale chunk stays, and writes `to`/manifest.json: `{ format, files: [{ path, bytes }] }`.
 * Throws, saying what to run, when the bundle is not built.
 */
export function copySiteBundle(from = CDN_BUNDLE, to = SITE_BUNDLE) {
  const missing = REQUIRED.filter((f) => !existsSync(join(from, f)));
  if (missing.length > 0)
    throw new Error(
      `studio: the element bundle ${from} has no ${missing.join(', ')}; build it with \`npx rollup -c\` (npm ci runs it) before the studio.`,
    );
  rmSync(to, { recursive: true, force: true });
  const files = bundleFiles(from).map((path) => {
    const target = join(to, path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(from, path), target);
    return { path, bytes: statSync(target).size };
  });
  writeFileSync(
    join(to, 'manifest.json'),
    JSON.stringify({ format: 'takar-site-bundle', formatVersion: 1, files }, null, 2) + '\n',
  );
  return files;
}

/**
 * Writes dist/studio-manifest.json: every file of the folder to host (paths relative to
 * packages/studio/, with their sizes): the page, its style sheet and icon, the bundle's scripts and
 * licence notes (source maps left out), and the element bundle's copy. `takar studio --out` copies
 * exactly these (and the map boundaries, from @takar/indonesia).
 */
function writeStudioManifest(folder, outputs, bundle) {
  const scripts = outputs
    .map((f) => relative(folder, join(ROOT, f)).split(sep).join('/'))
    .filter((f) => !f.endsWith('.map'));
  const files = [
    ...PAGE_FILES,
    ...scripts,
    ...bundle.map((f) => `dist/site-bundle/${f.path}`),
    'dist/site-bundle/manifest.json',
  ]
    .sort()
    .map((path) => ({ path, bytes: statSync(join(folder, path)).size }));
  writeFileSync(
    join(folder, 'dist', 'studio-manifest.json'),
    JSON.stringify({ format: 'takar-studio', formatVersion: 1, files }, null, 2) + '\n',
  );
}

/**
 * Bundles the studio into `folder`/dist (default packages/studio/dist; another folder also gets
 * the page's files, so it is a studio of its own), copies the element bundle for its published
 * sites and writes dist/studio-manifest.json; resolves with the studio's own script files and
 * their sizes in bytes.
 */
export async function buildStudio(folder = STUDIO) {
  const out = join(folder, 'dist');
  // A fresh dist/: chunks of earlier builds (their names carry a hash) do not pile up.
  rmSync(out, { recursive: true, force: true });
  // Built elsewhere (a test's temporary folder): the page's files go beside its dist/.
  if (folder !== STUDIO) {
    mkdirSync(folder, { recursive: true });
    for (const f of PAGE_FILES) copyFileSync(join(STUDIO, f), join(folder, f));
  }
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: {
      studio: join(STUDIO, 'src', 'main.ts'),
      'uncertainty-worker': join(STUDIO, 'src', 'uncertainty-worker.ts'),
    },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    minify: true,
    sourcemap: true,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  const bundle = copySiteBundle(CDN_BUNDLE, join(out, 'site-bundle'));
  writeStudioManifest(folder, Object.keys(result.metafile.outputs), bundle);
  return Object.fromEntries(
    Object.entries(result.metafile.outputs)
      .filter(([f]) => f.endsWith('.js'))
      .map(([f, o]) => [f, o.bytes]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await buildStudio();
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(
    `studio: ${Object.keys(sizes).length} files in packages/studio/dist (${(total / 1024).toFixed(1)} KB in all)`,
  );
}
