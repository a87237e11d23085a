// The CDN build of @takar/elements: `packages/elements/dist/cdn/takar.js`, a small loader that
// defines the elements, plus chunks loaded on demand: the results schema (zod) when data arrives,
// Vega when a chart scrolls into view. One `<script type="module" src=".../takar.js">` is enough.
//
// Input is the tsc output of the packages (dist/, built by `npm run build:packages`), so decorators
// and types are already compiled and the bundle sees exactly what npm users get.
// Per-package ESM + .d.ts are built by tsc (scripts/build-packages.mjs), not here.
import { existsSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

// The loader, plus the iframe page's script and the host's iframe resizer (both tiny, no imports
// shared with the loader).
const input = {
  takar: 'packages/elements/dist/cdn.js',
  'takar-frame': 'packages/elements/dist/frame/frame.js',
  'takar-resize': 'packages/elements/dist/frame/resize.js',
};
for (const file of Object.values(input)) {
  if (!existsSync(file)) {
    console.error(`rollup: ${file} is missing; run \`npm run build:packages\` first.`);
    process.exit(1);
  }
}

/** Names the lazily loaded chunks after what they hold. */
function chunkName(id) {
  if (
    /[\\/]node_modules[\\/](vega[^\\/]*|d3-[^\\/]*|delaunator|robust-predicates|topojson-client|json-stringify-pretty-compact|internmap)[\\/]/.test(
      id,
    )
  )
    return 'vega';
  if (/[\\/]elements[\\/]dist[\\/]controllers[\\/]vega-runtime\.js$/.test(id)) return 'vega';
  if (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id))
    return 'elements';
  if (/[\\/]validate-results\.js$|[\\/]impact-schema\.js$|[\\/]zod-jitless\.js$/.test(id))
    return undefined;
  // The map's geometry and colours: their own chunk, loaded with <takar-map> only (as a dependency
  // of the shared chunk's charts index they would otherwise land in the chunk every element loads).
  if (/[\\/]charts[\\/]dist[\\/]geo[\\/]/.test(id)) return 'map-geo';
  if (
    /[\\/]charts[\\/]dist[\\/]/.test(id) ||
    /[\\/]elements[\\/]dist[\\/](common|controllers|i18n)[\\/]/.test(id) ||
    /[\\/]elements[\\/]dist[\\/]define[\\/]define-once\.js$/.test(id)
  )
    return 'elements';
  return undefined;
}

/** Copies takar.css (the places kept before the elements are defined) next to takar.js. */
const placeholderCss = {
  name: 'takar-css',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'takar.css',
      source: readFileSync('packages/elements/src/takar.css', 'utf8'),
    });
  },
};

export default {
  input,
  output: {
    dir: 'packages/elements/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Lit and the shared element code are one chunk, loaded with the first element.
    manualChunks: chunkName,
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true }),
    json(),
    terser({ format: { comments: false } }),
    placeholderCss,
  ],
  onwarn(warning, warn) {
    // d3 and vega have circular imports between their own modules; harmless and not ours to fix.
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.join(' ') ?? ''))
      return;
    // zod's comments mention `@__PURE__` where rollup cannot use it (INVALID_ANNOTATION); not ours.
    if (warning.code === 'INVALID_ANNOTATION' && /node_modules/.test(warning.id ?? '')) return;
    // tsc's inlined decorator helpers start with `this && this.__esDecorate`; `this` is undefined in ESM.
    if (warning.code === 'THIS_IS_UNDEFINED' && /[\\/]dist[\\/]/.test(warning.id ?? '')) return;
    warn(warning);
  },
};
