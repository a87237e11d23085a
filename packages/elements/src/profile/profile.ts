import { html, nothing } from 'lit';
import {
  isRegionDocument,
  profileSummary,
  regionProfile,
  type RegionDocument,
  type ResultsDocument,
} from '@takar/core/results';
import { dotsLayout, type DotRow } from '@takar/charts';
import {
  REGION_KIND,
  type ResultsError,
  type ResultsKind,
} from '../controllers/results-controller.js';
import type { Locale } from '../i18n/locale.js';
import { TakarElement, type ElementView } from '../common/takar-element.js';
import type { ThemeColors } from '../common/theme.js';
import { regionCsv, resultsCsv } from '../common/csv.js';
import { resolveNode, resultsTitle, unknownRegion } from '../common/labels.js';
import { dotsFigure, figureSvgText } from '../common/dots-figure.js';
import { WidthWatch } from '../common/width-watch.js';

/**
 * `<takar-profile>`: one region against the median of its peers and the national median, on the
 * index and each dimension, with its strengths and weaknesses.
 *
 * @summary One region vs its peers and the nation, per dimension.
 * @tag takar-profile
 *
 * @attr src - URL of a results document, or of the region's document (`regions/<code>.json`, written
 *   by `takar publish`: a few KB instead of every region); `{year}` is replaced by `year`.
 * @attr year - Year to show from a region document (default its latest); replaces `{year}` in `src`.
 * @attr region - Unit code of the region (required), e.g. `32.73`.
 * @attr peers - Peer group: a group column (`type`, `province`, `populationClass`) or unit codes; default every region.
 * @attr dimension - Node whose children are compared (default the index).
 * @attr lang - `id` (default) or `en`.
 * @attr theme - `light`, `dark`, or unset to follow the reader's preference.
 *
 * @fires takar-rendered - The chart is drawn.
 * @fires takar-error - Data could not be loaded or validated, or the region is unknown.
 *
 * @example
 * ```html
 * <takar-profile src="/data/smart-city-2024.json" region="32.73" peers="type"></takar-profile>
 * ```
 */
export class TakarProfile extends TakarElement<ResultsDocument | RegionDocument> {
  /** The chart area's width: the dot plot is laid out at it (no Vega: see {@link usesVega}). */
  private readonly widthWatch = new WidthWatch(
    this,
    () => this.renderRoot.querySelector<HTMLElement>('.chart')?.clientWidth,
  );
  private renderedView: unknown;

  /**
   * The profile draws its dot plot itself, as SVG: a one-region page then loads no Vega (about
   * 140 KB gzip, more than the rest of the page), so its first chart comes sooner on a slow line.
   */
  protected override usesVega(): boolean {
    return false;
  }

  protected override viewDependencies(): unknown[] {
    return [this.widthWatch.width];
  }

  protected override updated(): void {
    super.updated();
    const view = this.view;
    if (view && !('code' in view) && view.figure && view !== this.renderedView) {
      this.renderedView = view;
      this.emitRendered();
    }
  }

  protected override imageSVG(): Promise<string | undefined> {
    return Promise.resolve(figureSvgText(this.renderRoot.querySelector('.chart')));
  }

  protected override resultsKind(): ResultsKind<ResultsDocument | RegionDocument> {
    return REGION_KIND;
  }

