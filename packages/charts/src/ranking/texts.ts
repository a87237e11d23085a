/** The ranking chart's default colours; elements override them from CSS custom properties. */
export const RANKING_COLORS = {
  barColor: '#3b6ea8',
  highlightColor: '#c2410c',
  textColor: '#1f2933',
  gridColor: '#d9dee5',
} as const;

/** The colour signals of the ranking chart. */
export type RankingColors = { [K in keyof typeof RANKING_COLORS]: string };

/**
 * The longest region label (pixels) for a chart `width` pixels wide: 40 % of it, between 90 and
 * 240, so that bars keep most of a phone screen.
 *
 * @example
 * ```ts
 * rankingLabelLimit(360); // 144
 * ```
 */
export function rankingLabelLimit(width: number): number {
  return Math.round(Math.min(240, Math.max(90, width * 0.4)));
}
