import type { Lang } from '@takar/core';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for a language: Indonesian uses `.` for thousands and `,` for decimals.
 *
 * @example
 * ```ts
 * formatNumber(1234.5, 'id'); // '1.234,50'
 * ```
 */
export function formatNumber(value: number, lang: Lang, fractionDigits = 2): string {
  const key = `${lang}:${fractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    cache.set(key, format);
  }
  return format.format(value);
}
