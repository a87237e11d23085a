import {
  displayNumber,
  labelText,
  vegaNumberLocale,
  type Label,
  type Lang,
  type VegaNumberLocale,
} from '@takar/core/results';

/**
 * What a chart needs of a language: numbers and labels as the reader reads them. The elements
 * build one `Locale` per element (with their texts) and pass it; without one, the charts use
 * {@link chartLocale} of the language, which writes numbers and labels the same way.
 */
export interface ChartLocale {
  lang: Lang;
  /** A number with `digits` decimals (default 2); missing is `–`. */
  number(value: number | null | undefined, digits?: number): string;
  /** The text of a bilingual label in this language. */
  label(label: Label | undefined): string;
  /** The number locale of Vega's axes. */
  vega: VegaNumberLocale;
}

/**
 * The chart locale of a language, from `@takar/core/results`'s number formatter and labels.
 *
 * @example
 * ```ts
 * chartLocale('id').number(1234.5); // '1.234,50'
 * ```
 */
export function chartLocale(lang: Lang): ChartLocale {
  return {
    lang,
    number: (value, digits) => displayNumber(value, lang, digits),
    label: (label) => labelText(label, lang),
    vega: vegaNumberLocale(lang),
  };
}
