import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResultsDocument } from '@takar/core';
import type { ResultsErrorCode } from '../i18n/texts.js';

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
export type ResultsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; results: ResultsDocument }
  | { status: 'empty'; results: ResultsDocument }
  | { status: 'error'; error: ResultsError };

/** Where results come from: a `data` value wins over a `src` URL. */
export interface ResultsSource {
  src?: string | undefined;
  data?: unknown;
}

/**
 * Loads a results document for an element: fetches `src` or takes `data`, validates it against
 * the results schema, and keeps a loading / ready / empty / error state that the host renders.
 * A newer load cancels an older one; {@link ResultsController.retry} repeats the last.
 *
 * @example
 * ```ts
 * class MyChart extends LitElement {
 *   results = new ResultsController(this, { onError: (e) => console.warn(e.message) });
 *   willUpdate() { this.results.load({ src: this.src, data: this.data }); }
 * }
 * ```
 */
export class ResultsController implements ReactiveController {
  /** The current state. */
  state: ResultsState = { status: 'idle' };
  private last: ResultsSource | undefined;
  private abort: AbortController | undefined;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      onError?: (error: ResultsError) => void;
      onReady?: (results: ResultsDocument) => void;
    } = {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Loads from `source` unless it is the source already loaded (same `src` and `data`). */
  load(source: ResultsSource): void {
    if (this.last && this.last.src === source.src && this.last.data === source.data) return;
    this.last = { src: source.src, data: source.data };
    void this.run(this.last);
  }

  /** Loads the last source again (after an error). */
  retry(): void {
    if (this.last) void this.run(this.last);
  }

  private async run(source: ResultsSource): Promise<void> {
    const generation = ++this.generation;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.set({ status: 'loading' });
    const next = await this.resolve(source, abort.signal);
    if (generation !== this.generation) return; // a newer load took over
    this.set(next);
    if (next.status === 'error') this.options.onError?.(next.error);
    else if (next.status === 'ready' || next.status === 'empty')
      this.options.onReady?.(next.results);
  }

  private async resolve(source: ResultsSource, signal: AbortSignal): Promise<ResultsState> {
    let value: unknown = source.data;
    if (value === undefined || value === null) {
      if (!source.src)
        return fail(
          'results/no-source',
          'Set the `src` attribute to a results document URL, or the `data` property to a results document.',
        );
      let response: Response;
      try {
        response = await fetch(source.src, { signal, headers: { accept: 'application/json' } });
      } catch (e) {
        return fail(
          'results/network',
          `Could not fetch ${source.src}: ${(e as Error).message}. Check the URL and the network.`,
        );
      }
      if (!response.ok) {
        return {
          status: 'error',
          error: {
            code: 'results/http',
            status: response.status,
            message: `Fetching ${source.src} answered HTTP ${response.status}; check the src URL.`,
          },
        };
      }
      const text = await response.text();
      try {
        value = JSON.parse(text);
      } catch (e) {
        return fail(
          'results/invalid-json',
          `${source.src} is not JSON (${(e as Error).message}); point src at a results document written by Takar.`,
        );
      }
    }
    const { validateResults } = await import('./validate-results.js');
    const checked = validateResults(value);
    if (!checked.ok) {
      const first = checked.issues[0];
      const where = first ? ` at ${first.path.join('.') || '(root)'}: ${first.message}` : '';
      return {
        status: 'error',
        error: {
          code: 'results/invalid-document',
          issues: checked.issues,
          message: `The data is not a Takar results document (${checked.issues.length} issue(s); first${where}). Produce it with takar score or @takar/core's score().`,
        },
      };
    }
    return checked.results.units.length === 0
      ? { status: 'empty', results: checked.results }
      : { status: 'ready', results: checked.results };
  }

  private set(state: ResultsState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

function fail(code: ResultsErrorCode, message: string): ResultsState {
  return { status: 'error', error: { code, message } };
}
