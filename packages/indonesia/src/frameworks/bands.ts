/**
 * Band (*predikat*, predicate) presets: ordered half-open intervals [min, max), lowest first,
 * with bilingual labels. Assign them after decimal-correct rounding ({@link assignBandDecimal}),
 * as the official tables do.
 */
import type { Band } from '@takar/core';

/**
 * The five predicates of the Indeks SPBE (PermenPANRB 59/2020, Pasal 8 and lampiran), on the
 * index (1–5): < 1.8 Kurang; 1.8–< 2.6 Cukup; 2.6–< 3.5 Baik; 3.5–< 4.2 Sangat Baik;
 * ≥ 4.2 Memuaskan.
 *
 * @example
 * ```ts
 * assignBandDecimal(4.32, SPBE_PREDICATES); // 'memuaskan' (Kota Jambi 2024)
 * ```
 */
export const SPBE_PREDICATES: readonly Band[] = [
  { code: 'kurang', label: { id: 'Kurang', en: 'Poor' }, min: null, max: 1.8 },
  { code: 'cukup', label: { id: 'Cukup', en: 'Fair' }, min: 1.8, max: 2.6 },
  { code: 'baik', label: { id: 'Baik', en: 'Good' }, min: 2.6, max: 3.5 },
  { code: 'sangat-baik', label: { id: 'Sangat Baik', en: 'Very good' }, min: 3.5, max: 4.2 },
  { code: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' }, min: 4.2, max: null },
];

/**
 * IPM (Indeks Pembangunan Manusia, Human Development Index) categories of BPS:
 * < 60 Rendah; 60–< 70 Sedang; 70–< 80 Tinggi; ≥ 80 Sangat Tinggi.
 *
 * @example
 * ```ts
 * assignBandDecimal(regionByCode('32.73')!.ipm2024, IPM_BANDS); // 'sangat-tinggi'
 * ```
 */
export const IPM_BANDS: readonly Band[] = [
  { code: 'rendah', label: { id: 'Rendah', en: 'Low' }, min: null, max: 60 },
  { code: 'sedang', label: { id: 'Sedang', en: 'Medium' }, min: 60, max: 70 },
  { code: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: 70, max: 80 },
  { code: 'sangat-tinggi', label: { id: 'Sangat Tinggi', en: 'Very high' }, min: 80, max: null },
];

/**
 * Indeks Inovasi Daerah (regional innovation index, Kemendagri/BSKDN) categories, published as
 * 0 "tidak dapat dinilai", 0.01–34.99 Kurang Inovatif, 35–60 Inovatif, 60.01–100 Sangat Inovatif.
 * As half-open intervals on scores rounded to two decimals: [0, 0.01), [0.01, 35), [35, 60.01),
 * [60.01, open). The top band is open above so that 100 is included.
 *
 * @example
 * ```ts
 * assignBandDecimal(60.005, INOVASI_DAERAH_BANDS); // 'sangat-inovatif' (shown as 60.01)
 * ```
 */
export const INOVASI_DAERAH_BANDS: readonly Band[] = [
  {
    code: 'tidak-dapat-dinilai',
    label: { id: 'Tidak Dapat Dinilai', en: 'Cannot be assessed' },
    min: 0,
    max: 0.01,
  },
  {
    code: 'kurang-inovatif',
    label: { id: 'Kurang Inovatif', en: 'Less innovative' },
    min: 0.01,
    max: 35,
  },
  { code: 'inovatif', label: { id: 'Inovatif', en: 'Innovative' }, min: 35, max: 60.01 },
  {
    code: 'sangat-inovatif',
    label: { id: 'Sangat Inovatif', en: 'Very innovative' },
    min: 60.01,
    max: null,
  },
];

/** The band presets by id. */
export const BAND_PRESETS: Readonly<Record<'spbe' | 'ipm' | 'inovasi-daerah', readonly Band[]>> = {
  spbe: SPBE_PREDICATES,
  ipm: IPM_BANDS,
  'inovasi-daerah': INOVASI_DAERAH_BANDS,
};
