import { ELEMENT_TAGS, type ElementTag } from '../catalogue.js';
/**
 * The attributes the iframe page (`frame.html`) passes from its address to the element: every
 * attribute the elements document (checked against custom-elements.json by a test).
 */
export const FRAME_ATTRIBUTES = [
  'src',
  'srcs',
  'years',
  'year',
  'from-year',
  'lang',
  'region',
  'regions',
  'highlight',
  'dimension',
  'node',
  'peers',
  'theme',
  'group',
  'measure',
  'previous-src',
  'color-by',
  'page-size',
  'top',
  'hide-table',
  'subtitle',
  'note',
  'link-group',
  'sync-url',
  'boundaries',
  'boundary-key',
  'zoom',
  'layout',
] as const;

/** Attributes holding URLs: the frame accepts only relative paths on its own site in them. */
export const FRAME_URL_ATTRIBUTES = ['src', 'srcs', 'previous-src', 'boundaries'] as const;

/** The elements the frame may show. */
export const FRAME_ELEMENTS: readonly ElementTag[] = ELEMENT_TAGS;

/** The message a frame sends its host with its content height. */
export interface FrameHeightMessage {
  type: 'takar:height';
  height: number;
}

/**
 * Whether a URL given in the frame's address may be shown: a relative path (no scheme, no `//`)
 * that stays on the frame's own origin. Anything else could put another site's document under
 * a government domain.
 *
 * @example
 * ```ts
 * isSameSitePath('data/results.json', 'https://contoh.go.id/takar/frame.html'); // true
 * isSameSitePath('https://evil.example/x.json', 'https://contoh.go.id/takar/frame.html'); // false
 * ```
 */
export function isSameSitePath(value: string, base: string): boolean {
  const v = value.trim();
  if (v === '' || /^[a-z][a-z0-9+.-]*:/i.test(v) || /^[\\/]{2}/.test(v) || v.includes('\\'))
    return false;
  try {
    return new URL(v, base).origin === new URL(base).origin;
  } catch {
    return false;
  }
}
