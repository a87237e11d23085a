import { z } from 'zod';

/**
 * A bilingual label: Indonesian (`id`) first, English (`en`) optional (falls back to `id`).
 *
 * @category Score
 */
export const LabelSchema = z.object({
  id: z.string().min(1),
  en: z.string().min(1).optional(),
});

/**
 * A bilingual label.
 *
 * @category Score
 */
export type Label = z.infer<typeof LabelSchema>;

/**
 * The languages Takar writes texts in.
 *
 * @category Score
 */
export type Lang = 'id' | 'en';

/** Picks the label text for a language, falling back to Indonesian (zod-free, in results/labels). */
export { labelText } from '../results/labels.js';
