/**
 * Builds the region registry of @takar/indonesia: `src/generated/regions.generated.ts`.
 *
 *   idn-area-data provinces.csv + regencies.csv (codes, names: ODbL)
 *   data/sources/population.csv, area.csv, ipm.csv (2024 figures with their sources)
 *        → one compact row per kabupaten/kota, checked (514 rows, same codes everywhere)
 *
 * Run by developers after a data update: `npx tsx packages/indonesia/scripts/build-registry.ts`.
 * The output is committed, so a fresh clone needs no rebuild.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from './read-csv.js';
import { properCase } from './proper-case.js';
import { PACKAGE_DIR, idnAreaDataDir, sourcesDir, REPO_ROOT } from './shared-paths.js';
import { readFileSync } from 'node:fs';

const areaDir = idnAreaDataDir();
const shared = sourcesDir();
const idnVersion = (
  JSON.parse(
    readFileSync(join(REPO_ROOT, 'node_modules', 'idn-area-data', 'package.json'), 'utf8'),
  ) as {
    version: string;
  }
).version;

const provinces = readCsv(join(areaDir, 'provinces.csv'));
const regencies = readCsv(join(areaDir, 'regencies.csv'));
const population = readCsv(join(shared, 'population.csv'));
const area = readCsv(join(shared, 'area.csv'));
const ipm = readCsv(join(shared, 'ipm.csv'));

function byCode(rows: Record<string, string>[], what: string): Map<string, Record<string, string>> {
  const map = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const code = r.code ?? '';
    if (map.has(code)) throw new Error(`${what}: code ${code} appears twice`);
    map.set(code, r);
  }
  return map;
}
function onlySource(
  rows: Record<string, string>[],
  what: string,
): { year: number; source: string } {
  const sources = new Set(rows.map((r) => r.source));
  const years = new Set(rows.map((r) => r.year));
  if (sources.size !== 1 || years.size !== 1)
    throw new Error(`${what}: expected one source and one year`);
  return { year: Number([...years][0]), source: [...sources][0] as string };
}
function num(s: string | undefined, what: string): number {
  const x = Number(s);
  if (s === undefined || s.trim() === '' || !Number.isFinite(x))
    throw new Error(`${what}: "${s}" is not a number`);
  return x;
}

const pop = byCode(population, 'population.csv');
const ar = byCode(area, 'area.csv');
const hdi = byCode(ipm, 'ipm.csv');
const provinceName = new Map(
  provinces.map((p) => [p.code as string, properCase(p.name as string)]),
);

type Row = [
  code: string,
  name: string,
  type: 'kota' | 'kabupaten',
  population: number,
  areaKm2: number,
  ipm: number,
];
const rows: Row[] = [];
const aliases: [string, string][] = [];
for (const r of regencies) {
  const code = r.code as string;
  const upper = r.name as string;
  const type = upper.startsWith('KOTA ')
    ? 'kota'
    : upper.startsWith('KABUPATEN ')
      ? 'kabupaten'
      : null;
  if (!type) throw new Error(`regencies.csv: ${code} ${upper} is neither KOTA nor KABUPATEN`);
  if (!provinceName.has(r.province_code as string))
    throw new Error(`regencies.csv: ${code} has unknown province`);
  if (!code.startsWith(`${r.province_code}.`))
    throw new Error(`regencies.csv: ${code} is not in ${r.province_code}`);
  const p = pop.get(code);
  const a = ar.get(code);
  const h = hdi.get(code);
  if (!p || !a || !h) throw new Error(`${code} ${upper}: missing population, area or IPM`);
  const name = properCase(upper);
  // The shared files spell a few names differently (e.g. "Kota Tanjungbalai"): keep them as aliases.
  for (const other of new Set([p.name, a.name, h.name])) {
    if (other && other !== name) aliases.push([code, other]);
  }
  rows.push([
    code,
    name,
    type,
    num(p.population, `${code} population`),
    num(a.value, `${code} area`),
    num(h.value, `${code} IPM`),
  ]);
}
if (provinces.length !== 38) throw new Error(`expected 38 provinces, got ${provinces.length}`);
if (rows.length !== 514) throw new Error(`expected 514 kabupaten/kota, got ${rows.length}`);
for (const m of [pop, ar, hdi])
  if (m.size !== 514) throw new Error('shared files must have 514 rows');

const popSrc = onlySource(population, 'population.csv');
const areaSrc = onlySource(area, 'area.csv');
const ipmSrc = onlySource(ipm, 'ipm.csv');

const sources = {
  regions: {
    title: `idn-area-data ${idnVersion} (provinces.csv, regencies.csv): Kemendagri codes and names`,
    url: 'https://github.com/fityannugroho/idn-area-data',
    licence:
      'Data © idn-area-data contributors, made available under the Open Database License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/1-0/; names converted to proper case.',
  },
  population: {
    title: `Jumlah penduduk (Dukcapil Kemendagri, Data Kependudukan Semester II ${popSrc.year}); registration counts, not BPS projections`,
    year: popSrc.year,
    url: popSrc.source.split(' ')[0] as string,
    note: popSrc.source,
  },
  area: {
    title: `Luas wilayah, km² (Badan Informasi Geospasial, ${areaSrc.year})`,
    year: areaSrc.year,
    url: areaSrc.source.split(' ')[0] as string,
    note: areaSrc.source,
  },
  ipm: {
    title: `Indeks Pembangunan Manusia ${ipmSrc.year} (BPS, metode baru)`,
    year: ipmSrc.year,
    url: ipmSrc.source.split(' ')[0] as string,
    note: `${ipmSrc.source}; primary source BPS, "Indeks Pembangunan Manusia menurut Kabupaten/Kota"`,
  },
};

const q = (s: string): string => JSON.stringify(s);
const out = `// generated by scripts/build-registry.ts — do not edit
//
// Region list: idn-area-data ${idnVersion} (https://github.com/fityannugroho/idn-area-data).
// The data of idn-area-data is made available under the Open Database License (ODbL) 1.0
// (https://opendatacommons.org/licenses/odbl/1-0/); this table is a derived database and is
// likewise available under the ODbL. Names are converted to proper case.
// Population ${popSrc.year}: ${popSrc.source}
// Area ${areaSrc.year}: ${areaSrc.source}
// IPM ${ipmSrc.year}: ${ipmSrc.source}

/** Where each column of the registry comes from. */
export const REGISTRY_SOURCES = ${JSON.stringify(sources, null, 2)} as const;

/** Provinces: [code, name]. */
export const PROVINCE_ROWS: readonly (readonly [string, string])[] = [
${provinces.map((p) => `  [${q(p.code as string)}, ${q(provinceName.get(p.code as string) as string)}],`).join('\n')}
];

/** Kabupaten/kota: [code, name, type, population ${popSrc.year}, area km², IPM ${ipmSrc.year}]. */
export const REGION_ROWS: readonly (readonly [string, string, 'kota' | 'kabupaten', number, number, number])[] = [
${rows.map((r) => `  [${q(r[0])}, ${q(r[1])}, ${q(r[2])}, ${r[3]}, ${r[4]}, ${r[5]}],`).join('\n')}
];

/** Other spellings of some names, as used by the population, area and IPM sources: [code, name]. */
export const REGION_ALIASES: readonly (readonly [string, string])[] = [
${aliases.map((a) => `  [${q(a[0])}, ${q(a[1])}],`).join('\n')}
];
`;
const target = join(PACKAGE_DIR, 'src', 'generated', 'regions.generated.ts');
writeFileSync(target, out);
console.log(
  `wrote ${target}: ${provinces.length} provinces, ${rows.length} kabupaten/kota, ${aliases.length} aliases`,
);
