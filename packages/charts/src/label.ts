import type { Label, Lang } from '@takar/core';

/**
 * The text of a bilingual label: English when asked and present, else Indonesian. The same rule
 * as `labelText` of @takar/core, kept here because importing any value from @takar/core's index
 * pulls zod (its schemas are built at module load) into the first script of every page that embeds
 * a chart; the charts need only this rule.
 *
 * @example
 * ```ts
 * labelOf({ id: 'Ekonomi', en: 'Economy' }, 'en'); // 'Economy'
 * ```
 */
export function labelOf(label: Label | undefined, lang: Lang): string {
  if (!label) return '';
  return lang === 'en' ? (label.en ?? label.id) : label.id;
}
