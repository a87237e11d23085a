import { html } from 'lit';
import { property } from 'lit/decorators.js';
import {
  isRegionDocument,
  regionTrendPoints,
  resultsView,
  trendPoints,
  type RegionDocument,
  type ResultsDocument,
} from '@takar/core/results';
import { linesChart, type LineRow } from '@takar/charts';
import {
  SERIES_KIND,
  type ResultsError,
  type ResultsKind,
  type ResultsSource,
} from '../controllers/results-controller.js';
import type { Locale } from '../i18n/locale.js';
import { TakarElement, type ElementView } from '../common/takar-element.js';
import type { ThemeColors } from '../common/theme.js';
import { resolveNode, unknownRegion } from '../common/labels.js';

/**
 * `<takar-trend>`: scores and ranks of one or more regions over the years, from one results
 * document per year, or from one region's document (`regions/<code>.json` of `takar publish`),
 * which holds every year.
 *
 * @summary Scores and ranks over years.
 * @tag takar-trend
 *
 * @attr srcs - URLs of results documents (one per year), separated by spaces.
 * @attr src - One URL with `{year}` in it, expanded for every year of `years`; or the URL of a
 *   region document (all its years, one small file).
 * @attr years - Years for `src`, separated by spaces, e.g. `2020 2021 2022 2023 2024`.
 * @attr region - Unit code of the region; `regions` takes several.
 * @attr regions - Unit codes separated by commas or spaces.
 * @attr measure - `score` (default) or `rank` (1 on top).
 * @attr dimension - Node code (default the index).
 * @attr lang - `id` (default) or `en`.
 * @attr theme - `light`, `dark`, or unset to follow the reader's preference.
 *
 * @fires takar-rendered - The chart is drawn.
 * @fires takar-error - Data could not be loaded or validated, or a region is unknown.
 *
 * @example
 * ```html
 * <takar-trend src="/data/smart-city-{year}.json" years="2022 2023 2024" region="32.73"></takar-trend>
 * ```
 */
export class TakarTrend extends TakarElement<(ResultsDocument | RegionDocument)[]> {
  /** URLs of the results documents, separated by spaces. */
  @property({ reflect: true }) accessor srcs: string | undefined = undefined;
  /** Years that expand `{year}` in `src`. */
  @property({ reflect: true }) accessor years: string | undefined = undefined;
  /** Unit codes, separated by commas or spaces. */
  @property({ reflect: true }) accessor regions: string | undefined = undefined;
  /** `score` or `rank`. */
  @property({ reflect: true }) accessor measure: 'score' | 'rank' = 'score';

  protected override resultsKind(): ResultsKind<(ResultsDocument | RegionDocument)[]> {
    return SERIES_KIND;
  }

