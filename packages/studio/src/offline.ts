/**
 * "Siap luring" (ready offline): right after the studio's first paint, it fetches every part it
 * may need later, so that from then on it makes no network request at all (the "nothing
 * leaves the browser", taken literally), and a studio opened from a folder or a USB stick keeps
 * working when the network goes:
 * - every script chunk the build wrote (listed in dist/studio-manifest.json), as
 *   `<link rel="modulepreload">`: fetched and parsed, not run, until the code first imports them
 *   (Vega, the map geometry, the workbook reader and writer, the site builder…);
 * - the kept uncertainty workers (warm-workers.ts), each once it has loaded the engine;
 * - the element bundle that published sites carry (dist/site-bundle.zip);
 * - the map boundaries, as text, once: the map draws them and "Terbitkan situs" copies them.
 * A part that cannot be fetched is reported (the studio then fetches it when first needed, from its
 * own folder, as before); nothing is retried in a loop.
 */

/** One part fetched up front, for the status line and the report. */
export interface OfflinePart {
  name: 'chunks' | 'workers' | 'site-bundle' | 'boundaries';
  ok: boolean;
  /** Files fetched for it. */
  files: number;
  /** Why it failed, in English (the status line gives the part's name in the studio's language). */
  error?: string;
}

/** Where the parts are, resolved against the page. */
export interface OfflineSources {
  manifest: URL;
  /** The kept workers' `ready` (or undefined when uncertainty runs on the page's thread). */
  workersReady?: Promise<void>;
  workerCount?: number;
  siteBundle: () => Promise<unknown>;
  boundaries: () => Promise<unknown>;
  /** Called as each part ends (ok or not). */
  onPart?: (part: OfflinePart) => void;
}

/** The script chunks of a studio manifest: `dist/…` .js files other than the entry points. */
export function manifestChunks(manifest: unknown, entries: readonly string[]): string[] {
  const files = (manifest as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) throw new Error('the studio manifest lists no files');
  return files
    .map((f) => (f as { path?: unknown })?.path)
    .filter(
      (p): p is string =>
        typeof p === 'string' && p.startsWith('dist/') && p.endsWith('.js') && !entries.includes(p),
    );
}

/** The entry points: loaded by the page itself (studio.js) or only in a worker. */
const ENTRIES = ['dist/studio.js', 'dist/uncertainty-worker.js'];

/** Preloads one module by a `<link rel="modulepreload">` (fetched and parsed, not run). */
function modulePreload(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${href} could not be fetched`)), {
      once: true,
    });
    document.head.append(link);
  });
}

async function chunks(manifestUrl: URL): Promise<number> {
  const response = await fetch(manifestUrl);
  if (!response.ok) throw new Error(`${manifestUrl.href}: HTTP ${response.status}`);
  // The manifest's paths are relative to the studio's folder, which holds dist/.
  const folder = new URL('..', manifestUrl);
  const list = manifestChunks(await response.json(), ENTRIES);
  await Promise.all(list.map((p) => modulePreload(new URL(p, folder).href)));
  return list.length + 1;
}

async function part(
  name: OfflinePart['name'],
  run: () => Promise<number>,
  onPart?: (p: OfflinePart) => void,
): Promise<OfflinePart> {
  let out: OfflinePart;
  try {
    out = { name, ok: true, files: await run() };
  } catch (e) {
    out = { name, ok: false, files: 0, error: e instanceof Error ? e.message : String(e) };
  }
  onPart?.(out);
  return out;
}

/**
 * Fetches every part (in parallel) and resolves with how each went; never rejects.
 *
 * @example
 * ```ts
 * const parts = await goOffline({
 *   manifest: new URL('dist/studio-manifest.json', document.baseURI),
 *   siteBundle: () => loadSiteBundle(),
 *   boundaries: () => fetch('boundaries/kabkota.topo.json').then((r) => r.text()),
 * });
 * parts.every((p) => p.ok); // true: no request from here on
 * ```
 */
export function goOffline(sources: OfflineSources): Promise<OfflinePart[]> {
  const { onPart } = sources;
  const workersReady = sources.workersReady;
  return Promise.all([
    part('chunks', () => chunks(sources.manifest), onPart),
    ...(workersReady
      ? [part('workers', () => workersReady.then(() => sources.workerCount ?? 1), onPart)]
      : []),
    part('site-bundle', () => sources.siteBundle().then(() => 1), onPart),
    part('boundaries', () => sources.boundaries().then(() => 1), onPart),
  ]);
}
