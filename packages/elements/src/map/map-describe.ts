import type { Locale } from '../i18n/locale.js';
import type { MapExtreme, MapMeasure, MapTexts } from './map-texts.js';
import { formatMeasure, type MapRow } from './map-values.js';

/**
 * The text description of a map: where the highest and the lowest regions are (with their
 * provinces), which provinces have the highest and lowest mean, and how many have no value.
 *
 * @example
 * ```ts
 * describeMap(mapTextsFor('id'), { measure: 'score', measureLabel: 'Skor', rows, features, locale: localeFor('id') });
 * ```
 */
export function describeMap(
  m: MapTexts,
  o: {
    measure: MapMeasure;
    measureLabel: string;
    rows: readonly MapRow[];
    features: ReadonlyMap<string, unknown> | undefined;
    locale: Locale;
  },
): string {
  const { measure, measureLabel, rows, features, locale } = o;
  const valued = rows.filter((r) => r.value !== null);
  const ordered = [...valued].sort(
    (a, b) => b.value! - a.value! || a.name.localeCompare(b.name, 'id'),
  );
  const top = ordered[0];
  const bottom = ordered[ordered.length - 1];
  const extreme = (r: MapRow | undefined): MapExtreme | undefined =>
    r && { name: r.name, province: r.province, value: r.text };
  let bestProvince: MapExtreme | undefined;
  let worstProvince: MapExtreme | undefined;
  if (measure !== 'band') {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const r of valued) {
      const s = sums.get(r.province) ?? { sum: 0, n: 0 };
      s.sum += r.value!;
      s.n++;
      sums.set(r.province, s);
    }
    const means = [...sums]
      .map(([name, s]) => ({ name, mean: s.sum / s.n }))
      .sort((a, b) => b.mean - a.mean || a.name.localeCompare(b.name, 'id'));
    const fmt = (v: number) => formatMeasure(measure, v, locale);
    if (means.length > 1) {
      const b = means[0]!;
      const w = means[means.length - 1]!;
      bestProvince = { name: b.name, province: b.name, value: fmt(b.mean) };
      worstProvince = { name: w.name, province: w.name, value: fmt(w.mean) };
    }
  }
  return m.describe({
    measure: measureLabel,
    count: rows.length,
    drawn: features ? rows.filter((r) => features.has(r.unit)).length : 0,
    top: extreme(top),
    bottom: top === bottom ? undefined : extreme(bottom),
    bestProvince,
    worstProvince,
    noValue: rows.length - valued.length,
  });
}

/**
 * The text description of a band map: how many regions are in each band, and which reached the
 * best band.
 */
export function describeBands(
  m: MapTexts,
  bands: readonly { label: string }[],
  rows: readonly MapRow[],
  features: ReadonlyMap<string, unknown> | undefined,
): string {
  const counts = bands.map((_, i) => rows.filter((r) => r.value === i).length);
  const best = counts.findLastIndex((n) => n > 0);
  const bestRows =
    best < 0
      ? []
      : rows.filter((r) => r.value === best).sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return m.describeBands({
    count: rows.length,
    drawn: features ? rows.filter((r) => features.has(r.unit)).length : 0,
    perBand: bands.map((b, i) => `${b.label} ${counts[i]}`).join(', '),
    best: best < 0 ? '' : bands[best]!.label,
    bestRegions: bestRows
      .slice(0, 3)
      .map((r) => `${r.name} (${r.province})`)
      .join(', '),
    more: Math.max(0, bestRows.length - 3),
    noValue: rows.filter((r) => r.value === null).length,
  });
}
