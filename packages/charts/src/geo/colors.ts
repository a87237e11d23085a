// Choropleth colours. The palettes are ColorBrewer 2.0, Cynthia Brewer, colorbrewer2.org
// (Apache 2.0 licence); the hex values are Brewer's published schemes.

/**
 * ColorBrewer YlGnBu, 7 classes (colour-blind safe; light = low). Index 0 is the lightest, for the
 * lowest values.
 *
 * @example
 * ```ts
 * SEQUENTIAL_COLORS[0]; // '#ffffcc'
 * ```
 */
export const SEQUENTIAL_COLORS: readonly string[] = Object.freeze([
  '#ffffcc',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#0c2c84',
]);

/**
 * ColorBrewer RdBu, 9 classes, ordered so that blue = gain, red = loss; index 4 is the neutral
 * middle. Index 0 is the largest loss (dark red), index 8 the largest gain (dark blue), so the
 * colours follow the values from low to high like {@link SEQUENTIAL_COLORS}.
 *
 * @example
 * ```ts
 * interpolateColor(DIVERGING_COLORS, 0.5); // '#f7f7f7': no change
 * ```
 */
export const DIVERGING_COLORS: readonly string[] = Object.freeze([
  '#b2182b',
  '#d6604d',
  '#f4a582',
  '#fddbc7',
  '#f7f7f7',
  '#d1e5f0',
  '#92c5de',
  '#4393c3',
  '#2166ac',
]);

/** The red, green and blue channels (0–255) of '#rrggbb'. */
function channels(hex: string): [number, number, number] {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) {
    throw new RangeError(`Expected a colour written '#rrggbb', found ${JSON.stringify(hex)}.`);
  }
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** sRGB channel (0–255) to linear light (0–1). */
function toLinear(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Linear light (0–1) to an sRGB channel (0–255, rounded). */
function fromLinear(l: number): number {
  const c = l <= 0.0031308 ? l * 12.92 : 1.055 * l ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, c)) * 255);
}

/**
 * Colour at t ∈ [0,1] along `stops`, as '#rrggbb'; t outside [0,1] is clamped. Between two stops
 * the colour is mixed in linear light, so its luminance moves steadily from one stop's to the
 * next (mixing the sRGB numbers instead can make luminance dip and rise again where one channel
 * grows while another shrinks). With stops whose luminance is monotone, as in
 * {@link SEQUENTIAL_COLORS}, a larger t is never lighter, up to 8-bit rounding.
 *
 * The stops are evenly spaced: with 7 stops, t = 1/6 is exactly the second. Throws a RangeError for
 * no stops, a stop not written '#rrggbb', or a t that is NaN (a missing value needs its own colour,
 * chosen by the caller).
 *
 * @param stops - The colours, '#rrggbb', from t = 0 to t = 1.
 * @param t - Where along the stops, 0 to 1.
 *
 * @example
 * ```ts
 * interpolateColor(['#000000', '#ffffff'], 0.5); // '#bcbcbc' (half the light of white)
 * interpolateColor(SEQUENTIAL_COLORS, 2); // '#0c2c84' (clamped to 1)
 * ```
 */
export function interpolateColor(stops: readonly string[], t: number): string {
  if (stops.length === 0) throw new RangeError('interpolateColor needs at least one colour stop.');
  if (Number.isNaN(t)) {
    throw new RangeError('interpolateColor: t is NaN; give missing values their own colour.');
  }
  const s = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(Math.floor(s), Math.max(0, stops.length - 2));
  const f = s - i;
  const a = channels(stops[i]!);
  const b = channels(stops[Math.min(i + 1, stops.length - 1)]!);
  let hex = '#';
  for (let c = 0; c < 3; c++) {
    const la = toLinear(a[c]!);
    const v = fromLinear(la + (toLinear(b[c]!) - la) * f);
    hex += v.toString(16).padStart(2, '0');
  }
  return hex;
}

/**
 * WCAG relative luminance of '#rrggbb' (0 black – 1 white), as defined in WCAG 2.2 ("relative
 * luminance"), for choosing a label colour that contrasts with a region's fill.
 *
 * @example
 * ```ts
 * relativeLuminance('#ffffff'); // 1
 * relativeLuminance('#0c2c84') < 0.18; // true: label it in white
 * ```
 */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
