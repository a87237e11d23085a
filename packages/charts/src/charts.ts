import {
  dotsVega,
  intervalVega,
  linesRankVega,
  linesVega,
  stripVega,
} from './generated/charts.vg.generated.js';
import type { CompiledChart, VegaSpec } from './types.js';
import type { DotRow } from './templates/dots.js';
import type { LineRow } from './templates/lines.js';
import type { StripRow } from './templates/strip.js';
import type { IntervalRow } from './templates/interval.js';

/** Colours and texts every chart takes. */
export interface ChartTheme {
  textColor: string;
  gridColor: string;
}

const clone = (spec: unknown) => structuredClone(spec) as VegaSpec;

/**
 * The dot plot ({@link dotsTemplate}) compiled to Vega, with its rows and signals.
 *
 * @example
 * ```ts
 * const chart = dotsChart(rows, { xTitle: 'Skor', textColor: '#000', gridColor: '#ccc' });
 * ```
 */
export function dotsChart(
  rows: DotRow[],
  o: ChartTheme & { xTitle: string },
): CompiledChart<DotRow> {
  return { spec: clone(dotsVega), data: { dots: rows }, signals: { ...o } };
}

/** The line chart ({@link linesTemplate}) compiled to Vega; `reverse` for ranks (1 on top). */
export function linesChart(
  rows: LineRow[],
  o: ChartTheme & { yTitle: string; reverse?: boolean },
): CompiledChart<LineRow> {
  const { reverse, ...signals } = o;
  return { spec: clone(reverse ? linesRankVega : linesVega), data: { lines: rows }, signals };
}

/** The strip plot ({@link stripTemplate}) compiled to Vega. */
export function stripChart(
  rows: StripRow[],
  o: ChartTheme & { xTitle: string },
): CompiledChart<StripRow> {
  return { spec: clone(stripVega), data: { strip: rows }, signals: { ...o } };
}

/** The interval bar chart ({@link intervalTemplate}) compiled to Vega. */
export function intervalChart(
  rows: IntervalRow[],
  o: ChartTheme & { xTitle: string },
): CompiledChart<IntervalRow> {
  return { spec: clone(intervalVega), data: { interval: rows }, signals: { ...o } };
}
