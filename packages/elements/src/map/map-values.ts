import { nodeBands, resultsView, type ResultsDocument } from '@takar/core/results';
import { DIVERGING_COLORS, SEQUENTIAL_COLORS, interpolateColor } from '@takar/charts';
import type { Locale } from '../i18n/locale.js';
import {
  RESULTS_KIND,
  RESULTS_LIST_KIND,
  type ResultsError,
  type ResultsKind,
} from '../controllers/results-controller.js';
import type { ImpactData } from '../impact/impact-types.js';
import { bandPalette, type ThemeColors } from '../common/theme.js';
import { resolveNode, resultsTitle } from '../common/labels.js';
import type { MapMeasure, MapTexts } from './map-texts.js';
import { PROVINCE_NAMES, provinceOf } from './provinces.js';

// What a map shows per region, computed from its data: values, labels, colours and the table's
// order. Pure functions, so the element only draws.

/** The data a map takes: one results document, several (for `change`), or impact data. */
export type MapData = (ResultsDocument | ImpactData)[];

export const isImpact = (d: ResultsDocument | ImpactData): d is ImpactData =>
  !('format' in d) && 'rows' in d;

export const MAP_KIND: ResultsKind<MapData> = {
  validate: async (value) => {
    if (Array.isArray(value)) return RESULTS_LIST_KIND.validate(value);
    if (value && typeof value === 'object' && !('format' in value) && 'rows' in value) {
      const checked = (await import('../impact/impact-schema.js')).validateImpact(value);
      return checked.ok ? { ok: true, results: [checked.results] } : checked;
    }
    const checked = await RESULTS_KIND.validate(value);
    return checked.ok ? { ok: true, results: [checked.results] } : checked;
  },
  isEmpty: (list) =>
    list.every((d) => (isImpact(d) ? d.rows.length === 0 : d.units.codes.length === 0)),
  what: 'a Takar results document, a list of them (two years for measure="change"), or impact data',
  hint: "Produce results with takar score or @takar/core's score(), impact data with the impact engine.",
};

/**
 * A value of a measure as the map writes it: a percentage for coverage, a signed number for
 * change, a number otherwise (through the element's locale).
 */
export function formatMeasure(
  measure: MapMeasure,
  v: number,
  locale: Locale,
  percentDigits = 1,
): string {
  if (measure === 'coverage') return locale.percent(v, percentDigits);
  return `${measure === 'change' && v > 0 ? '+' : ''}${locale.number(v)}`;
}

/** One region's value on the map. */
export interface MapRow {
  unit: string;
  name: string;
  province: string;
  value: number | null;
  /** The value as shown (formatted number, percentage or band label). */
  text: string;
  /** Band code (measure `band`). */
  band?: string | null;
  /** The region's band label, for `score` when the node has bands (read out with the score). */
  bandLabel?: string | undefined;
}

/** The measures a map knows. */
export const MEASURES: readonly MapMeasure[] = ['score', 'band', 'coverage', 'change'];

/** Fill of regions in the data without a value. */
export const NO_VALUE = '#9aa5b1';

/**
 * Continuous scales use this many steps: adjacent steps differ visibly in lightness, and values
 * that 8-bit colour could not tell apart share a colour instead of flipping order.
 */
const LEVELS = 48;

/** A band with its label and colour, worst first. */
export interface BandEntry {
  code: string;
  label: string;
  color: string;
}

/** The values of a map, with its title and what its measure is called. */
export interface MapValues {
  rows: MapRow[];
  title: string;
  measureLabel: string;
  /** The year shown (the later one for `change`), when the data has one. */
  year: number | null;
  /** The bands, for `band` (empty otherwise). */
  bandLegend: BandEntry[];
}

/**
 * The value of every region for a measure: scores of a node, its bands, the change between the
 * earliest and the latest document, or coverage from impact data. An error says what data the
 * measure needs.
 *
 * @example
 * ```ts
 * const v = mapValues([results], { measure: 'score', dimension: undefined, locale, texts, theme });
 * ```
 */
