import { bandLabel, resultsView, type ResultsDocument } from '@takar/core/results';
import { chartLocale, type ChartLocale } from '../locale.js';
import { RANKING_COLORS, type RankingColors } from './texts.js';

/** One bar of the ranking chart (and one row of the ranking table). */
export interface RankingRow {
  /** The unit's code, e.g. the Ministry of Home Affairs code `32.73`. */
  unit: string;
  /** The unit's name. */
  name: string;
  /** The label on the category axis: `"<rank>. <name>"`. */
  label: string;
  /** The score at the chosen node. */
  score: number;
  /** The rank at the chosen node (1 = best), or `null` when the engine gave none. */
  rank: number | null;
  /** Position in the chart, 0 first (best score; ties by name). */
  order: number;
  /** Band code at the chosen node, if the results have bands. */
  band: string | null;
  /** Band label in the chosen language, or `''`. */
  bandLabel: string;
  /** Whether this unit is the highlighted one. */
  highlight: boolean;
  /** Bar colour: the highlight colour, else the band's colour, else the bar colour. */
  color: string;
  /** Tooltip text: label, score and band. */
  tip: string;
}

/** Options of {@link rankingRows} and the ranking charts. */
export interface RankingOptions {
  /** Node code to rank on; default the framework's root (the index). */
  node?: string;
  /** Language of labels; default `id` (ignored when `locale` is given). */
  lang?: 'id' | 'en';
  /** Numbers and labels as the element writes them; default {@link chartLocale} of `lang`. */
  locale?: ChartLocale;
  /** Unit code to highlight. */
  highlight?: string;
  /** Colours of bars, highlight, text and grid. */
  colors?: Partial<RankingColors>;
  /** Bar colour per band code (colour by band); bands without one use the bar colour. */
  bandColors?: Record<string, string>;
}

/**
 * The ranking of units at one node, best first: units with a score, sorted by score (descending),
 * ties by name. Units without a score at the node are left out (tables list them separately).
 *
 * @param results - a results document (format 2; a format-1 document is read through the view)
 * @param options - node, language and highlighted unit
 * @example
 * ```ts
 * const rows = rankingRows(results, { lang: 'en', highlight: '32.73' });
 * rows[0]?.label; // '1. Kota Bandung'
 * ```
 */
export function rankingRows(results: ResultsDocument, options: RankingOptions = {}): RankingRow[] {
  const view = resultsView(results);
  const node = options.node ?? view.root;
  const locale = options.locale ?? chartLocale(options.lang ?? 'id');
  if (!view.nodes.has(node))
    throw new Error(`The results have no node "${node}"; use one of the framework's node codes.`);
  const colors = { ...RANKING_COLORS, ...options.colors };
  const scored = view.codes.flatMap((unit, i) => {
    const score = view.scoreAt(node, i);
    return score !== null && Number.isFinite(score)
      ? [{ unit, i, name: view.names[i]!, score }]
      : [];
  });
  scored.sort(
    (a, b) =>
      b.score - a.score || a.name.localeCompare(b.name, 'id') || a.unit.localeCompare(b.unit),
  );
  const framework = view.results.framework;
  return scored.map(({ unit, i, name, score }, order) => {
    const rank = view.rankAt(node, i);
    const band = view.bandAt(node, i);
    const highlight = options.highlight !== undefined && unit === options.highlight;
    const shownBand = bandLabel(framework, view.nodes.get(node), band, locale.lang);
    const label = `${rank ?? '–'}. ${name}`;
    return {
      unit,
      name,
      label,
      score,
      rank,
      order,
      band,
      bandLabel: shownBand,
      highlight,
      color: highlight
        ? colors.highlightColor
        : ((band !== null ? options.bandColors?.[band] : undefined) ?? colors.barColor),
      tip: `${label}: ${locale.number(score)}${shownBand ? ` (${shownBand})` : ''}`,
    };
  });
}

/**
 * What both ranking charts bind: the rows and the score axis title (`xTitle`, default the node's
 * label: the charts hold no UI words of their own).
 */
export function rankingInputs(
  results: ResultsDocument,
  options: RankingOptions & { xTitle?: string | undefined },
): { rows: RankingRow[]; xTitle: string } {
  const view = resultsView(results);
  const node = options.node ?? view.root;
  const locale = options.locale ?? chartLocale(options.lang ?? 'id');
  return {
    rows: rankingRows(results, { ...options, node, locale }),
    xTitle: options.xTitle ?? locale.label(view.nodes.get(node)?.label),
  };
}
