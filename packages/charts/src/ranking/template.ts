import { RANKING_COLORS, type RankingColors } from './texts.js';
import type { VegaLiteSpec } from '../types.js';

/** The Vega-Lite schema the specs are written for (vega-lite 6). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Name of the ranking chart's data set: the runtime binds {@link RankingRow} values to it. */
export const RANKING_DATA = 'ranking';

/** Parameters of the ranking template. */
export interface RankingTemplateParams {
  /** The title of the score axis. */
  xTitle: string;
  /** Colours (default {@link RANKING_COLORS}). */
  colors?: Partial<RankingColors>;
}

/**
 * The horizontal bar chart of a ranking as a Vega-Lite spec over the named data `ranking`
 * (one bar per {@link RankingRow}, best on top; the score axis is on top too, so it stays near
 * the best regions in a long list). Colours are Vega-Lite params, so the compiled
 * Vega spec exposes them as signals that an element can set without recompiling.
 *
 * @example
 * ```ts
 * const spec = rankingTemplate({ xTitle: 'Skor' });
 * spec.data; // { name: 'ranking' }
 * ```
 */
export function rankingTemplate(params: RankingTemplateParams): VegaLiteSpec {
  const colors = { ...RANKING_COLORS, ...params.colors };
  return {
    $schema: VEGA_LITE_SCHEMA,
    data: { name: RANKING_DATA },
    params: [
      { name: 'textColor', value: colors.textColor },
      { name: 'gridColor', value: colors.gridColor },
      // Longest region label in pixels; elements narrow it on small screens (rankingLabelLimit).
      { name: 'labelLimit', value: 240 },
    ],
    width: 480,
    height: { step: 22 },
    autosize: { type: 'fit-x', contains: 'padding' },
    background: 'transparent',
    mark: { type: 'bar', height: { band: 0.75 } },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: { field: 'order', op: 'min', order: 'ascending' },
        axis: { title: null, labelLimit: { expr: 'labelLimit' }, ticks: false, labelPadding: 6 },
      },
      x: {
        field: 'score',
        type: 'quantitative',
        stack: null,
        scale: { zero: true, nice: true },
        axis: { title: params.xTitle, tickCount: 5, grid: true, orient: 'top' },
      },
      color: { field: 'color', type: 'nominal', scale: null, legend: null },
      tooltip: { field: 'tip', type: 'nominal' },
      description: { field: 'tip', type: 'nominal' },
    },
    config: {
      font: 'system-ui, sans-serif',
      view: { stroke: null },
      axis: {
        labelColor: { expr: 'textColor' },
        titleColor: { expr: 'textColor' },
        domainColor: { expr: 'gridColor' },
        tickColor: { expr: 'gridColor' },
        gridColor: { expr: 'gridColor' },
        labelFontSize: 12,
        titleFontSize: 12,
        titleFontWeight: 'normal',
      },
    },
  };
}
