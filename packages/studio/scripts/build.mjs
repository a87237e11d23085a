// Bundles the studio (src/main.ts and everything it imports: Lit, @takar/core, @takar/indonesia,
// the elements; and the uncertainty worker, src/uncertainty-worker.ts) with esbuild into dist/: ESM, minified, code-split so that the elements' lazy
// chunks (the results schema, Vega, the map geometry) stay lazy. Workspace packages are read
// from their src/ through the "source" export condition, so the bundle never lags the sources.
// `npm run build -w @takar/studio`; `npm start` runs it when dist/ is missing or stale.
//
// It also packs the element bundle (the CDN build, packages/elements/dist/cdn/, source maps left
// out) into dist/site-bundle.zip: "Terbitkan situs" puts its files in the site's zip
// (src/site-zip.ts), and the studio fetches it while it loads, so publishing needs no request
// afterwards.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';

const STUDIO = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(STUDIO, '..', '..');
export const OUT = join(STUDIO, 'dist');
const ENTRY = join(OUT, 'studio.js');
/** The element bundle the published site carries (built by rollup: `npx rollup -c`). */
export const CDN_BUNDLE = join(ROOT, 'packages', 'elements', 'dist', 'cdn');
/** The studio's copy of it, packed in one zip. */
export const SITE_BUNDLE = join(OUT, 'site-bundle.zip');
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

/** The date every entry of the bundle's zip carries, so that the same bundle gives the same bytes. */
const ZIP_DATE = new Date(2000, 0, 1);

/**
 * Packs the element bundle (`from`, default the CDN build; source maps left out) into one zip,
 * `to` (default dist/site-bundle.zip): one request while the studio loads instead of one per
 * chunk, compressed. Entries are sorted and dated 2000-01-01, so the same bundle gives the same
 * bytes (in one time zone: ZIP stores local time). Returns the files packed, with their sizes.
 * Throws, saying what to run, when the bundle is not built.
 */
export function packSiteBundle(from = CDN_BUNDLE, to = SITE_BUNDLE) {
  const missing = REQUIRED.filter((f) => !existsSync(join(from, f)));
  if (missing.length > 0)
    throw new Error(
      `studio: the element bundle ${from} has no ${missing.join(', ')}; build it with \`npx rollup -c\` (npm ci runs it) before the studio.`,
    );
  const files = bundleFiles(from).map((path) => ({
    path,
    content: readFileSync(join(from, path)),
  }));
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(
    to,
    zipSync(Object.fromEntries(files.map((f) => [f.path, new Uint8Array(f.content)])), {
      level: 9,
      mtime: ZIP_DATE,
    }),
  );
  return files.map((f) => ({ path: f.path, bytes: f.content.length }));
}

/**
 * Writes dist/studio-manifest.json: every file of the folder to host (paths relative to
 * packages/studio/, with their sizes): the page, its style sheet and icon, the bundle's scripts and
 * licence notes (source maps left out), and the element bundle's zip. `takar studio --out` copies
 * exactly these (and the map boundaries, from @takar/indonesia).
 */
function writeStudioManifest(folder, outputs) {
  const scripts = outputs
    .map((f) => relative(folder, join(ROOT, f)).split(sep).join('/'))
    .filter((f) => !f.endsWith('.map'));
  const files = [...PAGE_FILES, ...scripts, 'dist/site-bundle.zip']
    .sort()
    .map((path) => ({ path, bytes: statSync(join(folder, path)).size }));
  writeFileSync(
    join(folder, 'dist', 'studio-manifest.json'),
    JSON.stringify({ format: 'takar-studio', formatVersion: 1, files }, null, 2) + '\n',
  );
}

/**
 * write-excel-file's fflate with `zip` on the page's thread (src/config/fflate-sync-zip.ts): its
 * own `zip` starts `blob:` workers for large sheets, which the strict CSP forbids.
 */
export const fflateSyncZip = {
  name: 'fflate-sync-zip',
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, (args) =>
      /[\\/]write-excel-file[\\/]/.test(args.importer)
        ? { path: join(STUDIO, 'src', 'config', 'fflate-sync-zip.ts') }
        : undefined,
    );
  },
};

/**
 * Bundles the studio into `folder`/dist (default packages/studio/dist; another folder also gets
 * the page's files, so it is a studio of its own), packs the element bundle for its published
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
    plugins: [fflateSyncZip],
    logLevel: 'warning',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  packSiteBundle(CDN_BUNDLE, join(out, 'site-bundle.zip'));
  writeStudioManifest(folder, Object.keys(result.metafile.outputs));
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