export function mapValues(
  data: MapData,
  o: {
    measure: MapMeasure;
    dimension: string | undefined;
    locale: Locale;
    texts: MapTexts;
    theme: ThemeColors;
  },
): MapValues | ResultsError {
  const { measure, locale, theme } = o;
  const m = o.texts;
  const docs = data.filter((d): d is ResultsDocument => !isImpact(d));
  const impact = data.find(isImpact);
  let rows: MapRow[];
  let title: string;
  let year: number | null;
  let measureLabel = m.measure[measure] ?? m.measure.score;
  let bandLegend: BandEntry[] = [];
  if (measure === 'coverage') {
    if (!impact)
      return {
        code: 'map/wrong-data',
        message:
          'measure="coverage" needs impact data ({ method, rows: [{ region, name, affected, population }] }), not a results document.',
      };
    rows = impact.rows.map((r) => {
      const affected = r.affected ?? ((r.low ?? 0) + (r.high ?? 0)) / 2;
      const value = r.coverage ?? affected / r.population;
      return {
        unit: r.region,
        name: r.name,
        province: PROVINCE_NAMES.get(provinceOf(r.region)) ?? m.provinceCode(provinceOf(r.region)),
        value,
        text: locale.percent(value, 1),
      };
    });
    title = `${impact.title ?? measureLabel}${impact.year ? ` ${impact.year}` : ''}`;
    year = impact.year ?? null;
  } else {
    if (docs.length === 0)
      return {
        code: 'map/wrong-data',
        message: `measure="${measure}" needs a Takar results document, not impact data (use measure="coverage").`,
      };
    const byYear = [...docs].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    const latest = byYear[byYear.length - 1]!;
    year = latest.year;
    const resolved = resolveNode(latest, o.dimension, locale);
    if ('code' in resolved) return resolved;
    const node = resolved.node;
    const view = resultsView(latest);
    const provinceName = (i: number) => {
      const unit = view.codes[i]!;
      return (
        view.groupAt('province', i) ??
        PROVINCE_NAMES.get(provinceOf(unit)) ??
        m.provinceCode(provinceOf(unit))
      );
    };
    const each = (row: (i: number, unit: string, name: string) => MapRow): MapRow[] =>
      view.codes.map((unit, i) => row(i, unit, view.names[i]!));
    if (measure === 'change') {
      if (byYear.length < 2)
        return {
          code: 'map/no-baseline',
          message:
            'measure="change" needs two results documents: set src with {year} and from-year, or data to a list of two documents.',
        };
      const earlier = byYear[0]!;
      const past = resultsView(earlier);
      rows = each((i, unit, name) => {
        const at = past.indexOf(unit);
        const a = at < 0 ? null : past.scoreAt(node, at);
        const b = view.scoreAt(node, i);
        const value = a === null || b === null ? null : b - a;
        return {
          unit,
          name,
          province: provinceName(i),
          value,
          text: value === null ? '–' : `${value > 0 ? '+' : ''}${locale.number(value)}`,
        };
      });
      measureLabel = m.changeBetween(String(earlier.year ?? ''), String(latest.year ?? ''));
      title = `${resultsTitle(latest, locale)}: ${resolved.label}, ${measureLabel.toLowerCase()}`;
    } else if (measure === 'band') {
      const defs = [...(nodeBands(latest.framework, view.nodes.get(node)) ?? [])].sort(
        (a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity),
      );
      if (defs.length === 0)
        return {
          code: 'map/no-bands',
          message: `Node "${node}" has no bands in the framework; use measure="score", or give the framework bands.`,
        };
      const palette = bandPalette(theme, defs.length);
      bandLegend = defs.map((b, i) => ({
        code: b.code,
        label: locale.label(b.label),
        color: palette[i]!,
      }));
      const order = new Map(bandLegend.map((b, i) => [b.code, i]));
      rows = each((i, unit, name) => {
        const band = view.bandAt(node, i);
        const index = band === null ? undefined : order.get(band);
        return {
          unit,
          name,
          province: provinceName(i),
          value: index ?? null,
          band,
          text: index === undefined ? '–' : bandLegend[index]!.label,
        };
      });
      title = `${resultsTitle(latest, locale)}: ${resolved.label}`;
    } else {
      const labels = new Map(
        (nodeBands(latest.framework, view.nodes.get(node)) ?? []).map((b) => [
          b.code,
          locale.label(b.label),
        ]),
      );
      rows = each((i, unit, name) => {
        const value = view.scoreAt(node, i);
        const band = labels.size ? view.bandAt(node, i) : null;
        return {
          unit,
          name,
          province: provinceName(i),
          value,
          text: locale.number(value),
          ...(band === null ? {} : { bandLabel: labels.get(band) ?? band }),
        };
      });
      title = `${resultsTitle(latest, locale)}: ${resolved.label}`;
    }
  }
  return { rows, title, measureLabel, bandLegend, year };
}

/**
 * The fill of each value for a measure (sequential for scores and coverage, diverging around 0 for
 * change, the band colours for bands), with the range it spans.
 */
export function colorScale(
  measure: MapMeasure,
  rows: readonly MapRow[],
  bandLegend: readonly BandEntry[],
): {
  colorOf: (v: number | null) => string;
  min: number;
  max: number;
  span: number;
  count: number;
} {
  const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 0;
  const span = Math.max(Math.abs(min), Math.abs(max));
  const level = (t: number) => Math.round(t * LEVELS) / LEVELS;
  const colorOf = (v: number | null): string => {
    if (v === null) return NO_VALUE;
    if (measure === 'band') return bandLegend[v]!.color;
    if (measure === 'change')
      return span === 0
        ? DIVERGING_COLORS[4]!
        : interpolateColor(DIVERGING_COLORS, level((v / span + 1) / 2));
    const lo = measure === 'coverage' ? 0 : min;
    return max === lo
      ? interpolateColor(SEQUENTIAL_COLORS, 0.5)
      : interpolateColor(SEQUENTIAL_COLORS, level((v - lo) / (max - lo)));
  };
  return { colorOf, min, max, span, count: values.length };
}

/** The table's order: by name, province or value (missing values last either way). */
export function compareRows(
  sortKey: 'name' | 'province' | 'value',
  direction: 'ascending' | 'descending',
): (a: MapRow, b: MapRow) => number {
  const dir = direction === 'ascending' ? 1 : -1;
  const byName = (a: MapRow, b: MapRow) =>
    a.name.localeCompare(b.name, 'id') || (a.unit < b.unit ? -1 : 1);
  if (sortKey === 'name') return (a, b) => dir * byName(a, b);
  if (sortKey === 'province')
    return (a, b) => dir * a.province.localeCompare(b.province, 'id') || byName(a, b);
  // Missing values go last in either direction.
  return (a, b) =>
    a.value === null
      ? b.value === null
        ? byName(a, b)
        : 1
      : b.value === null
        ? -1
        : dir * (a.value - b.value) || byName(a, b);
}
