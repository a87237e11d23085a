import { html } from 'lit';
import { distributionSummary, resultsView, type ResultsDocument } from '@takar/core/results';
import { seededUnit, stripChart, type StripRow } from '@takar/charts';
import type { ResultsError } from '../controllers/results-controller.js';
import type { Locale } from '../i18n/locale.js';
import { TakarElement, type ElementView } from '../common/takar-element.js';
import type { ThemeColors } from '../common/theme.js';
import { resolveNode, resultsTitle, unknownRegion } from '../common/labels.js';

/**
 * `<takar-distribution>`: where a region sits among every region on one indicator or dimension,
 * as a strip of dots with the region highlighted.
 *
 * @summary Where a region sits for one indicator.
 * @tag takar-distribution
 *
 * @attr src - URL of a results document; `{year}` is replaced by `year`.
 * @attr dimension - Node code: an indicator or a dimension (default the index).
 * @attr region - Unit code to highlight.
 * @attr lang - `id` (default) or `en`.
 * @attr theme - `light`, `dark`, or unset to follow the reader's preference.
 *
 * @fires takar-rendered - The chart is drawn.
 * @fires takar-error - Data could not be loaded or validated, or the node or region is unknown.
 * @fires takar-select - A region was chosen in the chart.
 *
 * @example
 * ```html
 * <takar-distribution src="/data/smart-city-2024.json" dimension="economy" region="32.73"></takar-distribution>
 * ```
 */
export class TakarDistribution extends TakarElement {
  protected override buildView(
    results: ResultsDocument,
    locale: Locale,
    theme: ThemeColors,
  ): ElementView | ResultsError {
    const t = locale.texts;
    const resolved = resolveNode(results, this.dimension, locale);
    if ('code' in resolved) return resolved;
    const d = distributionSummary(results, { node: resolved.node, region: this.region });
    if (this.region && !d.region && resultsView(results).indexOf(this.region) < 0)
      return unknownRegion(this.region);
    const n = locale.number;
    const pct = (v: number) => locale.percent(v);
    const rows: (StripRow & { unit: string; name: string })[] = d.values.map((v) => {
      const mine = v.unit === this.region;
      return {
        unit: v.unit,
        name: v.name,
        value: v.value,
        jitter: 0.15 + 0.7 * seededUnit(v.unit),
        color: mine ? theme.highlight : theme.bar,
        size: mine ? 180 : 40,
        z: mine ? 1 : 0,
        highlight: mine,
        tip: `${v.name}: ${n(v.value)}`,
      };
    });
    const r = d.region;
    const regionText = r
      ? t.regionAt({
          name: r.name,
          value: n(r.value),
          position: r.position,
          count: d.values.length,
          below: pct(r.below),
        })
      : '';
    return {
      title: `${resultsTitle(results, locale)}: ${resolved.label}`,
      description: t.describeDistribution({
        node: resolved.label,
        count: d.values.length,
        min: n(d.min),
        max: n(d.max),
        median: n(d.median),
        region: regionText,
      }),
      ...(d.values.length === 0 ? { empty: t.empty } : {}),
      chart: rows.length
        ? this.chartInput(
            stripChart(rows, {
              xTitle: resolved.label,
              textColor: theme.text,
              gridColor: theme.grid,
            }),
            'strip',
          )
        : undefined,
      legend: r
        ? [
            { label: r.name, color: theme.highlight },
            { label: t.region, color: theme.bar },
          ]
        : [],
      body: this.tableBlock(
        t,
        t.distributionCaption(resolved.label),
        html`<table part="table">
          <caption>
            ${t.distributionCaption(resolved.label)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.statistic}</th>
              <th scope="col" class="num">${t.value}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">${t.lowest}</th>
              <td class="num">${n(d.min)}</td>
            </tr>
            <tr>
              <th scope="row">${t.median}</th>
              <td class="num">${n(d.median)}</td>
            </tr>
            <tr>
              <th scope="row">${t.highest}</th>
              <td class="num">${n(d.max)}</td>
            </tr>
            ${
              r
                ? html`<tr class="highlight" data-unit=${r.unit}>
                    <th scope="row">${r.name}</th>
                    <td class="num">
                      ${n(r.value)} (${t.positionOf(r.position, d.values.length)})
                    </td>
                  </tr>`
                : ''
            }
          </tbody>
        </table>`,
      ),
      csv: {
        visible: {
          header: ['unit', 'name', 'value'],
          rows: d.values.map((v) => [v.unit, v.name, v.value]),
        },
        full: {
          header: ['unit', 'name', 'value'],
          rows: d.values.map((v) => [v.unit, v.name, v.value]),
        },
      },
      fileName: `takar-distribution-${resolved.node}`,
      marks: rows.length,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'takar-distribution': TakarDistribution;
  }
}
