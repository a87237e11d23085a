/**
 * "Terbitkan situs": the site `takar publish` writes, as one `.zip` made in the browser. The files
 * come from the same function the CLI writes (`buildSite` of `@takar/elements/site`), so a zip
 * unpacked and a folder from `takar publish` are the same site for the same documents.
 *
 * The element bundle the site carries (`takar/`) is the studio's copy of the CDN build, packed by
 * `scripts/build.mjs` into `dist/site-bundle.zip`. {@link loadSiteBundle} fetches it: call it while
 * the studio loads (it caches one promise per address), so that publishing makes no request
 * afterwards. Entries are stored in the site's order with a fixed date, so the same
 * documents give the same bytes (in one time zone: ZIP stores local time).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { TakarError, issue, type ResultsDocument } from '@takar/core/results';
import { buildSite, type SiteBoundaries, type SiteFile } from '@takar/elements/site';

/** Where the studio's copy of the element bundle is (one zip), relative to the studio's page. */
export const SITE_BUNDLE_PATH = 'dist/site-bundle.zip';

const loading = new Map<string, Promise<SiteFile[]>>();

/** Fetches the bundle's zip, or throws a `TakarError` naming the address and what to do. */
async function fetchBundle(url: URL, fetcher: typeof fetch): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (e) {
    throw new TakarError(
      issue(
        'io/unreadable',
        ['siteBundle', url.href],
        `The element bundle could not be fetched from ${url.href} (${(e as Error).message}); reload the studio.`,
      ),
    );
  }
  if (!response.ok)
    throw new TakarError(
      issue(
        response.status === 404 ? 'io/not-found' : 'io/unreadable',
        ['siteBundle', url.href],
        `The element bundle is not at ${url.href} (HTTP ${response.status}); build the studio with \`npm run build -w @takar/studio\` (or write it with \`takar studio --out\`).`,
      ),
    );
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The element bundle's files for a published site, fetched once per address from the studio's
 * copy (`dist/site-bundle.zip`, one request) and unpacked on this thread (no worker, so no
 * `blob:` script under the strict CSP). A missing or damaged zip is a `TakarError` naming the
 * address; a failed load is not kept, so the next call tries again.
 *
 * @param url - the bundle's zip (default {@link SITE_BUNDLE_PATH} from the page's address)
 * @param fetcher - the `fetch` to use (tests pass their own)
 * @example
 * ```ts
 * // As the studio starts, so that publishing needs no request later:
 * const bundle = loadSiteBundle();
 * ```
 */
export function loadSiteBundle(
  url: string | URL = new URL(SITE_BUNDLE_PATH, document.baseURI),
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): Promise<SiteFile[]> {
  const at = new URL(url);
  const cached = loading.get(at.href);
  if (cached) return cached;
  const promise = (async () => {
    const zip = await fetchBundle(at, fetcher);
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(zip);
    } catch (e) {
      throw new TakarError(
        issue(
          'io/unknown-format',
          ['siteBundle', at.href],
          `${at.href} is not a readable zip (${(e as Error).message}); reload the studio, or rebuild it with \`npm run build -w @takar/studio\`.`,
        ),
      );
    }
    return Object.entries(entries)
      .filter(([path]) => !path.endsWith('/'))
      .map(([path, content]) => ({ path, content }));
  })();
  promise.catch(() => loading.delete(at.href));
  loading.set(at.href, promise);
  return promise;
}

/** Options of {@link siteZip}: those of `takar publish`. */
export interface SiteZipOptions {
  /** Indent the JSON files (default compact). */
  pretty?: boolean;
  /** Base URL of a hosted element bundle for the embed snippets (`takar publish --cdn`). */
  cdn?: string;
  /** Region boundaries for a `<takar-map>`: a file's text (checked and copied) or a URL. */
  boundaries?: SiteBoundaries;
  /** The element bundle's files (default: {@link loadSiteBundle}'s, from the studio's copy). */
  bundle?: readonly SiteFile[] | Promise<readonly SiteFile[]>;
}

/** The date every entry carries, so that the same site gives the same bytes. */
const DATE = new Date(2000, 0, 1);

/**
 * The published site of these results as a `.zip`: one document, or one per year (the same
 * framework, published as given: rescore a series across years before). Throws a `TakarError`
 * with every problem at once (as `takar publish` does).
 *
 * @example
 * ```ts
 * const bytes = await siteZip([results2023, results2024], { cdn: 'https://cdn.example.go.id/takar/' });
 * download(new Blob([bytes], { type: 'application/zip' }), 'situs-takar.zip');
 * ```
 */
export async function siteZip(
  docs: ResultsDocument | readonly ResultsDocument[],
  options: SiteZipOptions = {},
): Promise<Uint8Array> {
  const list: readonly ResultsDocument[] = Array.isArray(docs) ? docs : [docs as ResultsDocument];
  const bundle = await (options.bundle ?? loadSiteBundle());
  const { files } = buildSite({
    years: list.map((results) => ({ results })),
    bundle,
    ...(options.pretty ? { pretty: true } : {}),
    ...(options.cdn === undefined ? {} : { cdn: options.cdn }),
    ...(options.boundaries ? { boundaries: options.boundaries } : {}),
  });
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const f of files)
    entries[f.path] = typeof f.content === 'string' ? encoder.encode(f.content) : f.content;
  return zipSync(entries, { level: 6, mtime: DATE });
}
