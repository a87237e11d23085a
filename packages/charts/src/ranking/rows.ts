import type { Lang, ResultsDocument } from '@takar/core';
import { labelOf } from '../label.js';
import { formatNumber } from '../format.js';
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
  /** Language of labels; default `id`. */
  lang?: Lang;
  /** Unit code to highlight. */
  highlight?: string;
  /** Colours of bars, highlight, text and grid. */
  colors?: Partial<RankingColors>;
  /** Bar colour per band code (colour by band); bands without one use the bar colour. */
  bandColors?: Record<string, string>;
}

/**
 * The root node's code: the node whose `parent` is `null`.
 *
 * @example
 * ```ts
 * rootNode(results); // 'idx'
 * ```
 */
export function rootNode(results: ResultsDocument): string {
  const root = results.framework.nodes.find((n) => n.parent === null);
  if (!root) throw new Error('The results document has no root node (a node with parent null).');
  return root.code;
}

/**
 * The ranking of units at one node, best first: units with a score, sorted by score (descending),
 * ties by name. Units without a score at the node are left out (tables list them separately).
 *
 * @param results - a parsed results document
 * @param options - node, language and highlighted unit
 * @example
 * ```ts
 * const rows = rankingRows(results, { lang: 'en', highlight: '32.73' });
 * rows[0]?.label; // '1. Kota Bandung'
 * ```
 */
export function rankingRows(results: ResultsDocument, options: RankingOptions = {}): RankingRow[] {
  const node = options.node ?? rootNode(results);
  const lang = options.lang ?? 'id';
  const frameworkNode = results.framework.nodes.find((n) => n.code === node);
  if (!frameworkNode)
    throw new Error(`The results have no node "${node}"; use one of the framework's node codes.`);
  const bands =
    frameworkNode.bands ??
    (frameworkNode.parent === null ? results.framework.bands : undefined) ??
    [];
  const colors = { ...RANKING_COLORS, ...options.colors };
  const scored = results.units.flatMap((u) => {
    const score = u.scores[node];
    return typeof score === 'number' && Number.isFinite(score) ? [{ u, score }] : [];
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.u.name.localeCompare(b.u.name, 'id') ||
      a.u.unit.localeCompare(b.u.unit),
  );
  return scored.map(({ u, score }, order) => {
    const rank = u.ranks[node] ?? null;
    const band = u.bands?.[node] ?? null;
    const highlight = options.highlight !== undefined && u.unit === options.highlight;
    const bandLabel = labelOf(bands.find((b) => b.code === band)?.label, lang);
    const label = `${rank ?? '–'}. ${u.name}`;
    return {
      unit: u.unit,
      name: u.name,
      label,
      score,
      rank,
      order,
      band,
      bandLabel,
      highlight,
      color: highlight
        ? colors.highlightColor
        : ((band !== null ? options.bandColors?.[band] : undefined) ?? colors.barColor),
      tip: `${label}: ${formatNumber(score, lang)}${bandLabel ? ` (${bandLabel})` : ''}`,
    };
  });
}
