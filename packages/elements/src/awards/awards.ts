import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { awardWinners, type ResultsDocument } from '@takar/core/results';
import { dotsChart, type DotRow } from '@takar/charts';
import type { ResultsError } from '../controllers/results-controller.js';
import type { Locale } from '../i18n/locale.js';
import { TakarElement, type ElementView } from '../common/takar-element.js';
import type { ThemeColors } from '../common/theme.js';
import { resultsCsv } from '../common/csv.js';
import { resolveNode, resultsTitle } from '../common/labels.js';

/**
 * `<takar-awards>`: the winner of each category (the index and each dimension, optionally per
 * group such as kota and kabupaten) with why: the score and the margin over the runner-up. Ties
 * share the award and say so.
 *
 * @summary Winners per category, with the margin over the runner-up.
 * @tag takar-awards
 *
 * @attr src - URL of a results document; `{year}` is replaced by `year`.
 * @attr group - Group column to award separately, e.g. `type`.
 * @attr dimension - Node whose children are categories (default the index).
 * @attr lang - `id` (default) or `en`.
 * @attr theme - `light`, `dark`, or unset to follow the reader's preference.
 *
 * @fires takar-rendered - The chart is drawn.
 * @fires takar-error - Data could not be loaded or validated.
 * @fires takar-select - A winner was chosen in the table.
 *
 * @example
 * ```html
 * <takar-awards src="/data/smart-city-2024.json" group="type"></takar-awards>
 * ```
 */
export class TakarAwards extends TakarElement {
  /** Group column to award separately, e.g. `type`. */
  @property({ reflect: true }) accessor group: string | undefined = undefined;

  protected override viewDependencies(): unknown[] {
    return [this.group];
  }

  protected override buildView(
    results: ResultsDocument,
    locale: Locale,
    theme: ThemeColors,
  ): ElementView | ResultsError {
    const t = locale.texts;
    const resolved = resolveNode(results, this.dimension, locale);
    if ('code' in resolved) return resolved;
    const awards = awardWinners(results, {
      node: resolved.node,
      ...(this.group ? { group: this.group } : {}),
    });
    const n = locale.number;
    const category = (a: (typeof awards)[number]) =>
      locale.label(a.label) + (a.group !== null ? ` (${a.group})` : '');
    const rows: DotRow[] = awards.flatMap((a, order) => [
      ...(a.winners[0]
        ? [
            {
              category: category(a),
              order,
              series: t.winner,
              value: a.winners[0].score,
              color: theme.highlight,
              shape: 'circle',
              tip: `${category(a)} · ${a.winners.map((w) => w.name).join(', ')}: ${n(a.winners[0].score)}`,
            },
          ]
        : []),
      ...(a.runnerUp
        ? [
            {
              category: category(a),
              order,
              series: t.runnerUp,
              value: a.runnerUp.score,
              color: theme.peer,
              shape: 'diamond',
              tip: `${category(a)} · ${t.runnerUp}: ${a.runnerUp.name} ${n(a.runnerUp.score)}`,
            },
          ]
        : []),
    ]);
    const ties = awards.filter((a) => a.winners.length > 1).length;
    return {
      title: resultsTitle(results, locale),
      description: t.describeAwards({ count: awards.length, ties }),
      ...(awards.every((a) => a.winners.length === 0) ? { empty: t.empty } : {}),
      chart: rows.length
        ? this.chartInput(
            dotsChart(rows, { xTitle: t.score, textColor: theme.text, gridColor: theme.grid }),
            'dots',
          )
        : undefined,
      legend: [
        { label: t.winner, color: theme.highlight, shape: 'circle' },
        { label: t.runnerUp, color: theme.peer, shape: 'diamond' },
      ],
      body: this.tableBlock(
        t,
        t.awardsCaption,
        html`<table part="table">
          <caption>
            ${t.awardsCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.category}</th>
              <th scope="col">${t.winner}</th>
              <th scope="col" class="num">${t.score}</th>
              <th scope="col">${t.runnerUp}</th>
              <th scope="col" class="num">${t.margin}</th>
            </tr>
          </thead>
          <tbody>
            ${awards.map(
              (a) =>
                html`<tr data-node=${a.node}>
                  <th scope="row">${category(a)}</th>
                  <td>
                    ${a.winners.map(
                      (w, i) =>
                        html`${i > 0 ? ', ' : ''}<button
                            type="button"
                            class="link"
                            @click=${() => this.select(w.unit, w.name)}
                          >
                            ${w.name}
                          </button>`,
                    )}
                    ${a.winners.length > 1 ? html` <em>(${t.tie(a.winners.length)})</em>` : ''}
                  </td>
                  <td class="num">${n(a.winners[0]?.score ?? null)}</td>
                  <td>${a.runnerUp ? `${a.runnerUp.name} (${n(a.runnerUp.score)})` : '–'}</td>
                  <td class="num">
                    ${
                      a.margin === null
                        ? '–'
                        : // a margin below 0,01 would read +0,00: show a third decimal
                          `+${n(a.margin, a.margin > 0 && a.margin < 0.005 ? 3 : 2)}`
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>`,
      ),
      csv: {
        visible: {
          header: [
            'node',
            'category',
            'group',
            'winners',
            'score',
            'runner_up',
            'runner_up_score',
            'margin',
            'tie',
          ],
          rows: awards.map((a) => [
            a.node,
            locale.label(a.label),
            a.group,
            a.winners.map((w) => w.name).join('; '),
            a.winners[0]?.score ?? null,
            a.runnerUp?.name ?? null,
            a.runnerUp?.score ?? null,
            a.margin,
            a.winners.length > 1 ? 'yes' : 'no',
          ]),
        },
        full: resultsCsv(results),
      },
      fileName: `takar-awards${results.year !== null ? `-${results.year}` : ''}`,
      marks: rows.length,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'takar-awards': TakarAwards;
  }
}
