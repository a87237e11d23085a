/*
 * The one number formatter of what readers see: tables, descriptions, tooltips, CSV of the
 * visible rows, and (through `vegaNumberLocale`) the axes Vega draws. Rounding is decimal-correct
 * (half away from zero on the 15-significant-digit decimal a spreadsheet shows), so 3.475 stored
 * as 3.4749999999999996 shows 3.48, as the published figure does.
 */
import type { Lang } from '../schema/label.js';
import { roundHalfUpDecimal } from './decimal-round.js';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, min: number, max: number, style?: 'percent'): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}:${style ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      ...(style ? { style } : {}),
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * A number as readers see it in a language, with `digits` decimals (default 2), rounded
 * decimal-correctly: Indonesian writes `.` for thousands and `,` for decimals. Missing (`null`,
 * `NaN`) is `–`, never `0`.
 *
 * @example
 * ```ts
 * displayNumber(1234.5, 'id'); // '1.234,50'
 * displayNumber(3.4749999999999996, 'en'); // '3.48'
 * displayNumber(null, 'id'); // '–'
 * ```
 */
export function displayNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  return numberFormat(lang, digits, digits).format(roundHalfUpDecimal(value, digits));
}

/**
 * The value {@link displayNumber} shows, as a number: what a "visible rows" CSV writes, so the
 * file and the screen never disagree.
 *
 * @example
 * ```ts
 * shownNumber(3.4749999999999996, 2); // 3.48
 * ```
 */
export function shownNumber(value: number, digits = 2): number {
  return Number.isFinite(value) ? roundHalfUpDecimal(value, digits) : value;
}

/**
 * A share (0–1) as a percentage in a language, with `digits` decimals (default 0).
 *
 * @example
 * ```ts
 * displayPercent(0.625, 'id'); // '63%' (Indonesian: '63%')
 * displayPercent(0.625, 'en', 1); // '62.5%'
 * ```
 */
export function displayPercent(share: number | null | undefined, lang: Lang, digits = 0): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  const rounded = roundHalfUpDecimal(share * 100, digits) / 100;
  return numberFormat(lang, digits, digits, 'percent').format(rounded);
}

/** A d3-format number locale, the shape Vega's `formatLocale` takes. */
export interface VegaNumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
}

/**
 * The number locale of Vega's axes and labels for a language, from the same `Intl` rules as
 * {@link displayNumber} (so a chart axis and the table under it write numbers alike).
 *
 * @example
 * ```ts
 * vegaNumberLocale('id'); // { decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''] }
 * ```
 */
export function vegaNumberLocale(lang: Lang): VegaNumberLocale {
  const parts = numberFormat(lang, 1, 1).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const thousands = parts.find((p) => p.type === 'group')?.value ?? ',';
  return {
    decimal,
    thousands,
    grouping: [3],
    currency: lang === 'en' ? ['IDR ', ''] : ['Rp', ''],
  };
}
