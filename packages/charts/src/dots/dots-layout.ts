import type { DotRow } from '../templates/dots.js';
import { rankingLabelLimit } from '../ranking/texts.js';

/**
 * The dot plot as plain geometry, for pages that must draw it without the Vega runtime (a
 * one-region profile on a slow phone: Vega alone is more than the rest of the page). It draws
 * what {@link dotsTemplate} does: one row per category, a rule from the lowest to the highest
 * value, a dot per series, and an x axis on top with about five "nice" ticks and grid lines.
 */

/** Options of {@link dotsLayout}. */
export interface DotsLayoutOptions {
  /** Width of the drawing in pixels (the element's width). */
  width: number;
  /** Height of one row in pixels (default 30, as the Vega chart's step). */
  step?: number;
  /** Font size of the labels in pixels (default 11, as Vega's axis labels). */
  fontSize?: number;
  /** About how many ticks the x axis gets (default 5). */
  tickCount?: number;
}

/** One tick of the x axis: its position and value. */
export interface DotsTick {
  x: number;
  value: number;
}

/** One row (category) of the plot. */
export interface DotsLayoutRow {
  /** The label as drawn (shortened with "…" when it does not fit). */
  label: string;
  /** The full label (the shortened one carries it as its tooltip). */
  category: string;
  /** Middle of the row. */
  y: number;
  /** The rule from the lowest to the highest value of the row (absent for one value). */
  rule: { x1: number; x2: number } | undefined;
}

/** One dot. */
export interface DotsLayoutDot {
  x: number;
  y: number;
  series: string;
  value: number;
  color: string;
  shape: string;
  tip: string;
}

/** Everything {@link dotsLayout} places, in pixels. */
export interface DotsLayout {
  width: number;
  height: number;
  /** The plotting area (between the labels on the left and the right edge). */
  plot: { left: number; top: number; right: number; bottom: number };
  /** The x domain after rounding it to the ticks. */
  domain: [number, number];
  ticks: DotsTick[];
  /** Decimals the tick labels need (1 for ticks 0.2 apart, 0 for ticks 5 apart). */
  tickDigits: number;
  rows: DotsLayoutRow[];
  dots: DotsLayoutDot[];
}

/** Average width of a character of a sans-serif font, as a share of the font size. */
const CHAR_EM = 0.58;
const AXIS_TOP = 34;
const GAP = 8;
const RIGHT = 12;

/**
 * The step of about `count` ticks over `[lo, hi]`: 1, 2 or 5 times a power of ten, the one
 * whose tick count comes nearest (the rule most charting libraries share).
 */
export function tickStep(lo: number, hi: number, count: number): number {
  const raw = Math.abs(hi - lo) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/**
 * Ticks from `lo` to `hi` at `step`, each computed from an integer so that 0.1 + 0.2 never
 * shows: `k × step` for steps of 1 or more, `k / (1 / step)` for smaller ones.
 */
function ticksOf(lo: number, hi: number, step: number): number[] {
  const { first, last, at } = tickRange(lo, hi, step);
  const out: number[] = [];
  for (let k = first; k <= last; k++) out.push(at(k));
  return out;
}

/** The integers `k` of the ticks inside `[lo, hi]`, and the value of tick `k`. */
function tickRange(lo: number, hi: number, step: number) {
  const inverse = step < 1 ? Math.round(1 / step) : 0;
  const scaled = (v: number) => (inverse ? v * inverse : v / step);
  return {
    first: Math.ceil(scaled(lo) - 1e-9),
    last: Math.floor(scaled(hi) + 1e-9),
    at: (k: number) => (inverse ? k / inverse : k * step) + 0, // + 0: never -0
  };
}

/**
 * `[lo, hi]` widened to the steps of about `count` ticks just outside it, again until the step
 * stays the same (as Vega's `nice: true`, which rounds to about 10 steps).
 */
function niceDomain(lo: number, hi: number, count: number): [number, number] {
  let step = 0;
  for (let i = 0; i < 10; i++) {
    const next = tickStep(lo, hi, count);
    if (next === step) break;
    step = next;
    const { first, last, at } = tickRange(lo, hi, step);
    [lo, hi] = [at(at(first) > lo ? first - 1 : first), at(at(last) < hi ? last + 1 : last)];
  }
  return [lo, hi];
}

/** Shortens `text` with "…" to at most `chars` characters. */
function shorten(text: string, chars: number): string {
  if (text.length <= chars) return text;
  return `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/**
 * Places a dot plot in a box `width` pixels wide: rows `step` pixels high in the order of their
 * `order`, the x scale over the values (not from zero), rounded outwards to ticks.
 *
 * @example
 * ```ts
 * const layout = dotsLayout(rows, { width: 600 });
 * layout.ticks.map((t) => t.value); // e.g. [3, 3.2, 3.4, 3.6, 3.8]
 * ```
 */
export function dotsLayout(rows: readonly DotRow[], options: DotsLayoutOptions): DotsLayout {
  const step = options.step ?? 30;
  const font = options.fontSize ?? 11;
  const width = Math.max(160, Math.round(options.width));
  const order = [...new Map(rows.map((r) => [r.category, r.order])).entries()].sort(
    (a, b) => a[1] - b[1],
  );
  const longest = Math.max(0, ...order.map(([c]) => c.length));
  const labelWidth = Math.min(rankingLabelLimit(width), Math.ceil(longest * font * CHAR_EM));
  const chars = Math.max(4, Math.floor(labelWidth / (font * CHAR_EM)));
  const plot = {
    left: labelWidth + GAP,
    top: AXIS_TOP,
    right: width - RIGHT,
    bottom: AXIS_TOP + order.length * step,
  };

  const values = rows.map((r) => r.value).filter(Number.isFinite);
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const domain = niceDomain(lo, hi, 10);
  const tick = tickStep(domain[0], domain[1], options.tickCount ?? 5);
  const x = (v: number) =>
    plot.left + ((v - domain[0]) / (domain[1] - domain[0])) * (plot.right - plot.left);

  const yOf = new Map(order.map(([c], i) => [c, plot.top + i * step + step / 2]));
  const layoutRows: DotsLayoutRow[] = order.map(([category]) => {
    const own = rows.filter((r) => r.category === category && Number.isFinite(r.value));
    const min = Math.min(...own.map((r) => r.value));
    const max = Math.max(...own.map((r) => r.value));
    return {
      label: shorten(category, chars),
      category,
      y: yOf.get(category)!,
      rule: own.length > 1 && max > min ? { x1: x(min), x2: x(max) } : undefined,
    };
  });
  return {
    width,
    height: plot.bottom + GAP,
    plot,
    domain,
    ticks: ticksOf(domain[0], domain[1], tick).map((value) => ({ x: x(value), value })),
    tickDigits: Math.max(0, -Math.floor(Math.log10(tick) + 1e-9)),
    rows: layoutRows,
    dots: rows
      .filter((r) => Number.isFinite(r.value))
      .map((r) => ({
        x: x(r.value),
        y: yOf.get(r.category)!,
        series: r.series,
        value: r.value,
        color: r.color,
        shape: r.shape,
        tip: r.tip,
      })),
  };
}
