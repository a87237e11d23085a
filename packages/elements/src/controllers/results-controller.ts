import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RegionDocument, ResultsDocument } from '@takar/core/results';
import type { ResultsErrorCode } from '../i18n/texts.js';
import { fetchShared } from './results-store.js';

/** A problem loading or validating results; `message` is written for the page's developer. */
export interface ResultsError {
  code: ResultsErrorCode;
  message: string;
  /** HTTP status for `results/http`. */
  status?: number;
  /** Where a results document failed validation. */
  issues?: { path: (string | number)[]; message: string }[];
}

/** What the controller holds: nothing yet, loading, results (possibly without units), or an error. */
export type ResultsState<T = ResultsDocument> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; results: T }
  | { status: 'empty'; results: T }
  | { status: 'error'; error: ResultsError };

/** Where results come from: a `data` value wins over a `src` URL (or several URLs, fetched as a list). */
export interface ResultsSource {
  src?: string | readonly string[] | undefined;
  data?: unknown;
}

/** The outcome of validating a loaded value. */
export type Validation<T> =
  | { ok: true; results: T }
  | { ok: false; issues: { path: (string | number)[]; message: string }[] };

/** How a {@link ResultsController} checks what it loaded; the default is the results schema. */
export interface ResultsKind<T> {
  /** Validates a parsed JSON value (the schema is imported lazily, so it stays out of the first script). */
  validate: (value: unknown) => Promise<Validation<T>>;
  /** Whether valid data has nothing to show. */
  isEmpty: (value: T) => boolean;
  /** What a valid document is, for error messages. */
  what: string;
  /** What to do about it, for error messages. */
  hint: string;
}

/** A document an element may be given: full results, or one region's slice of them. */
type AnyDocument = ResultsDocument | RegionDocument;

/**
 * Validations already done on this page, per parsed value: every element showing the same
 * fetched document shares one validation and one parsed copy (so linked elements see the same
 * object, and a page of four elements on one document validates it once).
 */
const validated = new WeakMap<object, Promise<Validation<AnyDocument>>>();

/** Validates a results (or region) document once per value. */
function validateDocument(value: unknown): Promise<Validation<AnyDocument>> {
  const run = async () => (await import('./validate-results.js')).validateResults(value);
  if (typeof value !== 'object' || value === null) return run();
  let hit = validated.get(value);
  if (!hit) validated.set(value, (hit = run()));
  return hit;
}

const isRegion = (d: AnyDocument): d is RegionDocument => d.format === 'takar-region';

/** The issue of a region document given where the full results are needed. */
const needsFull: Validation<never> = {
  ok: false,
  issues: [
    {
      path: ['format'],
      message:
        'this is a region document (one region, format "takar-region"); this element needs the full results document',
    },
  ],
};

/** Results documents, validated with @takar/core's `parseResults` (format 1 is migrated). */
export const RESULTS_KIND: ResultsKind<ResultsDocument> = {
  validate: async (value) => {
    const checked = await validateDocument(value);
    if (!checked.ok) return checked;
    return isRegion(checked.results) ? needsFull : { ok: true, results: checked.results };
  },
  isEmpty: (r) => r.units.codes.length === 0,
  what: 'a Takar results document',
  hint: "Produce it with takar score or @takar/core's score().",
};

/** A results document or a region document (`regions/<code>.json` of `takar publish`). */
export const REGION_KIND: ResultsKind<AnyDocument> = {
  validate: validateDocument,
  isEmpty: (r) =>
    isRegion(r) ? r.years.every((y) => y.region === null) : r.units.codes.length === 0,
  what: 'a Takar results document or region document',
  hint: "Produce it with takar score or @takar/core's score(); takar publish writes region documents.",
};

/** A list of results documents (one per year), each validated. */
export const RESULTS_LIST_KIND: ResultsKind<ResultsDocument[]> = {
  validate: async (value) => {
    if (!Array.isArray(value))
      return { ok: false, issues: [{ path: [], message: 'expected a list of results documents' }] };
    const out: ResultsDocument[] = [];
    for (const [i, item] of value.entries()) {
      const checked = await RESULTS_KIND.validate(item);
      if (!checked.ok)
        return { ok: false, issues: checked.issues.map((x) => ({ ...x, path: [i, ...x.path] })) };
      out.push(checked.results);
    }
    return { ok: true, results: out };
  },
  isEmpty: (list) => list.every((r) => r.units.codes.length === 0),
  what: 'a list of Takar results documents',
  hint: 'Give one results document per year (the src attribute takes several URLs separated by spaces).',
};

