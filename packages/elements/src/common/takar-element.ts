import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang, ResultsDocument } from '@takar/core/results';
import { rankingLabelLimit } from '@takar/charts';
import {
  ResultsController,
  RESULTS_KIND,
  type ResultsError,
  type ResultsKind,
  type ResultsSource,
} from '../controllers/results-controller.js';
import { ChartController, type ChartInput } from '../controllers/chart-controller.js';
import { TooltipController } from '../controllers/tooltip-controller.js';
import type { Texts } from '../i18n/texts.js';
import { localeFor, type Locale } from '../i18n/locale.js';
import { download, localiseCsv, toCsv, type CsvTable } from './csv.js';
import { readTheme, type ThemeColors } from './theme.js';
import { sharedStyles } from './styles.js';
import { checkFocus } from './labels.js';
import { NearViewController } from './near-view.js';
import { DEFAULT_HEIGHTS, MEASURED_HEIGHTS, heightAt } from './reserve.js';
import { composeSvg, svgToPng } from './export-image.js';
import {
  LINK_KEYS,
  linkedSelection,
  onSelection,
  readPermalink,
  shareSelection,
  writePermalink,
  type LinkedSelection,
} from './link-bus.js';

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
   * (composed with the title, legend and source), which the element overrides.
   */
  figure?: TemplateResult | undefined;
  /**
   * The figure is interactive (the map's regions take the keyboard focus): it is then shown to
   * assistive technology as a group with this name, instead of being hidden from it.
   */
  figureLabel?: string | undefined;
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

/** Where the data comes from, as a results document (or impact data) says it. */
interface SourceInfo {
  title?: string;
  url?: string;
  note?: string;
  synthetic?: boolean;
}

/** The height a chart will take once drawn, guessed from its spec and data (no Vega needed). */
function expectedChartHeight(input: ChartInput): number {
  const spec = input.spec as { height?: unknown; signals?: { name: string; value?: unknown }[] };
  const step = spec.signals?.find((x) => x.name === 'y_step')?.value;
  const rows = Object.values(input.data)[0] as Record<string, unknown>[] | undefined;
  if (typeof step === 'number' && Array.isArray(rows)) {
    const n = new Set(rows.map((r) => r.category ?? r.name ?? r.unit)).size;
    return Math.round(n * step + 58);
  }
  if (typeof spec.height === 'number') return spec.height + 64;
  return 300;
}

