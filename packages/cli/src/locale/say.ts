import { lang, type Lang } from './terms.js';

/**
 * A sentence the CLI prints, in the run's language: the Indonesian text with `--lang id` (the
 * default), the English one with `--lang en`. Both are written side by side where the sentence is
 * made, Indonesian first, so neither can drift from the other unseen.
 *
 * @example
 * ```ts
 * say(`menulis ${out}`, `wrote ${out}`); // 'menulis hasil.csv' by default
 * ```
 */
export function say(id: string, en: string, language: Lang = lang()): string {
  return language === 'en' ? en : id;
}

/**
 * A count with its noun in the run's language: Indonesian nouns do not change with the number,
 * English ones take the plural given (default the noun + `s`).
 *
 * @example
 * ```ts
 * count(3, 'unit', 'unit'); // '3 unit' (id), '3 units' (en)
 * ```
 */
export function count(n: number, id: string, en: string, enPlural = `${en}s`): string {
  return say(`${n} ${id}`, `${n} ${n === 1 ? en : enPlural}`);
}
