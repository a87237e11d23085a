/*
 * Labels and bands of a framework, read the one way every package reads them (zod-free).
 */
import type { Band, Framework, FrameworkNode } from '../schema/framework.js';
import type { Label, Lang } from '../schema/label.js';

/**
 * Picks the label text for a language: English when asked and present, else Indonesian; `''` for
 * no label.
 *
 * @example
 * ```ts
 * labelText({ id: 'Ekonomi', en: 'Economy' }, 'en'); // 'Economy'
 * labelText({ id: 'Ekonomi' }, 'en'); // 'Ekonomi'
 * ```
 */
export function labelText(label: Label | undefined, lang: Lang): string {
  if (!label) return '';
  return lang === 'en' ? (label.en ?? label.id) : label.id;
}

/**
 * The bands that apply to a node: its own, else, for the root (the index), the framework's
 * `bands`; `undefined` when it has none. The one place this fallback is written.
 *
 * @example
 * ```ts
 * nodeBands(framework, 'idx')?.map((b) => b.code); // ['kurang', 'baik', 'sangat-baik']
 * ```
 */
export function nodeBands(
  framework: Pick<Framework, 'nodes' | 'bands'>,
  node: string | FrameworkNode | undefined,
): readonly Band[] | undefined {
  const n = typeof node === 'string' ? framework.nodes.find((x) => x.code === node) : node;
  if (!n) return undefined;
  return n.bands ?? (n.parent === null ? framework.bands : undefined);
}

/**
 * The label of a band code at a node, in a language; `''` for no band or an unknown code.
 *
 * @example
 * ```ts
 * bandLabel(framework, 'idx', 'baik', 'en'); // 'Good'
 * ```
 */
export function bandLabel(
  framework: Pick<Framework, 'nodes' | 'bands'>,
  node: string | FrameworkNode | undefined,
  band: string | null | undefined,
  lang: Lang,
): string {
  if (band === null || band === undefined) return '';
  return labelText(nodeBands(framework, node)?.find((b) => b.code === band)?.label, lang);
}