/** A list of results documents (one per year), or one region document (all its years). */
export const SERIES_KIND: ResultsKind<AnyDocument[]> = {
  validate: async (value) => {
    const list = Array.isArray(value) ? value : [value];
    const out: AnyDocument[] = [];
    for (const [i, item] of list.entries()) {
      const checked = await validateDocument(item);
      if (!checked.ok)
        return { ok: false, issues: checked.issues.map((x) => ({ ...x, path: [i, ...x.path] })) };
      out.push(checked.results);
    }
    if (out.length > 1 && out.some(isRegion))
      return {
        ok: false,
        issues: [
          {
            path: [out.findIndex(isRegion)],
            message:
              'a region document holds every year already: give it alone, or one results document per year',
          },
        ],
      };
    return { ok: true, results: out };
  },
  isEmpty: (list) => list.every((r) => REGION_KIND.isEmpty(r)),
  what: 'a list of Takar results documents, or a region document',
  hint: 'Give one results document per year (the src attribute takes several URLs separated by spaces), or the region document takar publish writes.',
};

/**
 * Loads a results document for an element: fetches `src` (or several URLs, as a list) or takes
 * `data`, validates it (the results schema by default, or another {@link ResultsKind}), and keeps
 * a loading / ready / empty / error state that the host renders. A newer load cancels an older
 * one; {@link ResultsController.retry} repeats the last.
 *
 * @example
 * ```ts
 * class MyChart extends LitElement {
 *   results = new ResultsController(this, { onError: (e) => console.warn(e.message) });
 *   willUpdate() { this.results.load({ src: this.src, data: this.data }); }
 * }
 * ```
 */
export class ResultsController<T = ResultsDocument> implements ReactiveController {
  /** The current state. */
  state: ResultsState<T> = { status: 'idle' };
  private last: ResultsSource | undefined;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      onError?: (error: ResultsError) => void;
      onReady?: (results: T) => void;
      kind?: ResultsKind<T>;
    } = {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A load in flight is dropped; the shared fetch goes on for other elements, and this one
    // loads again (from the page's cache) if it is connected again.
    if (this.state.status === 'loading') {
      this.generation++;
      this.last = undefined;
      this.state = { status: 'idle' };
    }
  }

  /** Loads from `source` unless it is the source already loaded (same `src` and `data`). */
  load(source: ResultsSource): void {
    const key = (s: ResultsSource['src']) => (Array.isArray(s) ? s.join(' ') : s);
    if (this.last && key(this.last.src) === key(source.src) && this.last.data === source.data)
      return;
    this.last = { src: source.src, data: source.data };
    void this.run(this.last);
  }

  /** Loads the last source again (after an error). */
  retry(): void {
    if (this.last) void this.run(this.last);
  }

  private async run(source: ResultsSource): Promise<void> {
    const generation = ++this.generation;
    this.set({ status: 'loading' });
    const next = await this.resolve(source);
    if (generation !== this.generation) return; // a newer load took over
    this.set(next);
    if (next.status === 'error') this.options.onError?.(next.error);
    else if (next.status === 'ready' || next.status === 'empty')
      this.options.onReady?.(next.results);
  }

  private async resolve(source: ResultsSource): Promise<ResultsState<T>> {
    const kind = (this.options.kind ?? RESULTS_KIND) as unknown as ResultsKind<T>;
    let value: unknown = source.data;
    if (value === undefined || value === null) {
      const src = source.src;
      if (!src || src.length === 0)
        return fail(
          'results/no-source',
          'Set the `src` attribute to a results document URL, or the `data` property to a results document.',
        );
      if (typeof src === 'string') {
        const got = await fetchShared(src);
        if (!got.ok) return { status: 'error', error: got.error };
        value = got.value;
      } else {
        // Fetched side by side (each URL once per page), kept in the order given.
        const all = await Promise.all(src.map((one) => fetchShared(one)));
        const failed = all.find((o) => !o.ok);
        if (failed && !failed.ok) return { status: 'error', error: failed.error };
        value = all.map((o) => (o.ok ? o.value : undefined));
      }
    }
    const checked = await kind.validate(value);
    if (!checked.ok) {
      const first = checked.issues[0];
      const where = first ? ` at ${first.path.join('.') || '(root)'}: ${first.message}` : '';
      return {
        status: 'error',
        error: {
          code: 'results/invalid-document',
          issues: checked.issues,
          message: `The data is not ${kind.what} (${checked.issues.length} issue(s); first${where}). ${kind.hint}`,
        },
      };
    }
    return kind.isEmpty(checked.results)
      ? { status: 'empty', results: checked.results }
      : { status: 'ready', results: checked.results };
  }

  private set(state: ResultsState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

function fail(code: ResultsErrorCode, message: string): ResultsState<never> {
  return { status: 'error', error: { code, message } };
}
