import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { resultsView, type ResultsDocument, type UnitResult } from '@takar/core/results';
import { dotsChart, type DotRow } from '@takar/charts';
import type { ResultsError } from '../controllers/results-controller.js';
import type { Locale } from '../i18n/locale.js';
import { TakarElement, type ElementView } from '../common/takar-element.js';
import type { ThemeColors } from '../common/theme.js';
import { resultsCsv } from '../common/csv.js';
import { resolveNode, resultsTitle, unknownRegion } from '../common/labels.js';

const SHAPES = ['circle', 'diamond', 'square', 'triangle-up'];

/**
 * `<takar-compare>`: several regions side by side on the index and each dimension.
 *
 * @summary Several regions compared per dimension.
 * @tag takar-compare
 *
 * @attr src - URL of a results document; `{year}` is replaced by `year`.
 * @attr regions - Unit codes separated by commas or spaces, e.g. `32.73,33.74`.
 * @attr dimension - Node whose children are compared (default the index).
 * @attr lang - `id` (default) or `en`.
 * @attr theme - `light`, `dark`, or unset to follow the reader's preference.
 *
 * @fires takar-rendered - The chart is drawn.
 * @fires takar-error - Data could not be loaded or validated, or a region is unknown.
 * @fires takar-select - A region was chosen in the table.
 *
 * @example
 * ```html
 * <takar-compare src="/data/smart-city-2024.json" regions="32.73,33.74,35.78"></takar-compare>
 * ```
 */
export class TakarCompare extends TakarElement {
  /** Unit codes to compare, separated by commas or spaces. */
  @property({ reflect: true }) accessor regions: string | undefined = undefined;

  protected override viewDependencies(): unknown[] {
    return [this.regions];
  }

  protected override buildView(
    results: ResultsDocument,
    locale: Locale,
    theme: ThemeColors,
  ): ElementView | ResultsError {
    const t = locale.texts;
    const view = resultsView(results);
    const codes = (this.regions ?? this.region ?? '').split(/[\s,]+/).filter(Boolean);
    if (codes.length === 0) return { code: 'results/unknown-region', message: t.needRegions };
    const units = codes.map((c) => view.unit(c));
    const missing = codes.find((_, i) => !units[i]);
    if (missing) return unknownRegion(missing);
    const regions = units.filter((u) => u !== undefined);
    const resolved = resolveNode(results, this.dimension, locale);
    if ('code' in resolved) return resolved;
    const nodes = [resolved.node, ...(view.children.get(resolved.node) ?? [])].map((c) =>
      view.nodes.get(c)!,
    );
    const n = locale.number;
    const color = (i: number) => theme.series[i % theme.series.length]!;
    const rows: DotRow[] = nodes.flatMap((node, order) =>
      regions.flatMap((u, i) => {
        const value = scoreAt(u, node.code);
        const category = locale.label(node.label);
        return value === null
          ? []
          : [
              {
                category,
                order,
                series: u.name,
                value,
                color: color(i),
                shape: SHAPES[i % SHAPES.length]!,
                tip: `${category} · ${u.name}: ${n(value)}`,
              },
            ];
      }),
    );
    const best = [...regions].sort(
      (a, b) => (scoreAt(b, resolved.node) ?? -Infinity) - (scoreAt(a, resolved.node) ?? -Infinity),
    )[0];
    return {
      title: resultsTitle(results, locale),
      description: t.describeCompare({
        names: regions.map((u) => u.name).join(', '),
        best: best ? `${best.name} (${n(scoreAt(best, resolved.node))})` : '–',
        node: resolved.label,
      }),
      chart: rows.length
        ? this.chartInput(
            dotsChart(rows, { xTitle: t.score, textColor: theme.text, gridColor: theme.grid }),
            'dots',
          )
        : undefined,
      legend: regions.map((u, i) => ({
        label: u.name,
        color: color(i),
        shape: SHAPES[i % SHAPES.length]!,
      })),
      body: this.tableBlock(
        t,
        t.compareCaption,
        html`<table part="table">
          <caption>
            ${t.compareCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.dimension}</th>
              ${regions.map(
                (u) =>
                  html`<th scope="col" class="num">
                    <button type="button" class="link" @click=${() => this.select(u.unit, u.name)}>
                      ${u.name}
                    </button>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${nodes.map(
              (node) =>
                html`<tr data-node=${node.code}>
                  <th scope="row">${locale.label(node.label)}</th>
                  ${regions.map(
                    (u) =>
                      html`<td class="num">
                        ${n(scoreAt(u, node.code))}
                        <span class="rank"
                          >(${t.rank.toLowerCase()} ${u.ranks[node.code] ?? '–'})</span
                        >
                      </td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>`,
      ),
      csv: {
        visible: {
          header: [
            'node',
            'label',
            ...regions.flatMap((u) => [`score:${u.unit}`, `rank:${u.unit}`]),
          ],
          rows: nodes.map((node) => [
            node.code,
            locale.label(node.label),
            ...regions.flatMap((u) => [scoreAt(u, node.code), u.ranks[node.code] ?? null]),
          ]),
        },
        full: resultsCsv(results),
      },
      fileName: `takar-compare-${codes.join('_')}`,
      marks: rows.length,
    };
  }
}

/** A unit's finite score at a node, or `null`. */
function scoreAt(u: UnitResult, code: string): number | null {
  const v = u.scores[code];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'takar-compare': TakarCompare;
  }
}
