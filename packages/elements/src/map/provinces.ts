/**
 * Names of Indonesia's 38 provinces by their Ministry of Home Affairs code (Kemendagri; the same
 * list as @takar/indonesia's registry, which a browser test checks), so the map can name a
 * region's province when the data has no province group. Kept here, not imported from
 * @takar/indonesia, so the map does not load the whole registry.
 */
const PROVINCES =
  '11 Aceh|12 Sumatera Utara|13 Sumatera Barat|14 Riau|15 Jambi|16 Sumatera Selatan|17 Bengkulu|' +
  '18 Lampung|19 Kepulauan Bangka Belitung|21 Kepulauan Riau|31 DKI Jakarta|32 Jawa Barat|' +
  '33 Jawa Tengah|34 Daerah Istimewa Yogyakarta|35 Jawa Timur|36 Banten|51 Bali|' +
  '52 Nusa Tenggara Barat|53 Nusa Tenggara Timur|61 Kalimantan Barat|62 Kalimantan Tengah|' +
  '63 Kalimantan Selatan|64 Kalimantan Timur|65 Kalimantan Utara|71 Sulawesi Utara|' +
  '72 Sulawesi Tengah|73 Sulawesi Selatan|74 Sulawesi Tenggara|75 Gorontalo|76 Sulawesi Barat|' +
  '81 Maluku|82 Maluku Utara|91 Papua|92 Papua Barat|93 Papua Selatan|94 Papua Tengah|' +
  '95 Papua Pegunungan|96 Papua Barat Daya';

/** Province code → name. */
export const PROVINCE_NAMES: ReadonlyMap<string, string> = new Map(
  PROVINCES.split('|').map((p) => [p.slice(0, 2), p.slice(3)] as const),
);

/** The province code of a region code (`32.73` → `32`). */
export function provinceOf(code: string): string {
  const dot = code.indexOf('.');
  return dot < 0 ? code : code.slice(0, dot);
}
