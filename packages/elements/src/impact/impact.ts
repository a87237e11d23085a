import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from '@takar/core/results';
import { intervalChart, type IntervalRow } from '@takar/charts';
import type { ResultsError, ResultsKind } from '../controllers/results-controller.js';
import type { Locale } from '../i18n/locale.js';
import { TakarElement, type ElementView } from '../common/takar-element.js';
import { DEFAULT_HEIGHTS } from '../common/reserve.js';
import type { ThemeColors } from '../common/theme.js';
import type { ImpactData, ImpactLabel } from './impact-types.js';

export type { ImpactData, ImpactDocument, ImpactRegionRow, ImpactLabel } from './impact-types.js';

const IMPACT_KIND: ResultsKind<ImpactData> = {
  validate: async (value) => (await import('./impact-schema.js')).validateImpact(value),
  isEmpty: (d) => d.rows.length === 0,
  what: 'impact data ({ method, rows: [{ region, name, affected | low + high, population }] })',
  hint: 'Produce it with the Takar impact engine.',
};

/** Heights with the default `top` (15 regions), measured on the example data at these widths. */
const IMPACT_HEIGHTS = [
  [230, 1929],
  [270, 1846],
  [322, 1777],
  [510, 1685],
  [678, 1524],
  [910, 1262],
] as const;

const text = (l: ImpactLabel | undefined, lang: Lang): string =>
  l === undefined ? '' : typeof l === 'string' ? l : lang === 'en' ? (l.en ?? l.id) : l.id;

/**
 * `<takar-impact>`: positively-affected citizens and coverage per region, with the method and
 * its range or interval.
 *
 * @summary Positively-affected citizens and coverage, with the method and its range.
 * @tag takar-impact
 *
 * @attr src - URL of impact data: `{ method, rows: [{ region, name, affected | low + high, population, coverage? }] }`.
 * @attr region - Unit code to highlight (shown even when outside the `top`).
 * @attr top - How many regions the chart and the table show, by coverage (default 15; 0 shows
 *   every region). The description counts every region, and "CSV (semua data)" holds them all.
 * @attr lang - `id` (default) or `en`.
 * @attr theme - `light`, `dark`, or unset to follow the reader's preference.
 *
 * @fires takar-rendered - The chart is drawn.
 * @fires takar-error - Data could not be loaded or validated.
 * @fires takar-select - A region was chosen in the table or the chart.
 *
 * @example
 * ```html
 * <takar-impact src="/data/impact-2024.json" region="32.73"></takar-impact>
 * ```
 */
export class TakarImpact extends TakarElement<ImpactData> {
  /** How many regions the chart and table show, by coverage; 0 shows every region. */
  @property({ type: Number, reflect: true }) accessor top = 15;

  protected override viewDependencies(): unknown[] {
    return [this.top];
  }

  /** Heights measured on the example data with the default `top` (see {@link TakarElement.reservedHeights}). */
  protected override reservedHeights(): readonly (readonly [number, number])[] {
    return this.top > 0 && this.top <= 15 ? IMPACT_HEIGHTS : DEFAULT_HEIGHTS;
  }

  protected override resultsKind(): ResultsKind<ImpactData> {
    return IMPACT_KIND;
  }

