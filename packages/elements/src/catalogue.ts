/**
 * The element catalogue: every Takar element, once. The CDN autoloader's table, `define/all.ts`,
 * each `define/<name>.ts`, the iframe page's element list and `takar publish`'s element list come
 * from it (the first three written by `npm run catalogue -w @takar/elements`; a test fails when
 * they are stale), and the docs' attribute table from `custom-elements.json`.
 *
 * Adding an element: its folder (`src/<name>/`), one entry here, its docs page, then
 * `npm run catalogue -w @takar/elements` (and the published site, `src/site/embeds.ts`, asks for
 * its attributes: a type error until they are given).
 *
 * Data only: no element is imported here, so the frame page and the CLI can read it.
 */
export interface ElementEntry {
  /** The tag, `takar-<name>`. */
  readonly tag: `takar-${string}`;
  /** The folder under `src/` and the name of `define/<name>.js`. */
  readonly name: string;
  /** The element class, exported from `@takar/elements`. */
  readonly className: `Takar${string}`;
  /** What it is called on a page, in Indonesian and English. */
  readonly title: { readonly id: string; readonly en: string };
  /** Whether it shows one region (and reads a region document, `data/regions/<code>.json`). */
  readonly oneRegion: boolean;
}

/** Every element, in the order pages list them. */
export const ELEMENT_CATALOGUE = [
  {
    tag: 'takar-ranking',
    name: 'ranking',
    className: 'TakarRanking',
    title: { id: 'Peringkat', en: 'Ranking' },
    oneRegion: false,
  },
  {
    tag: 'takar-profile',
    name: 'profile',
    className: 'TakarProfile',
    title: { id: 'Profil wilayah', en: 'Region profile' },
    oneRegion: true,
  },
  {
    tag: 'takar-compare',
    name: 'compare',
    className: 'TakarCompare',
    title: { id: 'Perbandingan', en: 'Comparison' },
    oneRegion: false,
  },
  {
    tag: 'takar-trend',
    name: 'trend',
    className: 'TakarTrend',
    title: { id: 'Tren', en: 'Trend' },
    oneRegion: true,
  },
  {
    tag: 'takar-awards',
    name: 'awards',
    className: 'TakarAwards',
    title: { id: 'Penghargaan', en: 'Awards' },
    oneRegion: false,
  },
  {
    tag: 'takar-impact',
    name: 'impact',
    className: 'TakarImpact',
    title: { id: 'Warga terdampak positif', en: 'Positively affected citizens' },
    oneRegion: false,
  },
  {
    tag: 'takar-distribution',
    name: 'distribution',
    className: 'TakarDistribution',
    title: { id: 'Sebaran', en: 'Distribution' },
    oneRegion: false,
  },
  {
    tag: 'takar-map',
    name: 'map',
    className: 'TakarMap',
    title: { id: 'Peta', en: 'Map' },
    oneRegion: false,
  },
] as const satisfies readonly ElementEntry[];

/** The tag of a catalogued element. */
export type ElementTag = (typeof ELEMENT_CATALOGUE)[number]['tag'];

/** Every element's tag, in catalogue order. */
export const ELEMENT_TAGS: readonly ElementTag[] = ELEMENT_CATALOGUE.map((e) => e.tag);
