import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  nodeBands,
  peerGroupOf,
  rankChanges,
  resultsView,
  type RankChange,
  type ResultsDocument,
} from '@takar/core/results';
import { compileRanking, rankingRows, type RankingRow } from '@takar/charts';
import { ResultsController, type ResultsError } from '../controllers/results-controller.js';
import type { Texts } from '../i18n/texts.js';
import type { Locale } from '../i18n/locale.js';
import { resultsTitle } from '../common/labels.js';
import { TakarElement, type ElementView, type LegendEntry } from '../common/takar-element.js';
import { bandPalette, type ThemeColors } from '../common/theme.js';
import { nextDirection, sortHeader } from '../common/sort-header.js';
import { resultsCsv } from '../common/csv.js';
import { shortName } from '../common/short-name.js';

export type { TakarRenderedDetail, TakarSelectDetail } from '../common/takar-element.js';

/** A rank interval from the uncertainty analysis: the 5th and 95th percentile ranks and the median. */
export interface RankInterval {
  q05: number;
  q95: number;
  median?: number;
}

/** A column the ranking table sorts on. */
export type RankingSortKey = 'rank' | 'name' | 'score' | 'change' | 'band';

/** One table row: a ranking row (or an unscored unit) with its change and interval. */
interface TableRow {
  unit: string;
  name: string;
  score: number | null;
  rank: number | null;
  order: number;
  band: string | null;
  bandLabel: string;
  bandOrder: number;
  highlight: boolean;
  groups: Record<string, string>;
  change: RankChange | undefined;
  interval: RankInterval | undefined;
  chartRow: RankingRow | undefined;
}

/** Rows computed once per data, node, language, region and theme; filters and sorting reuse them. */
interface Prepared {
  results: ResultsDocument;
  node: string;
  title: string;
  nodeLabel: string;
  rows: TableRow[];
  scored: RankingRow[];
  groupColumns: { column: string; values: string[] }[];
  bands: { code: string; label: string; color: string }[];
  hasChange: boolean;
  hasIntervals: boolean;
}

const collator = new Intl.Collator('id');

/**
 * `<takar-ranking>`: the ranking of regions on an index (or one of its dimensions) as a bar chart,
 * a text description and an accessible table that sorts (keyboard too), searches, filters by
 * province, type and peer group, shows bands, rank change against a previous year and rank
 * intervals, and pages through 514 regions.
 *
 * @summary Ranking bar chart and table of a Takar results document.
 * @tag takar-ranking
 *
 * @attr src - URL of a results document (JSON); `{year}` is replaced by `year`.
 * @attr lang - `id` (default) or `en`: texts and number formats.
 * @attr dimension - Node code to rank on (default: the index). `node` is an alias.
 * @attr region - Unit code to highlight, e.g. `32.73`. `highlight` is an alias.
 * @attr peers - Peer group of `region` for the peer filter: a group column or unit codes.
 * @attr previous-src - URL of the previous year's results document, for rank change.
 * @attr color-by - `band` colours bars by band, with a legend.
 * @attr page-size - Rows per page (default 25; 0 shows every row).
 * @attr theme - `light`, `dark`, or unset to follow the reader's preference.
 * @attr hide-table - Take the table out of the layout and tab order, behind a "Lihat tabel" button.
 *
 * @fires takar-rendered - The chart is drawn; `detail.bars` is the number of bars.
 * @fires takar-error - Results could not be loaded or validated, or the chart failed.
 * @fires takar-select - A region was chosen in the table or the chart; `detail` is `{ unit, name }`.
 *
 * @csspart controls - The search and filter controls.
 * @csspart pager - The page buttons.
 *
 * @example
 * ```html
 * <takar-ranking src="/data/smart-city-2024.json" previous-src="/data/smart-city-2023.json" region="32.73"></takar-ranking>
 * ```
 */
export class TakarRanking extends TakarElement {
  /** Alias of `dimension` (node code to rank on). */
  @property({ reflect: true }) accessor node: string | undefined = undefined;

  /** Alias of `region` (unit code to highlight). */
  @property({ reflect: true }) accessor highlight: string | undefined = undefined;

  /** URL of the previous results document (for rank change). */
  @property({ reflect: true, attribute: 'previous-src' }) accessor previousSrc: string | undefined =
    undefined;

  /** The previous results document (wins over `previous-src`). */
  @property({ attribute: false }) accessor previous: unknown = undefined;