  protected override buildView(
    data: ImpactData,
    locale: Locale,
    theme: ThemeColors,
  ): ElementView | ResultsError {
    const t = locale.texts;
    const lang = locale.lang;
    const int = (v: number) => locale.number(Math.round(v), 0);
    const pct = (v: number) => locale.percent(v, 1);
    const rows = data.rows
      .map((r) => {
        const affected = r.affected ?? ((r.low ?? 0) + (r.high ?? 0)) / 2;
        const low = r.low ?? affected;
        const high = r.high ?? affected;
        return {
          ...r,
          affected,
          low,
          high,
          coverage: r.coverage ?? affected / r.population,
          coverageLow: low / r.population,
          coverageHigh: high / r.population,
        };
      })
      .sort((a, b) => b.coverage - a.coverage || a.name.localeCompare(b.name, 'id'));
    const method = text(data.method, lang);
    const interval = text(data.interval, lang) || t.range;
    const total = rows.reduce((s, r) => s + r.affected, 0);
    const limit = this.top > 0 ? Math.floor(this.top) : rows.length;
    const focusAt = rows.findIndex((r) => r.region === this.region);
    const shown =
      focusAt >= limit ? [...rows.slice(0, limit), rows[focusAt]!] : rows.slice(0, limit);
    const cut = shown.length < rows.length;
    const chartRows: IntervalRow[] = shown.map((r, order) => ({
      label: r.name,
      order,
      unit: r.region,
      name: r.name,
      value: r.coverage * 100,
      low: r.coverageLow * 100,
      high: r.coverageHigh * 100,
      color: r.region === this.region ? theme.highlight : theme.bar,
      tip: `${r.name}: ${pct(r.coverage)} (${interval} ${pct(r.coverageLow)}–${pct(r.coverageHigh)}); ${int(r.affected)} / ${int(r.population)}`,
    }));
    return {
      title: data.title ?? t.impactCaption,
      description: t.describeImpact({
        count: rows.length,
        total: int(total),
        low: int(rows.reduce((s, r) => s + r.low, 0)),
        high: int(rows.reduce((s, r) => s + r.high, 0)),
        method,
      }),
      chart: this.chartInput(
        intervalChart(chartRows, {
          xTitle: t.coverageAxis,
          textColor: theme.text,
          gridColor: theme.grid,
        }),
        'interval',
      ),
      notes: cut
        ? html`<p part="note" class="description">
            ${t.impactShown({
              shown: limit,
              total: rows.length,
              region: focusAt >= limit ? rows[focusAt]!.name : undefined,
            })}
          </p>`
        : undefined,
      body: html`<p class="description"><strong>${t.method}:</strong> ${method}</p>
        ${this.tableBlock(
          t,
          t.impactCaption,
          html`<table part="table">
            <caption>
              ${t.impactCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.region}</th>
                <th scope="col" class="num">${t.affected}</th>
                <th scope="col" class="num">${interval}</th>
                <th scope="col" class="num">${t.population}</th>
                <th scope="col" class="num">${t.coverage}</th>
              </tr>
            </thead>
            <tbody>
              ${shown.map(
                (r) =>
                  html`<tr
                    class=${r.region === this.region ? 'highlight' : ''}
                    data-unit=${r.region}
                  >
                    <th scope="row">
                      <button
                        type="button"
                        class="link"
                        @click=${() => this.select(r.region, r.name)}
                      >
                        ${r.name}
                      </button>
                    </th>
                    <td class="num">${int(r.affected)}</td>
                    <td class="num">${int(r.low)}–${int(r.high)}</td>
                    <td class="num">${int(r.population)}</td>
                    <td class="num">${pct(r.coverage)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
        )}`,
      csv: {
        visible: {
          header: ['region', 'name', 'affected', 'low', 'high', 'population', 'coverage', 'method'],
          // As the table shows them: whole persons, coverage as a percentage with one decimal.
          digits: { affected: 0, low: 0, high: 0, population: 0, coverage: 3 },
          rows: shown.map((r) => [
            r.region,
            r.name,
            r.affected,
            r.low,
            r.high,
            r.population,
            r.coverage,
            method,
          ]),
        },
        full: {
          header: ['region', 'name', 'affected', 'low', 'high', 'population', 'coverage'],
          rows: data.rows.map((r) => [
            r.region,
            r.name,
            r.affected,
            r.low,
            r.high,
            r.population,
            r.coverage,
          ]),
        },
      },
      fileName: `takar-impact${data.year ? `-${data.year}` : ''}`,
      marks: chartRows.length,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'takar-impact': TakarImpact;
  }
}
