import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang, ResultsDocument } from '@takar/core';
import {
  ResultsController,
  RESULTS_KIND,
  type ResultsError,
  type ResultsKind,
  type ResultsSource,
} from '../controllers/results-controller.js';
import { ChartController, type ChartInput } from '../controllers/chart-controller.js';
import { TooltipController } from '../controllers/tooltip-controller.js';
import { textsFor, vegaNumberLocale, type Texts } from '../i18n/texts.js';
import { download, toCsv, type CsvTable } from './csv.js';
import { readTheme, type ThemeColors } from './theme.js';
import { sharedStyles } from './styles.js';

/** Detail of the `takar-rendered` event. */
export interface TakarRenderedDetail {
  /** Number of marks (bars, dots, points) drawn. */
  bars: number;
}

/** Detail of the `takar-select` event: the region a reader chose (in the table or the chart). */
export interface TakarSelectDetail {
  unit: string;
  name: string;
}

/** One entry of a chart legend. */
export interface LegendEntry {
  label: string;
  color: string;
  /** `circle` (default), `diamond`, `square`, `triangle-up` or `bar`. */
  shape?: string;
}

/** What an element shows once its data is in, built by {@link TakarElement.buildView}. */
export interface ElementView {
  title: string;
  description: string;
  chart?: ChartInput | undefined;
  /**
   * A drawing the element renders itself instead of a Vega chart (the map's SVG). It replaces
   * the chart container's content; PNG/SVG export then goes through {@link TakarElement.imageSVG}
   * and {@link TakarElement.imagePNG}, which the element overrides.
   */
  figure?: TemplateResult | undefined;
  /** Extra content between the legend and the chart (e.g. a note on data that could not be shown). */
  notes?: TemplateResult | undefined;
  legend?: LegendEntry[];
  /** A legend the element draws itself (e.g. a colour ramp); shown after `legend`. */
  legendFigure?: TemplateResult | undefined;
  /** Controls, tables and lists below the chart. */
  body: TemplateResult;
  /** Extra content above the chart (e.g. filters). */
  controls?: TemplateResult;
  csv: { visible: CsvTable; full: CsvTable };
  /** Base of download file names, e.g. `takar-ranking-2024`. */
  fileName: string;
  marks: number;
  /** Message shown instead of the chart and table when there is nothing to show. */
  empty?: string;
}

const langOf = (value: string | null): Lang =>
  value?.toLowerCase().startsWith('en') ? 'en' : 'id';

const shapePath: Record<string, string> = {
  circle: 'M6,1A5,5,0,1,1,6,11A5,5,0,1,1,6,1Z',
  diamond: 'M6,0L12,6L6,12L0,6Z',
  square: 'M1,1H11V11H1Z',
  'triangle-up': 'M6,0L12,11H0Z',
  bar: 'M0,2H12V10H0Z',
};

/**
 * What every Takar element shares: the attributes (`src`, `lang`, `region`, `year`, `dimension`,
 * `peers`, `theme`), the controllers (results, chart, tooltip), the states (loading, empty, error
 * with retry), the heading and notice, the text description, the legend, the export toolbar and
 * the events. The behaviour lives in the controllers; this class only wires them, so an element
 * is its `buildView`.
 *
 * @cssprop --takar-font - Font family.
 * @cssprop --takar-text-color - Text and axis label colour.
 * @cssprop --takar-muted-color - Secondary text colour.
 * @cssprop --takar-surface - Background.
 * @cssprop --takar-bar-color - Bar and dot colour.
 * @cssprop --takar-highlight-color - Colour of the highlighted region.
 * @cssprop --takar-highlight-background - Background of the highlighted table row.
 * @cssprop --takar-grid-color - Grid and axis line colour.
 * @cssprop --takar-border-color - Table rule colour.
 * @cssprop --takar-notice-background - Background of the illustrative-data notice.
 * @cssprop --takar-notice-color - Text colour of the notice.
 * @cssprop --takar-error-color - Error colour.
 * @cssprop --takar-focus-color - Focus ring colour.
 * @cssprop --takar-peer-color - Colour of the peer median.
 * @cssprop --takar-nation-color - Colour of the national median.
 * @cssprop --takar-series-1 - First series colour (also -2 … -6).
 * @cssprop --takar-band-1 - Colour of the lowest band (up to -5, the highest).
 * @cssprop --takar-up-color - Colour of a rank gain.
 * @cssprop --takar-down-color - Colour of a rank loss.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The heading.
 * @csspart notice - The "illustrative data" notice.
 * @csspart description - The text description.
 * @csspart toolbar - The export buttons.
 * @csspart chart - The chart container.
 * @csspart legend - The chart legend.
 * @csspart tooltip - The chart tooltip.
 * @csspart table - The data table.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error box.
 * @csspart retry - The retry button.
 *
 * @fires takar-rendered - The chart is drawn; `detail.bars` is the number of marks.
 * @fires takar-error - Data could not be loaded or validated, or the chart failed; `detail` is a ResultsError.
 * @fires takar-select - A region was chosen in the table or the chart; `detail` is `{ unit, name }`.
 */