  protected override source(): ResultsSource {
    const list = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);
    const urls =
      this.srcs !== undefined
        ? list(this.srcs)
        : this.src && this.years
          ? list(this.years).map((y) => this.src!.replace(/\{year\}/g, y))
          : list(this.src);
    // The same URL twice (a region document with `years` set) is one document.
    return { src: [...new Set(urls)], data: this.data };
  }

  protected override viewDependencies(): unknown[] {
    return [this.regions, this.measure];
  }

  protected override buildView(
    data: (ResultsDocument | RegionDocument)[],
    locale: Locale,
    theme: ThemeColors,
  ): ElementView | ResultsError {
    const t = locale.texts;
    const codes = (this.regions ?? this.region ?? '').split(/[\s,]+/).filter(Boolean);
    if (codes.length === 0) return { code: 'results/unknown-region', message: t.needRegion };
    const region = data.length === 1 && isRegionDocument(data[0]) ? data[0] : undefined;
    const documents = data.filter((d): d is ResultsDocument => !isRegionDocument(d));
    const latest = region ?? [...documents].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0]!;
    const resolved = resolveNode(latest, this.dimension, locale);
    if ('code' in resolved) return resolved;
    const points = region
      ? codes.every((c) => c === region.region.code)
        ? regionTrendPoints(region, resolved.node)
        : []
      : trendPoints(documents, { regions: codes, node: resolved.node });
    const missing = codes.find((c) => !points.some((p) => p.unit === c));
    if (missing) return unknownRegion(missing);
    const n = locale.number;
    const years = [...new Set(points.map((p) => p.year))];
    const color = (code: string) => theme.series[codes.indexOf(code) % theme.series.length]!;
    const rank = this.measure === 'rank';
    const rows: LineRow[] = points.flatMap((p) => {
      const value = rank ? p.rank : p.score;
      return value === null
        ? []
        : [
            {
              x: String(p.year),
              series: p.name,
              value,
              color: color(p.unit),
              tip: `${p.name}, ${p.year}: ${t.score.toLowerCase()} ${n(p.score)}, ${t.rank.toLowerCase()} ${t.rankOf(String(p.rank ?? '–'), p.ranked)}`,
            },
          ];
    });
    const names = codes.map((c) => points.find((p) => p.unit === c)!.name);
    const allYears = [
      ...new Set((region ? region.years : documents).map((d) => d.year).filter((y) => y !== null)),
    ].sort((a, b) => a - b);
    const describe = codes.map((c) => {
      const mine = points.filter((p) => p.unit === c && p.score !== null);
      const name = points.find((p) => p.unit === c)!.name;
      const first = mine[0];
      const last = mine[mine.length - 1];
      if (!first || !last) return t.trendMissingYears(name, allYears.join(', '));
      const missing = allYears.filter((y) => !mine.some((p) => p.year === y));
      const gaps = missing.length ? ` ${t.trendMissingYears(name, missing.join(', '))}` : '';
      if (mine.length === 1)
        return (
          t.trendOneYear({
            name,
            year: String(first.year),
            score: n(first.score),
            rank: t.rankOf(String(first.rank ?? '–'), first.ranked),
          }) + gaps
        );
      return (
        t.describeTrend({
          name,
          from: String(first.year),
          to: String(last.year),
          first: n(first.score),
          last: n(last.score),
          firstRank: t.rankOf(String(first.rank ?? '–'), first.ranked),
          lastRank: t.rankOf(String(last.rank ?? '–'), last.ranked),
        }) + gaps
      );
    });
    return {
      title: t.trendCaption(resolved.label),
      description: describe.join(' '),
      chart: rows.length
        ? this.chartInput(
            linesChart(rows, {
              yTitle: rank ? t.rank : t.score,
              reverse: rank,
              textColor: theme.text,
              gridColor: theme.grid,
            }),
            rank ? 'lines-rank' : 'lines',
          )
        : undefined,
      legend: codes.map((c, i) => ({ label: names[i]!, color: color(c) })),
      body: this.tableBlock(
        t,
        t.trendCaption(resolved.label),
        html`<table part="table">
          <caption>
            ${t.trendCaption(resolved.label)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.year}</th>
              ${names.map(
                (name) =>
                  html`<th scope="col" class="num">${name}: ${t.score}</th>
                    <th scope="col" class="num">${name}: ${t.rank}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${years.map(
              (y) =>
                html`<tr>
                  <th scope="row">${y}</th>
                  ${codes.map((c) => {
                    const p = points.find((x) => x.year === y && x.unit === c);
                    return html`<td class="num">${n(p?.score ?? null)}</td>
                      <td class="num">${p ? t.rankOf(String(p.rank ?? '–'), p.ranked) : '–'}</td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>`,
      ),
      csv: {
        visible: {
          header: ['year', 'unit', 'name', 'score', 'rank', 'ranked'],
          rows: points.map((p) => [p.year, p.unit, p.name, p.score, p.rank, p.ranked]),
        },
        full: {
          header: ['year', 'unit', 'name', 'score', 'rank'],
          rows: region
            ? points.map((p) => [p.year, p.unit, p.name, p.score, p.rank])
            : documents.flatMap((d) => {
                const view = resultsView(d);
                return view.codes.map((unit, i) => [
                  d.year,
                  unit,
                  view.names[i],
                  view.scoreAt(resolved.node, i),
                  view.rankAt(resolved.node, i),
                ]);
              }),
        },
      },
      fileName: `takar-trend-${codes.join('_')}`,
      marks: rows.length,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'takar-trend': TakarTrend;
  }
}
