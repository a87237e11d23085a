import {
  displayNumber,
  displayPercent,
  labelText,
  vegaNumberLocale,
  type Label,
  type Lang,
} from '@takar/core/results';
import type { ChartLocale } from '@takar/charts';
import { textsFor, type Texts } from './texts.js';

/**
 * Everything an element writes in its language, built once per language and handed to the
 * charts: the texts, numbers and percentages (decimal-correct, `@takar/core/results`'s one
 * formatter), labels, and Vega's number locale (so axes and tables write numbers alike).
 */
export interface Locale extends ChartLocale {
  texts: Texts;
  /** A share (0–1) as a percentage with `digits` decimals (default 0); missing is `–`. */
  percent(share: number | null | undefined, digits?: number): string;
}

const built = new Map<Lang, Locale>();

/**
 * The locale of a language (Indonesian unless `en`), made once and shared.
 *
 * @example
 * ```ts
 * const l = localeFor('id');
 * l.number(1234.5); // '1.234,50'
 * l.percent(0.25); // '25%'
 * l.label({ id: 'Ekonomi', en: 'Economy' }); // 'Ekonomi'
 * ```
 */
export function localeFor(lang: Lang): Locale {
  const key: Lang = lang === 'en' ? 'en' : 'id';
  let locale = built.get(key);
  if (!locale) {
    locale = Object.freeze({
      lang: key,
      texts: textsFor(key),
      number: (value: number | null | undefined, digits?: number) =>
        displayNumber(value, key, digits),
      percent: (share: number | null | undefined, digits?: number) =>
        displayPercent(share, key, digits),
      label: (label: Label | undefined) => labelText(label, key),
      vega: vegaNumberLocale(key),
    });
    built.set(key, locale);
  }
  return locale;
}