export abstract class TakarElement<T = ResultsDocument> extends LitElement {
  /** Styles adopted as constructable style sheets (allowed under `style-src 'self'`). */
  static override styles = [sharedStyles];

  /** URL of the data (a results document); `{year}` in it is replaced by the `year` attribute. */
  @property({ reflect: true }) accessor src: string | undefined = undefined;

  /** The data as a value (object or unvalidated JSON); wins over `src`. */
  @property({ attribute: false }) accessor data: unknown = undefined;

  /** Language of texts and numbers: `id` (default) or `en`. */
  @property({ reflect: true, converter: { fromAttribute: langOf } }) override accessor lang: Lang =
    'id';

  /** Unit code of the region in focus (highlighted, profiled), e.g. `32.73`. */
  @property({ reflect: true }) accessor region: string | undefined = undefined;

  /** Year of the data; replaces `{year}` in `src`. */
  @property({ reflect: true }) accessor year: string | undefined = undefined;

  /** Node code to show (a dimension or an indicator); default the index. */
  @property({ reflect: true }) accessor dimension: string | undefined = undefined;

  /** Peer group: a group column (`type`, `province`, `populationClass`) or unit codes. */
  @property({ reflect: true }) accessor peers: string | undefined = undefined;

  /** `light`, `dark`, or unset to follow the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) accessor theme: string | undefined = undefined;

  /** Hide the table visually (it stays available to screen readers). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-table' }) accessor hideTable = false;

  protected readonly results = new ResultsController<T>(this, {
    kind: this.resultsKind(),
    onError: (error) => this.emitError(error),
  });

  protected readonly tooltip = new TooltipController(this, () =>
    this.renderRoot.querySelector<HTMLElement>('.tooltip'),
  );

  protected readonly chart = new ChartController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    onRendered: () => this.emitRendered(),
    onError: (error) =>
      this.emitError({
        code: 'chart/render',
        message: `The chart failed to render: ${error.message}`,
      }),
    onTooltip: (event, value) => this.tooltip.show(event, value),
    onMarkClick: (datum) => {
      if (typeof datum.unit === 'string') this.select(datum.unit, String(datum.name ?? datum.unit));
    },
  });

  /** The view built from the data, or an error found while building it. */
  protected view: ElementView | ResultsError | undefined;
  private viewKey: unknown[] = [];
  private colorScheme: MediaQueryList | undefined;
  private readonly onScheme = () => this.requestUpdate();

  /** How loaded data is validated; results documents unless an element says otherwise. */
  protected resultsKind(): ResultsKind<T> {
    return RESULTS_KIND as unknown as ResultsKind<T>;
  }

  /** Where the data comes from. */
  protected source(): ResultsSource {
    return { src: this.src?.replace(/\{year\}/g, this.year ?? ''), data: this.data };
  }

  /** Values besides the shared attributes that the view depends on. */
  protected viewDependencies(): unknown[] {
    return [];
  }

