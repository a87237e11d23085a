/**
 * Name lookup that forgives the usual ways of writing a kabupaten/kota ("Kab. Bandung",
 * "KABUPATEN BANDUNG", "Kab Bandung", "Pemkot Bandung", "Tanjung Balai" / "Tanjungbalai") and never
 * guesses: a name shared by a kota and a kabupaten ("Bandung") is reported as ambiguous.
 */
import { REGION_ALIASES } from '../generated/regions.generated.js';
import {
  provinces,
  regionByCode,
  regions,
  type Province,
  type Region,
  type RegionType,
} from './registry.js';

/** The outcome of {@link findRegion}. */
export type FindRegionResult =
  | { readonly status: 'found'; readonly query: string; readonly region: Region }
  | { readonly status: 'ambiguous'; readonly query: string; readonly candidates: readonly Region[] }
  | {
      readonly status: 'not-found';
      readonly query: string;
      readonly suggestions: readonly Region[];
    };

// Prefixes, longest first, as token sequences of the normalised name.
const PREFIXES: readonly (readonly [string, RegionType])[] = [
  ['PEMERINTAH KABUPATEN ADMINISTRASI', 'kabupaten'],
  ['PEMERINTAH KOTA ADMINISTRASI', 'kota'],
  ['PEMERINTAH KABUPATEN', 'kabupaten'],
  ['PEMERINTAH KOTA', 'kota'],
  ['KABUPATEN ADMINISTRASI', 'kabupaten'],
  ['KABUPATEN ADM', 'kabupaten'],
  ['KAB ADMINISTRASI', 'kabupaten'],
  ['KAB ADM', 'kabupaten'],
  ['KOTA ADMINISTRASI', 'kota'],
  ['KOTA ADM', 'kota'],
  ['KABUPATEN', 'kabupaten'],
  ['KAB', 'kabupaten'],
  ['PEMKAB', 'kabupaten'],
  ['KOTAMADYA', 'kota'],
  ['KODYA', 'kota'],
  ['PEMKOT', 'kota'],
  ['KOTA', 'kota'],
];

/** Upper case, punctuation to spaces, single spaces; the abbreviation `Kep.` written out. */
function tokens(s: string): string {
  return s
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[.,'’`()\-/_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^| )KEP(?= |$)/g, '$1KEPULAUAN');
}

/**
 * A province name as Kemendagri and BPS write it, reduced to the registry's spelling: `Prov.` /
 * `Provinsi` dropped, `DI` / `D.I.` / `DIY` read as Daerah Istimewa (Yogyakarta), `DKI` / `Daerah
 * Khusus Ibukota` as DKI, `Kep.` as Kepulauan.
 */
function provinceTokens(s: string): string {
  const t = tokens(s).replace(/^(PROVINSI|PROV) /, '');
  if (t === 'DIY' || t === 'D I Y' || t === 'YOGYAKARTA') return 'DAERAH ISTIMEWA YOGYAKARTA';
  if (t === 'JAKARTA' || /^DAERAH KHUSUS (IBUKOTA |IBU KOTA )?JAKARTA$/.test(t))
    return 'DKI JAKARTA';
  return t.replace(/^(DI|D I) /, 'DAERAH ISTIMEWA ').replace(/^D K I /, 'DKI ');
}

/**
 * A province by code (`34`) or by any of the names Kemendagri and BPS write it with
 * (`DI Yogyakarta`, `D.I. Yogyakarta`, `DIY`, `Prov. Jawa Barat`, `Kep. Riau`), case-insensitively.
 *
 * @example
 * ```ts
 * findProvince('DI Yogyakarta')?.code; // '34'
 * ```
 */
export function findProvince(text: string): Province | undefined {
  const t = provinceTokens(text);
  return provinces().find((p) => p.code === text.trim() || provinceTokens(p.name) === t);
}

/** `kota`, `kabupaten` or `null` from a type cell such as `Kab.`, `Kabupaten`, `Kota`, `kota`. */
function typeOf(s: string): RegionType | null {
  const t = tokens(s);
  if (['KOTA', 'KOTAMADYA', 'KODYA', 'KOTA ADMINISTRASI', 'KOTA ADM'].includes(t)) return 'kota';
  if (['KAB', 'KABUPATEN', 'KABUPATEN ADMINISTRASI', 'KAB ADM'].includes(t)) return 'kabupaten';
  return null;
}

/** What else is known about the region looked for, e.g. from other columns of the same row. */
export interface FindRegionContext {
  /** The province, as any of `Jawa Barat`, `Prov. Jawa Barat`, `DI Yogyakarta`, `32`. */
  readonly province?: string;
  /** The type, as `Kota`, `Kab.`, `Kabupaten` (or `kota` / `kabupaten`). */
  readonly type?: string;
  /**
   * Whether a name not found gets close names as suggestions (default true). They cost an edit
   * distance against every region; `false` skips them when only found or not matters.
   */
  readonly suggest?: boolean;
}

/** Splits a name into its type (if written) and its compact core ("TANJUNGBALAI"). */
function parseName(name: string): { type: RegionType | null; core: string } {
  let t = tokens(name);
  let type: RegionType | null = null;
  for (const [prefix, ty] of PREFIXES) {
    if (t === prefix) break;
    if (t.startsWith(`${prefix} `)) {
      type = ty;
      t = t.slice(prefix.length + 1);
      break;
    }
  }
  return { type, core: t.replace(/ /g, '') };
}

let index: ReadonlyMap<string, readonly Region[]> | undefined;

function coreIndex(): ReadonlyMap<string, readonly Region[]> {
  if (index) return index;
  const map = new Map<string, Region[]>();
  const add = (key: string, r: Region): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(r)) list.push(r);
    map.set(key, list);
  };
  for (const r of regions()) add(parseName(r.name).core, r);
  for (const [code, alias] of REGION_ALIASES) {
    const r = regionByCode(code);
    if (r) add(parseName(alias).core, r);
  }
  index = map;
  return map;
}

