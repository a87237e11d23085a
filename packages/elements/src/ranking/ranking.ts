import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang, ResultsDocument } from '@takar/core';
import {
  compileRanking,
  labelOf,
  rankingLabelLimit,
  rankingRows,
  rootNode,
  RANKING_COLORS,
  type RankingRow,
} from '@takar/charts';
import { ResultsController, type ResultsError } from '../controllers/results-controller.js';
import { ChartController, type ChartInput } from '../controllers/chart-controller.js';
import { numberFormat, textsFor, vegaNumberLocale, type Texts } from '../i18n/texts.js';
import { rankingStyles } from './ranking.styles.js';

/** Detail of the `takar-rendered` event. */
export interface TakarRenderedDetail {
  /** Number of bars drawn. */
  bars: number;
}

/** What the element shows once results are in: the rows and the chart. */
interface RankingModel {
  results: ResultsDocument;
  /** The heading: the results' title (with the year unless it has it already) and the node when it is not the index. */
  title: string;
  /** Label of the node ranked on. */
  nodeLabel: string;
  rows: RankingRow[];
  unscored: { unit: string; name: string }[];
  hasBands: boolean;
  chart: ChartInput | undefined;
}

const langOf = (value: string | null): Lang =>
  value?.toLowerCase().startsWith('en') ? 'en' : 'id';

/**
 * `<takar-ranking>`: the ranking of regions on an index (or one of its dimensions) as a bar
 * chart, a text description and an accessible table, from a Takar results document.
 *
 * @summary Ranking bar chart and table of a Takar results document.
 * @tag takar-ranking
 *
 * @attr src - URL of a results document (JSON).
 * @attr lang - `id` (default) or `en`: texts and number formats.
 * @attr node - Node code to rank on (default: the index, the framework's root).
 * @attr highlight - Unit code to highlight, e.g. `32.73`.
 * @attr hide-table - Hide the table visually (it stays available to screen readers).
 *
 * @fires takar-rendered - The chart is drawn; `detail.bars` is the number of bars.
 * @fires takar-error - Results could not be loaded or validated, or the chart failed; `detail` is a {@link ResultsError}.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The heading.
 * @csspart notice - The "illustrative data" notice.
 * @csspart description - The text description.
 * @csspart chart - The chart container.
 * @csspart table - The data table.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error box.
 * @csspart retry - The retry button.
 *
 * @cssprop --takar-font - Font family.
 * @cssprop --takar-text-color - Text and axis label colour.
 * @cssprop --takar-muted-color - Secondary text colour.
 * @cssprop --takar-bar-color - Bar colour.
 * @cssprop --takar-highlight-color - Colour of the highlighted bar.
 * @cssprop --takar-highlight-background - Background of the highlighted table row.
 * @cssprop --takar-grid-color - Grid and axis line colour.
 * @cssprop --takar-border-color - Table rule colour.
 * @cssprop --takar-surface - Background.
 * @cssprop --takar-notice-background - Background of the notice.
 * @cssprop --takar-notice-color - Text colour of the notice.
 * @cssprop --takar-error-color - Error colour.
 * @cssprop --takar-focus-color - Focus ring colour.
 *
 * @example
 * ```html
 * <takar-ranking src="/data/smart-city-2024.json" highlight="32.73"></takar-ranking>
 * ```
 */
export class TakarRanking extends LitElement {
  /** The element's styles, adopted as constructable style sheets (allowed under `style-src 'self'`). */
  static override styles = rankingStyles;

  /** URL of a results document. */
  @property({ reflect: true }) accessor src: string | undefined = undefined;

  /** A results document (object or unvalidated JSON value); wins over `src`. */
  @property({ attribute: false }) accessor data: unknown = undefined;

  /** Language of texts and numbers: `id` (default) or `en`. */
  @property({ reflect: true, converter: { fromAttribute: langOf } }) override accessor lang: Lang =
    'id';

  /** Node code to rank on; default the index (the framework's root). */
  @property({ reflect: true }) accessor node: string | undefined = undefined;

  /** Unit code to highlight. */
  @property({ reflect: true }) accessor highlight: string | undefined = undefined;

  /** Hide the table visually (it stays available to screen readers). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-table' }) accessor hideTable = false;

  private readonly results = new ResultsController(this, {
    onError: (error) => this.emitError(error),
  });

  private readonly chart = new ChartController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    onRendered: () => this.emitRendered(),
    onError: (error) =>
      this.emitError({
        code: 'chart/render',
        message: `The chart failed to render: ${error.message}`,
      }),
  });

  private model: RankingModel | undefined;
  private modelKey: unknown[] = [];

  /** The results document shown, once loaded and valid. */
  get resultsDocument(): ResultsDocument | undefined {
    const s = this.results.state;
    return s.status === 'ready' || s.status === 'empty' ? s.results : undefined;
  }