  /** Builds what the element shows from valid data. */
  protected abstract buildView(data: T, t: Texts, theme: ThemeColors): ElementView | ResultsError;

  /** The data shown, once loaded and valid. */
  get loaded(): T | undefined {
    const s = this.results.state;
    return s.status === 'ready' || s.status === 'empty' ? s.results : undefined;
  }

  /** Loads the data again (after an error). */
  retry(): void {
    this.results.retry();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.colorScheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.colorScheme?.addEventListener('change', this.onScheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.colorScheme?.removeEventListener('change', this.onScheme);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.results.load(this.source());
    const data = this.loaded;
    const theme = data === undefined ? undefined : readTheme(this);
    const key = [
      data,
      this.lang,
      this.region,
      this.dimension,
      this.peers,
      theme && JSON.stringify(theme),
      ...this.viewDependencies(),
    ];
    if (key.length === this.viewKey.length && key.every((k, i) => k === this.viewKey[i])) return;
    this.viewKey = key;
    if (data === undefined || theme === undefined) {
      this.view = undefined;
      return;
    }
    const built = this.buildView(data, textsFor(this.lang), theme);
    this.view = built;
    if ('code' in built) this.emitError(built);
  }

  protected override updated(): void {
    const view = this.view && !('code' in this.view) ? this.view : undefined;
    this.chart.set(view?.chart);
  }

  /** Adds the number locale and label width to a compiled chart. */
  protected chartInput(compiled: Omit<ChartInput, 'numberLocale'>, key: string): ChartInput {
    return {
      ...compiled,
      key,
      numberLocale: vegaNumberLocale(this.lang),
      signalsForWidth: (w) => ({ labelLimit: Math.round(Math.min(240, Math.max(90, w * 0.4))) }),
    };
  }

  /** Tells the page a region was chosen. */
  protected select(unit: string, name: string): void {
    const detail: TakarSelectDetail = { unit, name };
    this.dispatchEvent(new CustomEvent('takar-select', { detail, bubbles: true, composed: true }));
  }

  /** Sends `takar-rendered` with the number of marks of the current view. */
  protected emitRendered(): void {
    const view = this.view && !('code' in this.view) ? this.view : undefined;
    const detail: TakarRenderedDetail = { bars: view?.marks ?? 0 };
    this.dispatchEvent(
      new CustomEvent('takar-rendered', { detail, bubbles: true, composed: true }),
    );
  }

  protected emitError(error: ResultsError): void {
    this.dispatchEvent(
      new CustomEvent('takar-error', { detail: error, bubbles: true, composed: true }),
    );
  }

  /** Downloads the chart as PNG or SVG, or the table as CSV (`visible` rows or `full` data). */
  async export(kind: 'png' | 'svg' | 'csv-visible' | 'csv-full'): Promise<void> {
    const view = this.view && !('code' in this.view) ? this.view : undefined;
    if (!view) return;
    const root = this.renderRoot as ShadowRoot;
    if (kind === 'svg') {
      const text = await this.imageSVG();
      if (text) download(root, new Blob([text], { type: 'image/svg+xml' }), `${view.fileName}.svg`);
    } else if (kind === 'png') {
      const blob = await this.imagePNG(readTheme(this).surface);
      if (blob) download(root, blob, `${view.fileName}.png`);
    } else {
      const table = kind === 'csv-full' ? view.csv.full : view.csv.visible;
      const suffix = kind === 'csv-full' ? '-all' : '';
      download(
        root,
        new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }),
        `${view.fileName}${suffix}.csv`,
      );
    }
  }

  /** The chart as SVG text, for export (the Vega chart unless an element draws its own). */
  protected imageSVG(): Promise<string | undefined> {
    return this.chart.toSVG();
  }

  /** The chart as a PNG image on `background`, for export. */
  protected imagePNG(background: string): Promise<Blob | undefined> {
    return this.chart.toPNG(background);
  }

  protected override render(): TemplateResult {
    const t = textsFor(this.lang);
    const state = this.results.state;
    const view = this.view;
    const data = this.loaded;
    const synthetic = data !== undefined && this.isSynthetic(data);
    return html`<section part="base" class="base">
      ${view && !('code' in view) ? html`<h2 part="title" class="title">${view.title}</h2>` : nothing}
      ${synthetic ? html`<p part="notice" class="notice" role="note">${t.illustrative}</p>` : nothing}
      ${
        state.status === 'loading' || state.status === 'idle'
          ? html`<p part="status" class="status" role="status">${t.loading}</p>`
          : state.status === 'error'
            ? this.renderError(t, state.error)
            : !view
              ? html`<p part="status" class="status" role="status">${t.loading}</p>`
              : 'code' in view
                ? this.renderError(t, view)
                : view.empty
                  ? html`${view.controls ?? nothing}
                      <p part="status" class="status" role="status">${view.empty}</p>`
                  : this.renderView(t, view)
      }
    </section>`;
  }

  private isSynthetic(data: T): boolean {
    const list = (Array.isArray(data) ? data : [data]) as { source?: { synthetic?: boolean } }[];
    return list.some((d) => d?.source?.synthetic === true);
  }

  private renderError(t: Texts, error: ResultsError): TemplateResult {
    const summary =
      t.errors[error.code] +
      (error.status
        ? ` (HTTP ${error.status}).`
        : error.code === 'results/http' || error.code === 'boundaries/http'
          ? '.'
          : '');
    return html`<div part="error" class="error" role="alert">
      <p>${summary}</p>
      <p class="detail">${error.message}</p>
      <button part="retry" type="button" @click=${() => this.retry()}>${t.retry}</button>
    </div>`;
  }

  private renderView(t: Texts, view: ElementView): TemplateResult {
    const chartStatus = this.chart.status;
    return html`<p part="description" class="description">${view.description}</p>
      ${view.controls ?? nothing}
      <div part="toolbar" class="toolbar" role="group" aria-label=${t.exportLabel}>
        <span aria-hidden="true">${t.exportLabel}:</span>
        ${
          view.chart || view.figure
            ? html`<button type="button" @click=${() => this.export('png')}>${t.exportPng}</button>
                <button type="button" @click=${() => this.export('svg')}>${t.exportSvg}</button>`
            : nothing
        }
        <button type="button" @click=${() => this.export('csv-visible')}>
          ${t.exportCsvVisible}
        </button>
        <button type="button" @click=${() => this.export('csv-full')}>${t.exportCsvFull}</button>
      </div>
      ${view.legend?.length ? this.renderLegend(t, view.legend) : nothing}
      ${view.legendFigure ?? nothing} ${view.notes ?? nothing}
      ${
        view.figure
          ? html`<div
              part="chart"
              class="chart figure"
              aria-hidden="true"
              @pointerleave=${() => this.tooltip.hide()}
            >
              ${view.figure}
            </div>`
          : html`<div
              part="chart"
              class="chart"
              aria-hidden="true"
              @pointerleave=${() => this.tooltip.hide()}
            ></div>`
      }
      <div part="tooltip" class="tooltip" role="tooltip" hidden></div>
      ${
        view.chart && (chartStatus === 'loading' || chartStatus === 'waiting')
          ? html`<p class="chart-status" aria-hidden="true">${t.chartLoading}</p>`
          : nothing
      }
      ${view.body}`;
  }

  private renderLegend(t: Texts, legend: LegendEntry[]): TemplateResult {
    return html`<ul part="legend" class="legend" aria-label=${t.legend}>
      ${legend.map(
        (e) =>
          html`<li>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              ${svg`<path d=${shapePath[e.shape ?? 'circle'] ?? shapePath.circle!} fill=${e.color}></path>`}
            </svg>
            ${e.label}
          </li>`,
      )}
    </ul>`;
  }
}

/** The `takar-*` events every element sends. */
export interface TakarEventMap {
  'takar-rendered': CustomEvent<TakarRenderedDetail>;
  'takar-error': CustomEvent<ResultsError>;
  'takar-select': CustomEvent<TakarSelectDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends TakarEventMap {}
}