/**
 * Finds a kabupaten/kota by name or code. Accepts "Kab. Bandung", "Kabupaten Bandung",
 * "KOTA BANDUNG", "Kab Bandung", "kota  bandung " (case, dots and extra spaces do not matter),
 * "Kota Adm. Jakarta Pusat", a Kemendagri code ("32.73" or "3273"), and an optional province after
 * a comma ("Bandung, Jawa Barat", "Sleman, DI Yogyakarta") or in `context.province`, and the type
 * in `context.type` ("Bogor" with type "Kab." is Kabupaten Bogor). `Kep.` reads as Kepulauan. A
 * name that fits several regions is `ambiguous` with every candidate; an unknown name is
 * `not-found` with close names as suggestions.
 *
 * @example
 * ```ts
 * findRegion('Kab. Bandung'); // { status: 'found', region: { code: '32.04', name: 'Kabupaten Bandung', … } }
 * findRegion('Bandung').status; // 'ambiguous' (Kabupaten Bandung, Kota Bandung)
 * findRegion('Bandungg').status; // 'not-found', suggestions include both Bandungs
 * findRegion('Bogor', { province: 'Jawa Barat', type: 'Kab.' }).status; // 'found' (32.01)
 * findRegion('Kab. Kep. Seribu', { province: 'DKI Jakarta' }).status; // 'found' (31.01)
 * ```
 */
export function findRegion(query: string, context: FindRegionContext = {}): FindRegionResult {
  const raw = query.trim();
  const code = /^(\d{2})\.?(\d{2})$/.exec(raw);
  if (code) {
    const r = regionByCode(`${code[1]}.${code[2]}`);
    if (r) return { status: 'found', query, region: r };
    return { status: 'not-found', query, suggestions: [] };
  }
  const comma = raw.indexOf(',');
  const namePart = comma >= 0 ? raw.slice(0, comma) : raw;
  const provincePart =
    comma >= 0
      ? provinceTokens(raw.slice(comma + 1))
      : context.province
        ? provinceTokens(context.province)
        : '';
  const parsed = parseName(namePart);
  const { core } = parsed;
  const type = parsed.type ?? (context.type ? typeOf(context.type) : null);
  let matches = coreIndex().get(core) ?? [];
  if (type) matches = matches.filter((r) => r.type === type);
  // "Kota Baru" is Kabupaten Kotabaru, "Kota Mobagu" Kota Kotamobagu: the first word was part of
  // the name, not its type.
  const whole = tokens(namePart).replace(/ /g, '');
  if (matches.length === 0 && type) matches = coreIndex().get(whole) ?? [];
  if (provincePart) {
    const wanted = provinces().filter(
      (p) => provinceTokens(p.name) === provincePart || p.code === provincePart,
    );
    matches = matches.filter((r) => wanted.some((p) => p.code === r.provinceCode));
  }
  if (matches.length === 1) return { status: 'found', query, region: matches[0] as Region };
  if (matches.length > 1) return { status: 'ambiguous', query, candidates: matches };
  return {
    status: 'not-found',
    query,
    suggestions: context.suggest === false ? [] : suggest(core, whole),
  };
}

/** Up to five regions whose names are close to `core` (edit distance, or a prefix of 3+ letters). */
function suggest(core: string, whole: string): Region[] {
  if (core === '') return [];
  if (whole !== core) {
    const both = [...suggest(core, core), ...suggest(whole, whole)];
    return [...new Set(both)].slice(0, 5);
  }
  const limit = Math.max(2, Math.floor(core.length / 4));
  const scored: { r: Region; d: number }[] = [];
  for (const [key, list] of coreIndex()) {
    const d = key.startsWith(core) && core.length >= 3 ? 1 : levenshtein(core, key, limit);
    if (d > limit) continue;
    for (const r of list) if (!scored.some((s) => s.r === r)) scored.push({ r, d });
  }
  scored.sort((a, b) => a.d - b.d || a.r.code.localeCompare(b.r.code));
  return scored.slice(0, 5).map((s) => s.r);
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
function levenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}