  protected override buildView(
    results: ResultsDocument | RegionDocument,
    locale: Locale,
    theme: ThemeColors,
  ): ElementView | ResultsError {
    const t = locale.texts;
    if (!this.region) return { code: 'results/unknown-region', message: t.needRegion };
    const resolved = resolveNode(results, this.dimension, locale);
    if ('code' in resolved) return resolved;
    const region = isRegionDocument(results) ? results : undefined;
    const year = this.year && /^\d+$/.test(this.year) ? Number(this.year) : undefined;
    const p = region
      ? this.region === region.region.code
        ? regionProfile(region, { node: resolved.node, peers: this.peers, year })
        : null
      : profileSummary(results as ResultsDocument, {
          region: this.region,
          node: resolved.node,
          peers: this.peers,
        });
    if (!p)
      return region ? this.regionGap(region, resolved.node, year) : unknownRegion(this.region);
    const n = locale.number;
    const label = (code: string) =>
      locale.label(p.rows.find((r) => r.node === code)?.label) || code;
    const peersText = t.peersOf(p.peers);
    const series = [
      { key: 'value', name: p.name, color: theme.highlight, shape: 'circle' },
      { key: 'peerMedian', name: t.peerMedianOf(p.peers), color: theme.peer, shape: 'diamond' },
      { key: 'nationMedian', name: t.nationMedian, color: theme.nation, shape: 'square' },
    ] as const;
    const rows: DotRow[] = p.rows.flatMap((r, order) =>
      series.flatMap((s) => {
        const value = r[s.key];
        if (value === null) return [];
        const category = locale.label(r.label);
        return [
          {
            category,
            order,
            series: s.name,
            value,
            color: s.color,
            shape: s.shape,
            tip: `${category} · ${s.name}: ${n(value)}`,
          },
        ];
      }),
    );
    const top = p.rows[0];
    const list = (codes: string[]) => (codes.length ? codes.map(label).join(', ') : t.none);
    return {
      title: `${p.name}: ${resultsTitle(results, locale, p.year)}`,
      description: t.describeProfile({
        name: p.name,
        score: n(top?.value ?? null),
        rank:
          top?.rank === null || top?.rank === undefined ? '–' : t.rankOf(String(top.rank), top.of),
        peers: peersText,
        strengths: list(p.strengths),
        weaknesses: list(p.weaknesses),
      }),
      figure:
        rows.length > 0
          ? dotsFigure(
              dotsLayout(rows, { width: this.widthWatch.width }),
              theme,
              n,
              t.score,
              (event, tip) => this.tooltip.show(event, tip),
            )
          : undefined,
      legend: series.map((s) => ({ label: s.name, color: s.color, shape: s.shape })),
      body: html`<div class="lists">
          <div>
            <h3>${t.strengths}</h3>
            <ul>
              ${
                p.strengths.length
                  ? p.strengths.map((c) => html`<li>${label(c)}</li>`)
                  : html`<li>${t.none}</li>`
              }
            </ul>
          </div>
          <div>
            <h3>${t.weaknesses}</h3>
            <ul>
              ${
                p.weaknesses.length
                  ? p.weaknesses.map((c) => html`<li>${label(c)}</li>`)
                  : html`<li>${t.none}</li>`
              }
            </ul>
          </div>
        </div>
        ${this.tableBlock(
          t,
          t.profileCaption(p.name),
          html`<table part="table">
            <caption>
              ${t.profileCaption(p.name)} (${peersText})
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.dimension}</th>
                <th scope="col" class="num">${t.score}</th>
                <th scope="col" class="num">${t.rank}</th>
                <th scope="col" class="num">${t.peerMedianOf(p.peers)}</th>
                <th scope="col" class="num">${t.nationMedian}</th>
                <th scope="col" class="num">${t.gap}</th>
              </tr>
            </thead>
            <tbody>
              ${p.rows.map(
                (r) =>
                  html`<tr data-node=${r.node}>
                    <th scope="row">${locale.label(r.label)}</th>
                    <td class="num">${n(r.value)}</td>
                    <td class="num">${r.rank ?? '–'}</td>
                    <td class="num">${n(r.peerMedian)}</td>
                    <td class="num">${n(r.nationMedian)}</td>
                    <td class="num ${r.gap === null ? '' : r.gap >= 0 ? 'up' : 'down'}">
                      ${r.gap === null ? nothing : (r.gap > 0 ? '+' : '') + n(r.gap)}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
        )}`,
      csv: {
        visible: {
          header: ['node', 'label', 'score', 'rank', 'peer_median', 'national_median', 'gap'],
          rows: p.rows.map((r) => [
            r.node,
            locale.label(r.label),
            r.value,
            r.rank,
            r.peerMedian,
            r.nationMedian,
            r.gap,
          ]),
        },
        full: region ? regionCsv(region) : resultsCsv(results as ResultsDocument),
      },
      fileName: `takar-profile-${p.unit}`,
      marks: rows.length,
    };
  }

  /** Why a region document gives no profile: another region, a year it lacks, or a node it left out. */
  private regionGap(doc: RegionDocument, node: string, year: number | undefined): ResultsError {
    if (this.region !== doc.region.code) return unknownRegion(this.region!);
    const years = doc.years.filter((y) => y.region).map((y) => y.year);
    if (year !== undefined && !years.includes(year))
      return {
        code: 'results/unknown-region',
        message: `Region "${doc.region.code}" has no results for ${year} in its region document (it has ${years.join(', ') || 'none'}); set year to one of them.`,
      };
    return {
      code: 'results/unknown-node',
      message: `The region document leaves out the children of "${node}" (its indicators); give the full results document to profile that dimension.`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'takar-profile': TakarProfile;
  }
}
