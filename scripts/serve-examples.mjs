// Builds what the examples site needs (if missing or stale) and serves it with @web/dev-server.
// Used by `npm start` (scripts/start.mjs) and `npm run screenshots` (scripts/screenshots.mjs).
//
// The server's root is the repository, so pages load the CDN build straight from
// packages/elements/dist/cdn/ (nothing is copied); `/` redirects to `/examples/`. Every response
// carries the strict Content-Security-Policy that embedding sites use, so the examples prove
// the elements work under it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CONTENT_SECURITY_POLICY = "script-src 'self'; style-src 'self'";

/**
 * Boundaries for the maps of the example pages: the TopoJSON that `@takar/indonesia/boundaries`
 * ships, or the GeoJSON / TopoJSON file keyed by `code` that `TAKAR_BOUNDARIES` names (e.g. a
 * ministry's own official file). Served at BOUNDARIES_PATH by `npm start` and the test runner.
 */
export const BOUNDARIES_PATH = '/boundaries/kabkota.topo.json';
export const SHIPPED_BOUNDARIES = join(
  ROOT,
  'packages',
  'indonesia',
  'boundaries',
  'kabkota-2025.topo.json',
);
export const BOUNDARIES_FILE = process.env.TAKAR_BOUNDARIES || SHIPPED_BOUNDARIES;

/** Dev-server middleware answering BOUNDARIES_PATH with BOUNDARIES_FILE (404 with a hint). */
export function boundariesMiddleware(context, next) {
  if (context.path !== BOUNDARIES_PATH) return next();
  if (!existsSync(BOUNDARIES_FILE)) {
    context.status = 404;
    context.body = `No boundaries file at ${BOUNDARIES_FILE}; set TAKAR_BOUNDARIES to a GeoJSON or TopoJSON file.`;
    return undefined;
  }
  context.type = BOUNDARIES_FILE.endsWith('.geojson') ? 'application/geo+json' : 'application/json';
  context.body = readFileSync(BOUNDARIES_FILE);
  return undefined;
}

/**
 * Dev-server middleware for the studio (packages/studio): `/studio` redirects to `/studio/`, the
 * page and its bundle are served from packages/studio/ (index.html, studio.css, dist/), and
 * `/studio/boundaries/kabkota.topo.json` answers with the map boundaries, so the studio's
 * relative URLs are the same here as in a folder written for static hosting.
 */
export function studioMiddleware(context, next) {
  if (context.path === '/studio') {
    context.redirect('/studio/');
    return undefined;
  }
  if (!context.path.startsWith('/studio/')) return next();
  if (context.path === '/studio/boundaries/kabkota.topo.json') {
    context.path = BOUNDARIES_PATH;
    return boundariesMiddleware(context, next);
  }
  const rest = context.path.slice('/studio/'.length) || 'index.html';
  context.url = `/packages/studio/${rest}${context.querystring ? `?${context.querystring}` : ''}`;
  // The icon with the cache lifetime static hosts give (GitHub Pages: 10 minutes): without one,
  // Chromium revalidates it at each change of the address, which the studio keeps in sync.
  if (rest === 'favicon.svg') return next().then(() => context.set('Cache-Control', 'max-age=600'));
  return next();
}

/** Newest modification time (ms) of a file or of the files under a folder; 0 if missing. */
function newest(path) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    max = Math.max(max, newest(join(path, entry.name)));
  }
  return max;
}

function run(label, command, args) {
  console.log(`Takar examples: ${label}…`);
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`Takar examples: ${label} failed (exit ${r.status ?? r.signal}); see above.`);
    process.exit(r.status ?? 1);
  }
}

/** Builds the packages, the CDN bundle and the example data when missing or older than their sources. */
export function buildIfNeeded() {
  const node = process.execPath;
  const packagesSources = Math.max(
    ...['core', 'indonesia', 'charts', 'elements'].map((p) => newest(`packages/${p}/src`)),
  );
  if (newest('packages/elements/dist/cdn.js') < packagesSources) {
    // tsc output is older than the sources: rebuild (the CDN bundle is built from it).
    run('building the packages (tsc)', node, ['scripts/build-packages.mjs']);
  }
  if (newest('packages/elements/dist/cdn/takar.js') < newest('packages/elements/dist/cdn.js')) {
    run('building the CDN bundle (rollup)', node, [
      'node_modules/rollup/dist/bin/rollup',
      '-c',
      '--silent',
    ]);
  }
  const exampleSources = Math.max(
    newest('scripts/build-examples.ts'),
    newest('packages/indonesia/src'),
    newest('packages/core/src'),
  );
  if (newest('examples/data/smart-city-2024.json') < exampleSources) {
    run('writing the example data', node, [
      'node_modules/tsx/dist/cli.mjs',
      'scripts/build-examples.ts',
    ]);
  }
}

/** Reads a Koa body (string, Buffer or stream) into a Buffer. */
async function bodyBuffer(body) {
  if (typeof body === 'string') return Buffer.from(body);
  if (Buffer.isBuffer(body)) return body;
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Gzips text responses (HTML, JS, CSS, JSON, GeoJSON) for clients that accept it, as any real
 * web server does, so that the reader report measures what goes over the wire on a real site.
 */
export async function gzipResponses(context, next) {
  await next();
  const type = context.response.type ?? '';
  if (
    !context.body ||
    context.response.get('Content-Encoding') ||
    !/gzip/.test(context.get('Accept-Encoding')) ||
    !/(javascript|json|html|css|svg|text)/.test(type)
  )
    return;
  context.body = gzipSync(await bodyBuffer(context.body), { level: 6 });
  context.set('Content-Encoding', 'gzip');
  context.vary('Accept-Encoding');
}

/** Starts the examples server; resolves with the server and its URL. */
export async function serveExamples({
  port = 8080,
  hostname = 'localhost',
  gzip = false,
  studioPolicy = CONTENT_SECURITY_POLICY,
  onRequest,
} = {}) {
  const server = await startDevServer({
    config: {
      rootDir: ROOT,
      port,
      hostname,
      nodeResolve: false,
      middleware: [
        // Every request that reaches the server (the browser's cache answers the others).
        ...(onRequest
          ? [
              function countRequests(context, next) {
                onRequest(context.path);
                return next();
              },
            ]
          : []),
        ...(gzip ? [gzipResponses] : []),
        function contentSecurityPolicy(context, next) {
          // The studio's pages may get a stricter policy (studio-report.mjs adds default-src).
          const studio = context.path === '/studio' || context.path.startsWith('/studio/');
          context.set('Content-Security-Policy', studio ? studioPolicy : CONTENT_SECURITY_POLICY);
          return next();
        },
        boundariesMiddleware,
        studioMiddleware,
        function examplesHome(context, next) {
          if (context.path === '/' || context.path === '/examples') {
            context.redirect('/examples/');
            return undefined;
          }
          return next();
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return { server, url: `http://${hostname}:${port}/` };
}