  /** Rank intervals per unit code, e.g. the `uncertainty` analysis output. */
  @property({ attribute: false }) accessor rankIntervals: Record<string, RankInterval> | undefined =
    undefined;

  /** `band` colours bars by band (with a legend); default one colour, the region highlighted. */
  @property({ reflect: true, attribute: 'color-by' }) accessor colorBy: 'band' | 'none' = 'none';

  /** Rows per page; 0 shows every row. */
  @property({ type: Number, reflect: true, attribute: 'page-size' }) accessor pageSize = 25;

  /** Column the table is sorted on. */
  @state() accessor sortKey: RankingSortKey = 'rank';
  /** Sort direction. */
  @state() accessor sortDirection: 'ascending' | 'descending' = 'ascending';
  /** Search text. */
  @state() accessor search = '';
  /** Filter value per group column (`''` for all). */
  @state() accessor filters: Record<string, string> = {};
  /** Show only the peer group of `region`. */
  @state() accessor peersOnly = false;
  /** Current page, 0 first. */
  @state() accessor page = 0;

  private readonly previousResults = new ResultsController(this, {
    onError: (error) => this.emitError({ ...error, message: `Previous results: ${error.message}` }),
  });
  private prepared: Prepared | undefined;
  private preparedKey: unknown[] = [];
  /** The region and data the page was last moved to, so a new region opens its page once. */
  private pagedFor: unknown[] = [];
  private scrollToRegion = false;
  private warnedNoBands: unknown;

  /** The results document shown, once loaded and valid. */
  get resultsDocument(): ResultsDocument | undefined {
    return this.loaded;
  }

  /** Sorts the table on a column; the same column again flips the direction. */
  sortBy(key: RankingSortKey, direction?: 'ascending' | 'descending'): void {
    const defaultDirection =
      key === 'score' || key === 'change' || key === 'band' ? 'descending' : 'ascending';
    this.sortDirection = direction ?? nextDirection(this, key, defaultDirection);
    this.sortKey = key;
    this.page = 0;
  }

  /** Filters the table: search text and group values. */
  filter(search: string, filters: Record<string, string> = this.filters): void {
    this.search = search;
    this.filters = filters;
    this.page = 0;
  }

