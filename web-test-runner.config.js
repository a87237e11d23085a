// Element tests of @takar/elements in real headless Chromium (Debian's /usr/bin/chromium or
// CHROME_PATH; no test tool downloads a browser here). Workspace packages resolve to src/ through
// the "source" export condition, so the tests need no build. `npm run test:browser`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { boundariesMiddleware } from './scripts/serve-examples.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(
    'Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH',
  );
  process.exit(1);
}

/** The header every example page is served with, and that the CSP test page proves enough. */
export const CONTENT_SECURITY_POLICY = "script-src 'self'; style-src 'self'";

/** The policy the studio's CSP test page is served with (issue 17): nothing but the page's origin. */
export const STUDIO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * The real 514-region boundaries the map tests draw: the GeoJSON source of
 * `@takar/indonesia/boundaries`, in the repository. TAKAR_BOUNDARIES points elsewhere.
 */
const BOUNDARIES =
  process.env.TAKAR_BOUNDARIES ??
  fileURLToPath(
    new URL('./packages/indonesia/data/boundaries/kabkota-2025.geojson', import.meta.url),
  );

export default {
  // Element tests, and the browser-only checks of @takar/core and the studio (named *.browser.ts
  // so vitest skips them).
  files: [
    'packages/elements/test/**/*.test.ts',
    'packages/core/test/browser/**/*.browser.ts',
    'packages/studio/test/browser/**/*.browser.ts',
  ],
  reporters: [defaultReporter(), countReporter()],
  nodeResolve: { browser: true, exportConditions: ['source', 'browser', 'import'] },
  plugins: [
    // write-excel-file zips on the page's thread in the studio (see
    // packages/studio/src/config/fflate-sync-zip.ts), in the tests as in its bundle.
    {
      name: 'fflate-sync-zip',
      resolveImport({ source, context }) {
        if (source === 'fflate' && context.path.includes('/write-excel-file/'))
          return '/packages/studio/src/config/fflate-sync-zip.ts';
        return undefined;
      },
    },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  middleware: [
    // A second URL for the CDN bundle, so that a page can load two separate copies of it.
    function secondCopyOfTheBundle(context, next) {
      if (context.url.startsWith('/takar-copy/'))
        context.url = context.url.replace('/takar-copy/', '/packages/elements/dist/cdn/');
      return next();
    },
    // The test boundaries file, at a fixed URL inside the server (404 with a hint when it is absent).
    function sharedBoundaries(context, next) {
      if (context.path !== '/test-boundaries/kabkota-2025.geojson') return next();
      if (!existsSync(BOUNDARIES)) {
        context.status = 404;
        context.body = `Boundaries not found at ${BOUNDARIES}: restore packages/indonesia/data/boundaries from git or set TAKAR_BOUNDARIES.`;
        return undefined;
      }
      context.type = 'application/geo+json';
      context.body = readFileSync(BOUNDARIES);
      return undefined;
    },
    // The boundaries the example pages draw, as `npm start` serves them.
    boundariesMiddleware,
    // Pages under test/csp/ get the strict policy; the test runner's own pages use inline scripts.
    function contentSecurityPolicy(context, next) {
      if (context.path.startsWith('/packages/elements/test/csp/')) {
        context.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      }
      // The studio's page (and its worker) get the stricter policy issue 17 names.
      if (context.path.startsWith('/packages/studio/')) {
        const referer = context.get('referer') ?? '';
        if (
          context.path.startsWith('/packages/studio/test/csp/') ||
          referer.includes('/packages/studio/test/csp/')
        )
          context.set('Content-Security-Policy', STUDIO_CSP);
      }
      return next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 180000,
};
