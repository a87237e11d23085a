// Bundles the studio (src/main.ts and everything it imports: Lit, @takar/core, @takar/indonesia,
// the elements; and the uncertainty worker, src/uncertainty-worker.ts) with esbuild into dist/: ESM, minified, code-split so that the elements' lazy
// chunks (the results schema, Vega, the map geometry) stay lazy. Workspace packages are read
// from their src/ through the "source" export condition, so the bundle never lags the sources.
// `npm run build -w @takar/studio`; `npm start` runs it when dist/ is missing or stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const STUDIO = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(STUDIO, '..', '..');
export const OUT = join(STUDIO, 'dist');
const ENTRY = join(OUT, 'studio.js');

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
  );
  return newest(ENTRY) < inputs;
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

/** Bundles the studio; resolves with the output files and their sizes in bytes. */
export async function buildStudio() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: {
      studio: join(STUDIO, 'src', 'main.ts'),
      'uncertainty-worker': join(STUDIO, 'src', 'uncertainty-worker.ts'),
    },
    outdir: OUT,
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
