import { resultsView, type ResultsDocument } from '@takar/core/results';
import { ELEMENT_CATALOGUE, type ElementTag } from '../catalogue.js';
import { esc } from './html.js';

/** An element a published folder shows, with the attributes it gets from the results. */
export interface Embed {
  /** The element's tag. */
  tag: string;
  /** Its title on the page, Indonesian and English. */
  title: { readonly id: string; readonly en: string };
  /** Its attributes, in order. */
  attrs: Record<string, string>;
}

/**
 * What each catalogued element gets on a published page, from the results; `undefined` where the
 * results cannot feed it. Typed over the catalogue: a new element is a type error here until it is
 * given its attributes.
 */
type PublishedAttributes = Record<ElementTag, () => Record<string, string> | undefined>;

/**
 * One element per kind of the catalogue, set up on these results (the best-ranked units as
 * examples), in the catalogue's order.
 *
 * @param results - the latest year's document (what the pages show)
 * @param boundaries - where the map's boundaries are and their code property, if there is a map
 * @param regionSrc - where a region's small document is, if region documents are written
 * @example
 * ```ts
 * embedsFor(results).map((e) => e.tag); // ['takar-ranking', 'takar-profile', …]
 * ```
 */
export function embedsFor(
  results: ResultsDocument,
  boundaries?: { url: string; key: string },
  regionSrc?: (code: string) => string,
): Embed[] {
  const view = resultsView(results);
  const root = view.root;
  const ranked = view.rows
    .filter((u) => typeof u.ranks[root] === 'number')
    .sort((a, b) => a.ranks[root]! - b.ranks[root]!);
  const first = ranked[0]?.unit ?? view.codes[0] ?? '';
  const firstChild = view.children.get(root)?.[0];
  const hasType = results.units.groups?.type?.some((t) => t !== null) === true;
  const src = 'data/results.json';
  // One region's elements read its small document when there is one (a phone downloads a few KB).
  const own = regionSrc ? regionSrc(first) : src;
  const attrs: PublishedAttributes = {
    'takar-ranking': () => ({ src }),
    'takar-profile': () => ({ src: own, region: first, ...(hasType ? { peers: 'type' } : {}) }),
    'takar-compare': () => ({
      src,
      regions: ranked
        .slice(0, 3)
        .map((u) => u.unit)
        .join(','),
    }),
    'takar-trend': (): Record<string, string> =>
      regionSrc ? { src: own, region: first } : { srcs: src, region: first },
    'takar-awards': () => ({ src, ...(hasType ? { group: 'type' } : {}) }),
    // Positively-affected citizens are not in a results document (an impact document is).
    'takar-impact': () => undefined,
    'takar-distribution': () => ({
      src,
      region: first,
      ...(firstChild ? { dimension: firstChild } : {}),
    }),
    'takar-map': () =>
      boundaries
        ? {
            src,
            boundaries: boundaries.url,
            ...(boundaries.key === 'code' ? {} : { 'boundary-key': boundaries.key }),
            region: first,
          }
        : undefined,
  };
  return ELEMENT_CATALOGUE.flatMap((e) => {
    const a = attrs[e.tag]();
    return a ? [{ tag: e.tag, title: e.title, attrs: a }] : [];
  });
}

/** Attributes holding URLs of published files, which snippets prefix with the site's address. */
const isLocalUrl = (name: string, value: string) =>
  (name === 'src' || name === 'srcs' || name === 'boundaries') && !/^[a-z]+:\/\//i.test(value);

/**
 * The element's tag as HTML, its local URLs prefixed with `base` (a snippet's site address).
 *
 * @example
 * ```ts
 * tagHtml({ tag: 'takar-ranking', title, attrs: { src: 'data/results.json' } }, 'https://YOUR-SITE/');
 * // '<takar-ranking src="https://YOUR-SITE/data/results.json"></takar-ranking>'
 * ```
 */
export const tagHtml = (e: Embed, base = ''): string =>
  `<${e.tag}${Object.entries(e.attrs)
    .map(([k, v]) => ` ${k}="${esc(isLocalUrl(k, v) ? base + v : v)}"`)
    .join('')}></${e.tag}>`;
