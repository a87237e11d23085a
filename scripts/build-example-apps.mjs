// Bundles the React 19 and Vue 3 example pages (examples/react/app.jsx, examples/vue/app.js) with
// esbuild into examples/<name>/dist/app.js: ESM, minified, production builds of React and Vue
// (Vue's runtime-only build; the pages run under `script-src 'self'`, which forbids the template
// compiler's `new Function`). The elements themselves are not bundled: the pages load the CDN
// build with a <script> tag. Run by `npm run build` and, when the bundles are missing or older
// than their sources, by `npm start` and `npm run screenshots` (see isStale).
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const APPS = [
  { name: 'react', entry: 'examples/react/app.jsx', out: 'examples/react/dist/app.js' },
  { name: 'vue', entry: 'examples/vue/app.js', out: 'examples/vue/dist/app.js' },
];

function mtime(path) {
  const full = ROOT + path;
  return existsSync(full) ? statSync(full).mtimeMs : 0;
}

/** True when an app bundle is missing or older than its source, this script or the lock file. */
export function isStale() {
  const inputs = Math.max(mtime('scripts/build-example-apps.mjs'), mtime('package-lock.json'));
  return APPS.some(({ entry, out }) => mtime(out) < Math.max(inputs, mtime(entry)));
}

/** Bundles every app; resolves with the output sizes in bytes. */
export async function buildExampleApps() {
  const sizes = {};
  for (const { name, entry, out } of APPS) {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      sourcemap: true,
      jsx: 'automatic',
      legalComments: 'linked',
      metafile: true,
      logLevel: 'warning',
      define: {
        'process.env.NODE_ENV': '"production"',
        // Vue's compile-time feature flags (esm-bundler build): no Options API, no devtools.
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
    sizes[name] = result.metafile.outputs[out].bytes;
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await buildExampleApps();
  for (const { name, out } of APPS)
    console.log(`build-example-apps: ${out} (${name}, ${(sizes[name] / 1024).toFixed(1)} KB)`);
}
