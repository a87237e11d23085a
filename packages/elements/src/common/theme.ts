/** The colours an element's chart uses, read from its (themed) custom properties. */
export interface ThemeColors {
  text: string;
  muted: string;
  surface: string;
  bar: string;
  highlight: string;
  grid: string;
  peer: string;
  nation: string;
  series: string[];
  bands: string[];
}

/**
 * Reads the chart colours of an element from its computed style: the private `--_*` properties,
 * which resolve the public `--takar-*` ones, the `theme` attribute and `prefers-color-scheme`.
 */
export function readTheme(host: HTMLElement): ThemeColors {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string) =>
    style.getPropertyValue(`--_${name}`).trim() || fallback;
  return {
    text: read('text', '#1f2933'),
    muted: read('muted', '#52606d'),
    surface: read('surface-solid', '#ffffff'),
    bar: read('bar', '#3b6ea8'),
    highlight: read('highlight', '#c2410c'),
    grid: read('grid', '#d9dee5'),
    peer: read('peer', '#3b6ea8'),
    nation: read('nation', '#6b7280'),
    series: [1, 2, 3, 4, 5, 6].map((i) => read(`series-${i}`, '#3b6ea8')),
    bands: [1, 2, 3, 4, 5].map((i) => read(`band-${i}`, '#3b6ea8')),
  };
}

/**
 * Colours for `count` ordered bands (worst first): spread over the five band colours.
 *
 * @example
 * ```ts
 * bandPalette(readTheme(el), 3); // [band-1, band-3, band-5]
 * ```
 */
export function bandPalette(theme: ThemeColors, count: number): string[] {
  if (count <= 1) return [theme.bands[4]!];
  return Array.from({ length: count }, (_, i) => theme.bands[Math.round((i * 4) / (count - 1))]!);
}
