/** Long words of Indonesian region names and their usual abbreviations, for chart labels. */
const SHORT: [RegExp, string][] = [
  [/\bKabupaten\s+/g, 'Kab. '],
  [/\bKota Administrasi\s+/g, 'Kota Adm. '],
  [/\bKepulauan\s+/g, 'Kep. '],
  [/\bProvinsi\s+/g, 'Prov. '],
];

/**
 * A region name shortened the way Indonesian tables do ("Kabupaten Pelalawan" → "Kab.
 * Pelalawan"), so bar labels fit a phone. Tables, tooltips and descriptions keep the full name.
 *
 * @example
 * ```ts
 * shortName('3. Kabupaten Kepulauan Seribu'); // '3. Kab. Kep. Seribu'
 * ```
 */
export function shortName(name: string): string {
  return SHORT.reduce((s, [re, short]) => s.replace(re, short), name);
}