  /**
   * Goes to the region in focus: clears the search and filters, opens its page and scrolls its
   * row into view (the "Ke wilayah saya" button).
   */
  goToRegion(): void {
    this.search = '';
    this.filters = {};
    this.peersOnly = false;
    this.pagedFor = [];
    this.scrollToRegion = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      (this.previous !== undefined || this.previousSrc) &&
      (this.near.near || this.previous !== undefined)
    )
      this.previousResults.load({ src: this.previousSrc, data: this.previous });
    if (changed.has('region') && changed.get('region') !== undefined) this.scrollToRegion = true;
    super.willUpdate(changed);
  }

  protected override updated(): void {
    super.updated();
    if (!this.scrollToRegion) return;
    const row = this.renderRoot.querySelector<HTMLElement>('tr.highlight');
    if (!row) return;
    this.scrollToRegion = false;
    row.scrollIntoView({ block: 'nearest' });
  }

  private get focusRegion(): string | undefined {
    return this.region ?? this.highlight;
  }

  protected override viewDependencies(): unknown[] {
    const prev = this.previousResults.state;
    return [
      this.node,
      this.highlight,
      prev.status === 'ready' ? prev.results : undefined,
      this.rankIntervals,
      this.sortKey,
      this.sortDirection,
      this.search,
      this.filters,
      this.peersOnly,
      this.page,
      this.pageSize,
    ];
  }

  private prepare(
    results: ResultsDocument,
    locale: Locale,
    theme: ThemeColors,
  ): Prepared | ResultsError {
    const prev = this.previousResults.state;
    const previous = prev.status === 'ready' ? prev.results : undefined;
    const view = resultsView(results);
    const node = this.dimension ?? this.node ?? view.root;
    const key = [
      results,
      node,
      this.lang,
      this.focusRegion,
      JSON.stringify(theme),
      previous,
      this.rankIntervals,
    ];
    if (this.prepared && key.every((k, i) => k === this.preparedKey[i])) return this.prepared;
    const frameworkNode = view.nodes.get(node);
    if (!frameworkNode)
      return {
        code: 'results/unknown-node',
        message: `Node "${node}" is not in the framework; use one of: ${results.framework.nodes.map((n) => n.code).join(', ')}.`,
      };
    const bandDefs = [...(nodeBands(results.framework, frameworkNode) ?? [])].sort(
      (a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity),
    );
    const palette = bandPalette(theme, bandDefs.length);
    const bands = bandDefs.map((b, i) => ({
      code: b.code,
      label: locale.label(b.label),
      color: palette[i]!,
    }));
    const bandColors =
      this.colorBy === 'band' ? Object.fromEntries(bands.map((b) => [b.code, b.color])) : {};
    const bandOrder = new Map(bands.map((b, i) => [b.code, i]));
    const focus = this.focusRegion;
    const scored = rankingRows(results, {
      node,
      locale,
      ...(focus ? { highlight: focus } : {}),
      colors: { barColor: theme.bar, highlightColor: theme.highlight },
      bandColors,
    });
    const changes = previous ? rankChanges(results, previous, node) : undefined;
    const byUnit = new Map(scored.map((r) => [r.unit, r]));
    const groupNames = Object.keys(results.units.groups ?? {});
    const rows: TableRow[] = view.codes.map((unit, i) => {
      const r = byUnit.get(unit);
      const groups: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const g of groupNames) {
        const value = view.groupAt(g, i);
        if (value !== undefined && value !== null) groups[g] = value;
      }
      return {
        unit,
        name: view.names[i]!,
        score: r?.score ?? null,
        rank: r?.rank ?? null,
        order: r?.order ?? Number.MAX_SAFE_INTEGER,
        band: r?.band ?? null,
        bandLabel: r?.bandLabel ?? '',
        bandOrder: r?.band ? (bandOrder.get(r.band) ?? -1) : -1,
        highlight: unit === focus,
        groups,
        change: changes?.get(unit),
        interval: this.rankIntervals?.[unit],
        chartRow: r,
      };
    });
    rows.sort((a, b) => a.order - b.order || collator.compare(a.name, b.name));
    const nodeLabel = locale.label(frameworkNode.label);
    const withYear = resultsTitle(results, locale);
    this.preparedKey = key;
    this.prepared = {
      results,
      node,
      title: node === view.root ? withYear : `${withYear}: ${nodeLabel}`,
      nodeLabel,
      rows,
      scored,
      groupColumns: groupNames.map((column) => ({
        column,
        values: [
          ...new Set((results.units.groups?.[column] ?? []).filter((v): v is string => v !== null)),
        ].sort(collator.compare),
      })),
      bands,
      hasChange: previous !== undefined,
      hasIntervals: this.rankIntervals !== undefined,
    };
    return this.prepared;
  }

  /** Heights measured on the Smart City example: a fixed part and a part per row of the page. */
  protected override reservedHeights(): readonly (readonly [number, number])[] {
    const rows = this.pageSize > 0 ? this.pageSize : 25;
    // [width, fixed part, height of a row]: the row height falls as names stop wrapping.
    const measured = [
      [230, 1126, 60.8],
      [270, 936, 62.4],
      [322, 840, 61.7],
      [510, 566, 48.9],
      [678, 516, 49],
      [910, 505, 48.4],
    ] as const;
    return measured.map(([w, fixed, row]) => [w, Math.round(fixed + row * rows)] as const);
  }

  /** The rows that pass the search and filters, in the table's order. */
  private visibleRows(p: Prepared): TableRow[] {
    const needle = this.search.trim().toLocaleLowerCase('id');
    const filters = Object.entries(this.filters).filter(([, v]) => v !== '');
    const peerSet =
      this.peersOnly && this.focusRegion
        ? new Set(peerGroupOf(resultsView(p.results), this.focusRegion, this.peers).units)
        : undefined;
    const rows = p.rows.filter(
      (r) =>
        (!needle || r.name.toLocaleLowerCase('id').includes(needle) || r.unit.startsWith(needle)) &&
        filters.every(([c, v]) => r.groups[c] === v) &&
        (!peerSet || peerSet.has(r.unit)),
    );
    if (this.sortKey === 'rank' && this.sortDirection === 'ascending') return rows;
    const sign = this.sortDirection === 'ascending' ? 1 : -1;
    const nullsLast = (a: number | null, b: number | null) =>
      a === null ? (b === null ? 0 : 1) : b === null ? -1 : sign * (a - b);
    const compare: Record<RankingSortKey, (a: TableRow, b: TableRow) => number> = {
      rank: (a, b) => nullsLast(a.rank, b.rank) || sign * (a.order - b.order),
      name: (a, b) => sign * collator.compare(a.name, b.name),
      score: (a, b) => nullsLast(a.score, b.score),
      change: (a, b) => nullsLast(a.change?.change ?? null, b.change?.change ?? null),
      band: (a, b) => nullsLast(a.band ? a.bandOrder : null, b.band ? b.bandOrder : null),
    };
    const by = compare[this.sortKey];
    return rows.sort((a, b) => by(a, b) || a.order - b.order);
  }

  protected override buildView(
    results: ResultsDocument,
    locale: Locale,
    theme: ThemeColors,
  ): ElementView | ResultsError {
    const t = locale.texts;
    const p = this.prepare(results, locale, theme);
    if ('code' in p) return p;
    const visible = this.visibleRows(p);
    const size = this.pageSize > 0 ? this.pageSize : Math.max(1, visible.length);
    const pages = Math.max(1, Math.ceil(visible.length / size));
    const focus = this.focusRegion;
    if (focus && (this.pagedFor[0] !== focus || this.pagedFor[1] !== results)) {
      // Open on the page that holds the region (once per region and data).
      this.pagedFor = [focus, results];
      const at = visible.findIndex((r) => r.unit === focus);
      if (at >= 0) this.page = Math.floor(at / size);
    }
    const page = Math.min(this.page, pages - 1);
    const pageRows = visible.slice(page * size, page * size + size);
    const chartRows = pageRows.flatMap((r, i) =>
      r.chartRow ? [{ ...r.chartRow, order: i, label: shortName(r.chartRow.label) }] : [],
    );
    const noBands = this.colorBy === 'band' && p.bands.length === 0;
    if (noBands && this.warnedNoBands !== results) {
      this.warnedNoBands = results;
      console.warn(
        `<takar-ranking> color-by="band": node "${p.node}" of these results has no bands; the bars are drawn in one colour.`,
      );
    }
    const first = p.scored[0];
    const last = p.scored[p.scored.length - 1];
    const description =
      first && last
        ? t.describeRanking({
            title: p.nodeLabel,
            count: p.scored.length,
            top: first.name,
            topScore: locale.number(first.score),
            bottom: last.name,
            bottomScore: locale.number(last.score),
          })
        : '';
    const compiled =
      chartRows.length > 0
        ? compileRanking(results, {
            node: p.node,
            locale,
            xTitle: t.scoreOf(p.nodeLabel),
            colors: { textColor: theme.text, gridColor: theme.grid },
          })
        : undefined;
    const legend: LegendEntry[] = [
      ...(this.colorBy === 'band'
        ? p.bands.map((b) => ({ label: b.label, color: b.color, shape: 'bar' }))
        : []),
      ...(this.focusRegion && p.rows.some((r) => r.highlight)
        ? [{ label: p.rows.find((r) => r.highlight)!.name, color: theme.highlight, shape: 'bar' }]
        : []),
    ];
    return {
      title: p.title,
      description,
      ...(p.scored.length === 0 ? { empty: t.empty } : {}),
      chart: compiled
        ? this.chartInput({ ...compiled, data: { ranking: chartRows } }, 'ranking')
        : undefined,
      legend,
      ...(noBands ? { notes: html`<p class="warning" role="note">${t.noBandsFallback}</p>` } : {}),
      ...(p.rows.length > 0 ? { controls: this.renderControls(t, p, visible.length) } : {}),
      body: this.renderTable(locale, p, pageRows, { page, pages, size, total: visible.length }),
      csv: {
        visible: {
          header: [
            'rank',
            'unit',
            'name',
            'score',
            'band',
            'previous_rank',
            'rank_change',
            'rank_q05',
            'rank_q95',
          ],
          rows: visible.map((r) => [
            r.rank,
            r.unit,
            r.name,
            r.score,
            r.bandLabel,
            r.change?.previousRank ?? null,
            r.change?.change ?? null,
            r.interval?.q05 ?? null,
            r.interval?.q95 ?? null,
          ]),
        },
        full: resultsCsv(results),
      },
      fileName: `takar-ranking-${p.node}${results.year !== null ? `-${results.year}` : ''}`,
      marks: chartRows.length,
    };
  }

  private renderControls(t: Texts, p: Prepared, shown: number): TemplateResult {
    return html`<div part="controls" class="controls">
      <label
        >${t.search}
        <input
          type="search"
          .value=${this.search}
          @input=${(e: Event) => this.filter((e.target as HTMLInputElement).value)}
      /></label>
      ${p.groupColumns.map(
        ({ column, values }) =>
          html`<label
            >${t.groupNames[column] ?? column}
            <select
              @change=${(e: Event) =>
                this.filter(this.search, {
                  ...this.filters,
                  [column]: (e.target as HTMLSelectElement).value,
                })}
            >
              <option value="" ?selected=${!this.filters[column]}>${t.filterAll}</option>
              ${values.map(
                (v) =>
                  html`<option value=${v} ?selected=${this.filters[column] === v}>${v}</option>`,
              )}
            </select></label
          >`,
      )}
      ${
        this.focusRegion && this.peers
          ? html`<label class="check"
              ><input
                type="checkbox"
                .checked=${this.peersOnly}
                @change=${(e: Event) => {
                  this.peersOnly = (e.target as HTMLInputElement).checked;
                  this.page = 0;
                }}
              />
              ${t.peersOnly(peerGroupOf(resultsView(p.results), this.focusRegion, this.peers))}</label
            >`
          : nothing
      }
      ${
        this.focusRegion && p.rows.some((r) => r.highlight)
          ? html`<button type="button" class="to-region" @click=${() => this.goToRegion()}>
              ${t.toMyRegion}
            </button>`
          : nothing
      }
      <span class="status" role="status">${t.shown(shown, p.rows.length)}</span>
    </div>`;
  }

  private renderChange(t: Texts, change: RankChange | undefined): TemplateResult | string {
    if (!change) return '';
    if (change.previousRank === null) return t.changeNew;
    if (change.change === null) return '–';
    if (change.change === 0) return t.changeSame;
    return change.change > 0
      ? html`<span class="up"><span aria-hidden="true">▲</span> ${t.changeUp(change.change)}</span>`
      : html`<span class="down"
          ><span aria-hidden="true">▼</span> ${t.changeDown(-change.change)}</span
        >`;
  }

  private renderTable(
    locale: Locale,
    p: Prepared,
    rows: TableRow[],
    pager: { page: number; pages: number; size: number; total: number },
  ): TemplateResult {
    const t = locale.texts;
    const hasBands = p.bands.length > 0;
    return this.tableBlock(
      t,
      t.tableCaption(p.title),
      html`<table part="table">
        <caption>
          ${t.tableCaption(p.title)}
        </caption>
        <thead>
          <tr>
            ${sortHeader(t, this, 'rank', t.rank, true)} ${sortHeader(t, this, 'name', t.region)}
            ${sortHeader(t, this, 'score', t.score, true)}
            ${hasBands ? sortHeader(t, this, 'band', t.band) : nothing}
            ${p.hasChange ? sortHeader(t, this, 'change', t.change) : nothing}
            ${p.hasIntervals ? html`<th scope="col" class="num">${t.rankInterval}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr class=${r.highlight ? 'highlight' : ''} data-unit=${r.unit}>
                <td class="num">${r.rank ?? '–'}</td>
                <th scope="row">
                  <button type="button" class="link" @click=${() => this.select(r.unit, r.name)}>
                    ${r.name}</button
                  >${
                    r.highlight
                      ? html`<span class="visually-hidden"> (${t.highlighted})</span>`
                      : nothing
                  }
                </th>
                <td class="num">${r.score === null ? t.noScore : locale.number(r.score)}</td>
                ${hasBands ? html`<td>${r.bandLabel}</td>` : nothing}
                ${p.hasChange ? html`<td>${this.renderChange(t, r.change)}</td>` : nothing}
                ${
                  p.hasIntervals
                    ? html`<td class="num">
                        ${r.interval ? `${r.interval.q05}–${r.interval.q95}` : ''}
                      </td>`
                    : nothing
                }
              </tr>`,
          )}
        </tbody>
      </table>`,
      html`${pager.total === 0 ? html`<p class="status">${t.noMatch}</p>` : nothing}
      ${
        pager.pages > 1
          ? html`<nav part="pager" class="pager" aria-label=${t.page(1, pager.pages, pager.pages)}>
              <button
                type="button"
                ?disabled=${pager.page === 0}
                @click=${() => (this.page = pager.page - 1)}
              >
                ${t.previousPage}
              </button>
              <span
                >${t.page(
                  pager.page * pager.size + 1,
                  Math.min(pager.total, (pager.page + 1) * pager.size),
                  pager.total,
                )}</span
              >
              <button
                type="button"
                ?disabled=${pager.page >= pager.pages - 1}
                @click=${() => (this.page = pager.page + 1)}
              >
                ${t.nextPage}
              </button>
            </nav>`
          : nothing
      }`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'takar-ranking': TakarRanking;
  }
}
