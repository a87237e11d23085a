/**
 * The region registry: 38 provinces and 514 kabupaten/kota (Kemendagri codes, from
 * `idn-area-data`, ODbL) with their 2024 population, area and IPM. Built from the generated table,
 * once, on first use.
 */
import { PROVINCE_ROWS, REGION_ROWS, REGISTRY_SOURCES } from '../generated/regions.generated.js';
import { populationClass, type PopulationClass } from './population-class.js';

/** A province (*provinsi*). */
export interface Province {
  /** Kemendagri code, e.g. `32`. */
  readonly code: string;
  /** Name in proper case, e.g. `Jawa Barat`. */
  readonly name: string;
}

/** Kota (city) or kabupaten (regency). Jakarta's five administrative cities are `kota`. */
export type RegionType = 'kota' | 'kabupaten';

/** A kabupaten/kota with its 2024 figures. */
export interface Region {
  /** Kemendagri code, e.g. `32.73`. */
  readonly code: string;
  /** Official name in proper case, e.g. `Kota Bandung`, `Kota Administrasi Jakarta Pusat`. */
  readonly name: string;
  /** The name without `Kota`/`Kabupaten` (and `Administrasi`), e.g. `Bandung`. */
  readonly shortName: string;
  readonly type: RegionType;
  /** `true` for DKI Jakarta's administrative cities and regency (no own DPRD). */
  readonly administrative: boolean;
  readonly provinceCode: string;
  readonly provinceName: string;
  /** Registered population, Dukcapil December 2024 (see {@link registrySources}). */
  readonly population2024: number;
  /** Land area in km², Badan Informasi Geospasial 2024. */
  readonly areaKm2: number;
  /** Indeks Pembangunan Manusia 2024 (BPS). */
  readonly ipm2024: number;
  /** Population class for peer groups, from `population2024`. */
  readonly populationClass: PopulationClass;
}

let provinceList: readonly Province[] | undefined;
let regionList: readonly Region[] | undefined;
let regionIndex: ReadonlyMap<string, Region> | undefined;
let provinceIndex: ReadonlyMap<string, Province> | undefined;

function build(): void {
  const ps = PROVINCE_ROWS.map(([code, name]) => Object.freeze({ code, name }));
  const pIndex = new Map(ps.map((p) => [p.code, p]));
  const rs = REGION_ROWS.map(([code, name, type, population, area, ipm]) => {
    const provinceCode = code.slice(0, code.indexOf('.'));
    const administrative = / Administrasi /.test(` ${name} `);
    const shortName = name.replace(/^(Kota|Kabupaten)( Administrasi)? /, '');
    return Object.freeze({
      code,
      name,
      shortName,
      type,
      administrative,
      provinceCode,
      provinceName: pIndex.get(provinceCode)?.name ?? provinceCode,
      population2024: population,
      areaKm2: area,
      ipm2024: ipm,
      populationClass: populationClass(population),
    } satisfies Region);
  });
  provinceList = Object.freeze(ps);
  provinceIndex = pIndex;
  regionList = Object.freeze(rs);
  regionIndex = new Map(rs.map((r) => [r.code, r]));
}

/**
 * The 38 provinces, in code order.
 *
 * @example
 * ```ts
 * provinces().length; // 38
 * provinces()[0]; // { code: '11', name: 'Aceh' }
 * ```
 */
export function provinces(): readonly Province[] {
  if (!provinceList) build();
  return provinceList as readonly Province[];
}

/**
 * The 514 kabupaten/kota, in code order, optionally only those of one province (by code).
 *
 * @example
 * ```ts
 * regions().length; // 514
 * regions('31').map((r) => r.name); // ['Kabupaten Administrasi Kepulauan Seribu', 'Kota Administrasi Jakarta Pusat', …]
 * ```
 */
export function regions(provinceCode?: string): readonly Region[] {
  if (!regionList) build();
  const all = regionList as readonly Region[];
  return provinceCode === undefined ? all : all.filter((r) => r.provinceCode === provinceCode);
}

/**
 * The kabupaten/kota with Kemendagri code `code`, or `undefined`.
 *
 * @example
 * ```ts
 * regionByCode('32.73')?.name; // 'Kota Bandung'
 * ```
 */
export function regionByCode(code: string): Region | undefined {
  if (!regionIndex) build();
  return regionIndex?.get(code.trim());
}

/**
 * The province with Kemendagri code `code`, or `undefined`.
 *
 * @example
 * ```ts
 * provinceByCode('34')?.name; // 'Daerah Istimewa Yogyakarta'
 * ```
 */
export function provinceByCode(code: string): Province | undefined {
  if (!provinceIndex) build();
  return provinceIndex?.get(code.trim());
}

/**
 * Where the registry's codes, names and figures come from, with the ODbL attribution of
 * `idn-area-data`. Show it wherever the figures are shown.
 *
 * @example
 * ```ts
 * registrySources().population.year; // 2024
 * ```
 */
export function registrySources(): typeof REGISTRY_SOURCES {
  return REGISTRY_SOURCES;
}
