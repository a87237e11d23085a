// `npm start`: builds what the examples need (packages, CDN bundle, example data) when missing or
// stale, then serves the examples site on http://localhost:8080/ (PORT overrides the port).
import { buildExampleApps, isStale } from './build-example-apps.mjs';
import { existsSync } from 'node:fs';
import { buildStudio, isStale as studioIsStale } from '../packages/studio/scripts/build.mjs';
import {
  BOUNDARIES_FILE,
  BOUNDARIES_PATH,
  SHIPPED_BOUNDARIES,
  buildIfNeeded,
  serveExamples,
} from './serve-examples.mjs';

const port = Number(process.env.PORT || 8080);
buildIfNeeded();
if (isStale()) {
  console.log('Takar examples: bundling the React and Vue pages (esbuild)…');
  await buildExampleApps();
}
if (studioIsStale()) {
  console.log('Takar examples: bundling the studio (esbuild)…');
  await buildStudio();
}
try {
  const { url } = await serveExamples({ port });
  console.log(`Takar examples: ${url}`);
  console.log('  ministry ranking page: ' + url + 'examples/ministry/');
  console.log('  regional portal page:  ' + url + 'examples/portal/');
  console.log('  iframe page:           ' + url + 'examples/iframe/');
  console.log('  React 19 page:         ' + url + 'examples/react/');
  console.log('  Vue 3 page:            ' + url + 'examples/vue/');
  console.log('  every element:         ' + url + 'examples/gallery/');
  console.log('  Takar Studio:          ' + url + 'studio/');
  console.log(
    !existsSync(BOUNDARIES_FILE)
      ? `  map boundaries:        none: ${BOUNDARIES_FILE} does not exist (TAKAR_BOUNDARIES)`
      : BOUNDARIES_FILE === SHIPPED_BOUNDARIES
        ? `  map boundaries:        @takar/indonesia/boundaries (514 regions, © 2024 Cahya DSN, MIT) at ${BOUNDARIES_PATH};\n` +
          `                         TAKAR_BOUNDARIES=<file> serves your own official file instead`
        : `  map boundaries:        ${BOUNDARIES_FILE} (at ${BOUNDARIES_PATH})`,
  );
  console.log('Press Ctrl+C to stop.');
} catch (e) {
  console.error(
    `Takar examples: could not start the server on port ${port} (${e.message}); set PORT to a free port.`,
  );
  process.exit(1);
}