  /** Loads the results again (after an error). */
  retry(): void {
    this.results.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('data'))
      this.results.load({ src: this.src, data: this.data });
    this.model = this.buildModel();
  }

  protected override updated(): void {
    this.chart.set(this.model?.chart);
  }

  private buildModel(): RankingModel | undefined {
    const results = this.resultsDocument;
    const key = [results, this.lang, this.node, this.highlight];
    if (key.every((k, i) => k === this.modelKey[i])) return this.model;
    this.modelKey = key;
    if (!results) return undefined;
    const node = this.node ?? rootNode(results);
    const frameworkNode = results.framework.nodes.find((n) => n.code === node);
    if (!frameworkNode) {
      this.emitError({
        code: 'results/unknown-node',
        message: `Node "${node}" is not in the framework; use one of: ${results.framework.nodes.map((n) => n.code).join(', ')}.`,
      });
      return undefined;
    }
    const options = {
      node,
      lang: this.lang,
      ...(this.highlight ? { highlight: this.highlight } : {}),
    };
    const rows = rankingRows(results, options);
    const scored = new Set(rows.map((r) => r.unit));
    const compiled =
      rows.length > 0
        ? compileRanking(results, { ...options, colors: this.themeColors() })
        : undefined;
    const nodeLabel = labelOf(frameworkNode.label, this.lang);
    const base = results.title ?? labelOf(results.framework.label, this.lang);
    const withYear =
      results.year === null || base.includes(String(results.year))
        ? base
        : `${base} ${results.year}`;
    return {
      results,
      title: frameworkNode.parent === null ? withYear : `${withYear}: ${nodeLabel}`,
      nodeLabel,
      rows,
      unscored: results.units
        .filter((u) => !scored.has(u.unit))
        .map((u) => ({ unit: u.unit, name: u.name })),
      hasBands: rows.some((r) => r.band !== null),
      chart: compiled
        ? {
            ...compiled,
            numberLocale: vegaNumberLocale(this.lang),
            signalsForWidth: (w) => ({ labelLimit: rankingLabelLimit(w) }),
          }
        : undefined,
    };
  }

  /** Chart colours from the CSS custom properties set on (or inherited by) the element. */
  private themeColors() {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string) =>
      style.getPropertyValue(name).trim() || fallback;
    return {
      barColor: read('--takar-bar-color', RANKING_COLORS.barColor),
      highlightColor: read('--takar-highlight-color', RANKING_COLORS.highlightColor),
      textColor: read('--takar-text-color', RANKING_COLORS.textColor),
      gridColor: read('--takar-grid-color', RANKING_COLORS.gridColor),
    };
  }

  private emitRendered(): void {
    const detail: TakarRenderedDetail = { bars: this.model?.rows.length ?? 0 };
    this.dispatchEvent(
      new CustomEvent('takar-rendered', { detail, bubbles: true, composed: true }),
    );
  }

  private emitError(error: ResultsError): void {
    this.dispatchEvent(
      new CustomEvent('takar-error', { detail: error, bubbles: true, composed: true }),
    );
  }

  protected override render(): TemplateResult {
    const t = textsFor(this.lang);
    const state = this.results.state;
    const results = this.resultsDocument;
    return html`<section part="base" class="base">
      ${results ? this.renderHeader(t, results) : nothing}
      ${
        state.status === 'loading' || state.status === 'idle'
          ? html`<p part="status" class="status" role="status">${t.loading}</p>`
          : state.status === 'error'
            ? this.renderError(t, state.error)
            : this.model && this.model.rows.length > 0
              ? this.renderRanking(t, this.model)
              : html`<p part="status" class="status" role="status">${t.empty}</p>`
      }
    </section>`;
  }

  private renderHeader(t: Texts, results: ResultsDocument): TemplateResult {
    return html`<h2 part="title" class="title">${this.model?.title ?? results.title ?? ''}</h2>
      ${results.source?.synthetic ? html`<p part="notice" class="notice" role="note">${t.illustrative}</p>` : nothing}`;
  }

  private renderError(t: Texts, error: ResultsError): TemplateResult {
    const summary =
      t.errors[error.code] +
      (error.status ? ` (HTTP ${error.status}).` : error.code === 'results/http' ? '.' : '');
    return html`<div part="error" class="error" role="alert">
      <p>${summary}</p>
      <p class="detail">${error.message}</p>
      <button part="retry" type="button" @click=${() => this.retry()}>${t.retry}</button>
    </div>`;
  }

  private renderRanking(t: Texts, model: RankingModel): TemplateResult {
    const fmt = numberFormat(this.lang);
    const first = model.rows[0];
    const last = model.rows[model.rows.length - 1];
    const description =
      first && last
        ? t.describeRanking({
            title: model.nodeLabel,
            count: model.rows.length,
            top: first.name,
            topScore: fmt.format(first.score),
            bottom: last.name,
            bottomScore: fmt.format(last.score),
          })
        : '';
    const chartStatus = this.chart.status;
    return html`<p part="description" class="description">${description}</p>
      <div part="chart" class="chart" aria-hidden="true"></div>
      ${
        chartStatus === 'loading' || chartStatus === 'waiting'
          ? html`<p class="chart-status" aria-hidden="true">${t.chartLoading}</p>`
          : nothing
      }
      <table part="table">
        <caption>
          ${t.tableCaption(model.title)}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">${t.rank}</th>
            <th scope="col">${t.region}</th>
            <th scope="col" class="num">${t.score}</th>
            ${model.hasBands ? html`<th scope="col">${t.band}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${model.rows.map(
            (r) =>
              html`<tr class=${r.highlight ? 'highlight' : ''} data-unit=${r.unit}>
                <td class="num">${r.rank ?? '–'}</td>
                <th scope="row">
                  ${r.name}${r.highlight ? html`<span class="visually-hidden"> (${t.highlighted})</span>` : nothing}
                </th>
                <td class="num">${fmt.format(r.score)}</td>
                ${model.hasBands ? html`<td>${r.bandLabel}</td>` : nothing}
              </tr>`,
          )}
          ${model.unscored.map(
            (u) =>
              html`<tr data-unit=${u.unit}>
                <td class="num">–</td>
                <th scope="row">${u.name}</th>
                <td class="num">${t.noScore}</td>
                ${model.hasBands ? html`<td></td>` : nothing}
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'takar-ranking': TakarRanking;
  }
  interface HTMLElementEventMap {
    'takar-rendered': CustomEvent<TakarRenderedDetail>;
    'takar-error': CustomEvent<ResultsError>;
  }
}
