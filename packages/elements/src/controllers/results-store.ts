import type { ResultsError } from './results-controller.js';

/** The outcome of fetching one URL: its parsed JSON, or an error for the element to show. */
export type FetchOutcome = { ok: true; value: unknown } | { ok: false; error: ResultsError };

/**
 * The page's cache of fetched data, shared by every element (and by a second copy of the bundle
 * on the page, through a registered symbol): each URL is fetched and parsed once, however many
 * elements name it. Failures are not kept, so "try again" fetches again.
 */
interface Store {
  urls: Map<string, Promise<FetchOutcome>>;
  /** How many network fetches the store started (for tests and the element report). */
  fetches: number;
}

const STORE_KEY = Symbol.for('takar.results.v1');

function store(): Store {
  const g = globalThis as unknown as Record<symbol, Store | undefined>;
  return (g[STORE_KEY] ??= { urls: new Map(), fetches: 0 });
}

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/**
 * Fetches and parses a JSON URL once per page: every element asking for the same absolute URL
 * gets the same promise and the same parsed value (which no element may change).
 *
 * @example
 * ```ts
 * const a = fetchShared('/data/smart-city-2024.json');
 * const b = fetchShared('/data/smart-city-2024.json'); // no second request
 * ```
 */
export function fetchShared(src: string): Promise<FetchOutcome> {
  const s = store();
  const url = absolute(src);
  const cached = s.urls.get(url);
  if (cached) return cached;
  s.fetches++;
  const pending = fetchJson(src);
  s.urls.set(url, pending);
  void pending.then((o) => {
    if (!o.ok) s.urls.delete(url);
  });
  return pending;
}

/** Network fetches the page's store has started so far. */
export function sharedFetchCount(): number {
  return store().fetches;
}

async function fetchJson(src: string): Promise<FetchOutcome> {
  let response: Response;
  try {
    response = await fetch(src, { headers: { accept: 'application/json' } });
  } catch (e) {
    return fail(
      'results/network',
      `Could not fetch ${src}: ${(e as Error).message}. Check the URL and the network.`,
    );
  }
  if (!response.ok) {
    return {
      ok: false,
      error: {
        code: 'results/http',
        status: response.status,
        message: `Fetching ${src} answered HTTP ${response.status}; check the src URL.`,
      },
    };
  }
  const text = await response.text();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return fail(
      'results/invalid-json',
      `${src} is not JSON (${(e as Error).message}); point src at a document written by Takar.`,
    );
  }
}

function fail(code: ResultsError['code'], message: string): FetchOutcome {
  return { ok: false, error: { code, message } };
}