const safeUrl = (url: string | undefined): string | undefined =>
  url && /^https?:\/\//i.test(url) ? url : undefined;

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

  /**
   * Take the table out of the layout and the tab order; a "Lihat tabel" / "Show table" button
   * brings it back (for screen readers and keyboards too).
   */
  @property({ type: Boolean, reflect: true, attribute: 'hide-table' }) accessor hideTable = false;

  /** A line under the title, e.g. what the figures mean. */
  @property({ reflect: true }) accessor subtitle: string | undefined = undefined;

  /** An author's note, shown under the element and in exported pictures. */
  @property({ reflect: true }) accessor note: string | undefined = undefined;

  /**
   * Name of a link group: elements with the same `link-group` share the selected region, year
   * and dimension (a click on a row, a bar or a map region updates the others, without a refetch).
   */
  @property({ reflect: true, attribute: 'link-group' }) accessor linkGroup: string | undefined =
    undefined;

  /** Keep the group's selection in the address (`#region=32.73&dimension=gov`), so a link opens the same view. */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) accessor syncUrl = false;

  /** Whether the reader opened the table that `hide-table` hides. */
  @state() protected accessor tableOpen = false;

  /**
   * Comes true once the element is near the viewport; data and Vega wait for it. Then the code
   * the element will need (the results schema, Vega) starts loading at once, side by side with
   * the data, instead of one after the other.
   */
  protected readonly near = new NearViewController(this, () => this.preload());

  /** Starts loading the code the element needs once its data is in (the schema, Vega). */
  protected preload(): void {
    void import('../controllers/validate-results.js');
    if (this.usesVega()) void import('../controllers/vega-runtime.js');
  }

  /** Whether the element draws with Vega (the map draws its own SVG). */
  protected usesVega(): boolean {
    return true;
  }

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
  /** A `region` or `peers` the data does not have, when the element still shows its view. */
  protected focusProblem: ResultsError | undefined;
  private viewKey: unknown[] = [];
  private colorScheme: MediaQueryList | undefined;
  private readonly onScheme = () => this.requestUpdate();
  private unlink: (() => void) | undefined;
  private readonly onHash = () => {
    const group = this.linkGroupName();
    if (group)
      shareSelection(group, {
        region: undefined,
        year: undefined,
        dimension: undefined,
        ...readPermalink(location.hash),
      });
  };

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

  /**
   * Builds what the element shows from valid data, in the element's {@link TakarElement.locale}
   * (texts, numbers, labels).
   */
  protected abstract buildView(
    data: T,
    locale: Locale,
    theme: ThemeColors,
  ): ElementView | ResultsError;

  #locale: Locale | undefined;

  /** The element's locale: built from `lang` once (again only when `lang` changes). */
  get locale(): Locale {
    if (this.#locale?.lang !== this.lang) this.#locale = localeFor(this.lang);
    return this.#locale;
  }

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
    this.link();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.colorScheme?.removeEventListener('change', this.onScheme);
    this.unlink?.();
    this.unlink = undefined;
  }

  /** The link group this element is in: `link-group`, or the page's address group for `sync-url` alone. */
  private linkGroupName(): string | undefined {
    return this.linkGroup ?? (this.syncUrl ? 'takar-url' : undefined);
  }

  /** Joins the link group: takes its selection (and the permalink's), and follows it. */
  private link(): void {
    this.unlink?.();
    this.unlink = undefined;
    const group = this.linkGroupName();
    if (!group) return;
    if (this.syncUrl) shareSelection(group, readPermalink(location.hash));
    this.applySelection(linkedSelection(group));
    const off = onSelection(group, (s) => {
      this.applySelection(s);
      if (this.syncUrl) {
        const hash = writePermalink(location.hash, s);
        if (hash !== location.hash)
          history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
      }
    });
    if (this.syncUrl) window.addEventListener('hashchange', this.onHash);
    this.unlink = () => {
      off();
      window.removeEventListener('hashchange', this.onHash);
    };
  }

  /** What the page itself gave for each linked key, kept when the group first changes it. */
  readonly #authored: Partial<Record<(typeof LINK_KEYS)[number], string | undefined>> = {};

  /**
   * Takes a link group's selection (only the keys it holds). A key the group cleared (Escape on
   * the map, a permalink without it) goes back to what the page gave this element: none for a
   * ranking without `region`, the page's region for a profile.
   */
  protected applySelection(s: LinkedSelection): void {
    for (const key of LINK_KEYS) {
      if (!(key in s)) continue;
      if (!(key in this.#authored)) this.#authored[key] = this[key];
      this[key] = s[key] ?? this.#authored[key];
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('linkGroup') || changed.has('syncUrl')) && this.isConnected) this.link();
    const source = this.source();
    if (this.near.near || (source.data !== undefined && source.data !== null))
      this.results.load(source);
    const data = this.loaded;
    const theme = data === undefined ? undefined : readTheme(this);
    const key = [
      data,
      this.lang,
      this.region,
      this.dimension,
      this.peers,
      theme && JSON.stringify(theme),
      this.hideTable,
      this.tableOpen,
      ...this.viewDependencies(),
    ];
    if (key.length === this.viewKey.length && key.every((k, i) => k === this.viewKey[i])) return;
    this.viewKey = key;
    if (data === undefined || theme === undefined) {
      this.view = undefined;
      return;
    }
    const built = this.buildView(data, this.locale, theme);
    this.view = built;
    if ('code' in built) this.emitError(built);
    const problem = this.checkFocusOf(data);
    this.focusProblem = 'code' in built ? undefined : problem;
    if (this.focusProblem) this.emitError(this.focusProblem);
  }

  protected override updated(): void {
    const view = this.view && !('code' in this.view) ? this.view : undefined;
    this.chart.set(view?.chart);
    // Reserved heights go through the CSSOM (allowed under style-src 'self', unlike a style attribute).
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-reserve]')) {
      const px = Number(el.dataset.reserve);
      el.style.minHeight = px > 0 ? `${px}px` : '';
    }
  }

  /** Adds the number locale and label width to a compiled chart. */
  protected chartInput(compiled: Omit<ChartInput, 'numberLocale'>, key: string): ChartInput {
    return {
      ...compiled,
      key,
      numberLocale: this.locale.vega,
      signalsForWidth: (w) => ({ labelLimit: rankingLabelLimit(w) }),
    };
  }

  /** Tells the page a region was chosen (and the link group, if any). */
  protected select(unit: string, name: string): void {
    const detail: TakarSelectDetail = { unit, name };
    this.dispatchEvent(new CustomEvent('takar-select', { detail, bubbles: true, composed: true }));
    const group = this.linkGroupName();
    if (group) shareSelection(group, { region: unit });
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
    // The box speaks the reader's language; the developer's detail goes to the console and the event.
    console.info(`<${this.localName}> ${error.code}: ${error.message}`);
    this.dispatchEvent(
      new CustomEvent('takar-error', { detail: error, bubbles: true, composed: true }),
    );
  }

  /** Downloads the chart as PNG or SVG (with title, legend, notice and source), or the table as CSV (`visible` rows, rounded as shown, or `full` data). */
  async export(kind: 'png' | 'svg' | 'csv-visible' | 'csv-full'): Promise<void> {
    const view = this.view && !('code' in this.view) ? this.view : undefined;
    if (!view) return;
    const root = this.renderRoot as ShadowRoot;
    const t = this.locale.texts;
    if (kind === 'svg' || kind === 'png') {
      const text = await this.exportSvg();
      if (!text) return;
      if (kind === 'svg')
        download(root, new Blob([text], { type: 'image/svg+xml' }), `${view.fileName}.svg`);
      else {
        const blob = await svgToPng(text);
        if (blob) download(root, blob, `${view.fileName}.png`);
      }
    } else {
      const full = kind === 'csv-full';
      const table = localiseCsv(full ? view.csv.full : view.csv.visible, t, { full });
      download(
        root,
        new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }),
        `${view.fileName}${full ? '-all' : ''}.csv`,
      );
    }
  }

  /** The exported picture as SVG text: the chart with its title, subtitle, notice, legend, note and source. */
  async exportSvg(): Promise<string | undefined> {
    const view = this.view && !('code' in this.view) ? this.view : undefined;
    const data = this.loaded;
    if (!view || data === undefined) return undefined;
    const plot = await this.imageSVG();
    if (!plot) return undefined;
    const t = this.locale.texts;
    const theme = readTheme(this);
    return composeSvg(plot, {
      title: view.title,
      subtitle: this.subtitle,
      notice: this.isSynthetic(data) ? t.illustrative : undefined,
      legend: view.legend ?? [],
      note: this.note,
      source: this.sourceLine(t, data).text,
      text: theme.text,
      muted: theme.muted,
      background: theme.surface,
      font: getComputedStyle(this).fontFamily || 'sans-serif',
    });
  }

  /** The chart alone as SVG text (the Vega chart unless an element draws its own). */
  protected imageSVG(): Promise<string | undefined> {
    return this.chart.toSVG();
  }

  /** Checks `region` and `peers` against the data (an element with its own check returns undefined). */
  protected checkFocusOf(data: T): ResultsError | undefined {
    return checkFocus(data, this.region, this.peers);
  }

  /**
   * Height to keep free before the data is in, so the page does not jump when it arrives: from
   * the element's kind and settings ({@link TakarElement.reservedHeights}) at its width (texts
   * wrap and tables grow on a phone), interpolated between the measured widths.
   */
  protected reservedHeight(): number {
    const w = this.clientWidth || window.innerWidth || 900;
    return heightAt(this.reservedHeights(), w);
  }

  /**
   * Heights of the drawn element at some content widths, `[width, height]` pairs in increasing
   * width: by default the element's entry in `MEASURED_HEIGHTS` (`common/reserve.ts`); an element
   * whose height depends on its attributes overrides this. Between two widths the height is
   * interpolated, outside them it is the nearer one's.
   */
  protected reservedHeights(): readonly (readonly [width: number, height: number])[] {
    return MEASURED_HEIGHTS[this.localName] ?? DEFAULT_HEIGHTS;
  }

  /** Where the data comes from: the `source` of the (first) document that has one. */
  private sourceOf(data: T): SourceInfo | undefined {
    const list = (Array.isArray(data) ? data : [data]) as { source?: SourceInfo }[];
    return list.find((d) => d?.source)?.source;
  }

  /** The source line's text and link. */
  private sourceLine(t: Texts, data: T): { text: string; url?: string | undefined; label: string } {
    const s = this.sourceOf(data);
    const label = s?.title ?? (s?.url ? safeUrl(s.url) : undefined) ?? t.sourceNotGiven;
    return { text: `${t.source}: ${label}`, url: safeUrl(s?.url), label };
  }

  private renderSource(t: Texts, data: T): TemplateResult {
    const line = this.sourceLine(t, data);
    return html`<p part="source" class="source">
      ${t.source}:
      ${line.url ? html`<a href=${line.url} rel="noopener">${line.label}</a>` : line.label}
    </p>`;
  }

  /**
   * A data table in a labelled region that scrolls sideways on narrow screens (focusable, so a
   * keyboard can scroll it), after a "skip the table" button for keyboard users; with
   * `hide-table`, out of the layout and the tab order behind a "show table" button.
   *
   * @param after - content that goes with the table (the pager)
   */
  protected tableBlock(
    t: Texts,
    label: string,
    table: TemplateResult,
    after?: TemplateResult | typeof nothing,
  ): TemplateResult {
    const hidden = this.hideTable && !this.tableOpen;
    return html`${
        this.hideTable
          ? html`<button
              type="button"
              part="table-toggle"
              class="table-toggle"
              aria-expanded=${hidden ? 'false' : 'true'}
              @click=${() => (this.tableOpen = !this.tableOpen)}
            >
              ${hidden ? t.showTable : t.hideTableButton}
            </button>`
          : nothing
      }
      <div class="table-block" ?hidden=${hidden}>
        <button type="button" class="skip" @click=${() => this.skipTable()}>${t.skipTable}</button>
        <div class="table-scroll" role="region" aria-label=${label} tabindex="0">${table}</div>
        ${after ?? nothing}
        <span class="table-end" tabindex="-1"></span>
      </div>`;
  }

  private skipTable(): void {
    this.renderRoot.querySelector<HTMLElement>('.table-end')?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.locale.texts;
    const state = this.results.state;
    const view = this.view;
    const data = this.loaded;
    const synthetic = data !== undefined && this.isSynthetic(data);
    const ready = view !== undefined && !('code' in view);
    const waiting = state.status === 'idle' || state.status === 'loading' || !view;
    return html`<section
      part="base"
      class="base"
      data-reserve=${waiting && state.status !== 'error' ? this.reservedHeight() : 0}
    >
      ${ready ? html`<h2 part="title" class="title">${view.title}</h2>` : nothing}
      ${this.subtitle ? html`<p part="subtitle" class="subtitle">${this.subtitle}</p>` : nothing}
      ${synthetic ? html`<p part="notice" class="notice" role="note">${t.illustrative}</p>` : nothing}
      ${
        ready && this.focusProblem
          ? html`<p part="warning" class="warning" role="note">
              ${t.errors[this.focusProblem.code]}
              (${this.focusProblem.code === 'results/unknown-peers' ? this.peers : this.region})
            </p>`
          : nothing
      }
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
      ${this.note ? html`<p part="note" class="author-note">${this.note}</p>` : nothing}
      ${data !== undefined ? this.renderSource(t, data) : nothing}
    </section>`;
  }

  /** Whether the data is marked synthetic (illustrative). */
  protected isSynthetic(data: T): boolean {
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
              role=${view.figureLabel ? 'group' : nothing}
              aria-label=${view.figureLabel ?? nothing}
              aria-hidden=${view.figureLabel ? nothing : 'true'}
              @pointerleave=${() => this.tooltip.hide()}
            >
              ${view.figure}
            </div>`
          : html`<div
              class="chart-wrap"
              data-reserve=${
                view.chart && chartStatus !== 'rendered' && chartStatus !== 'error'
                  ? expectedChartHeight(view.chart)
                  : 0
              }
            >
              <div
                part="chart"
                class="chart"
                aria-hidden="true"
                @pointerleave=${() => this.tooltip.hide()}
              ></div>
              ${
                view.chart && (chartStatus === 'loading' || chartStatus === 'waiting')
                  ? html`<p class="chart-status" aria-hidden="true">${t.chartLoading}</p>`
                  : nothing
              }
            </div>`
      }
      <div part="tooltip" class="tooltip" role="tooltip" hidden></div>
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
