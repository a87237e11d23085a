import type { Lang } from '@takar/core';

/** Every text an element shows, per language. */
export interface Texts {
  loading: string;
  empty: string;
  retry: string;
  illustrative: string;
  rank: string;
  region: string;
  score: string;
  band: string;
  noScore: string;
  highlighted: string;
  chartLoading: string;
  /** Caption of the ranking table. */
  tableCaption: (title: string) => string;
  /** The text description of a ranking. */
  describeRanking: (d: {
    title: string;
    count: number;
    top: string;
    topScore: string;
    bottom: string;
    bottomScore: string;
  }) => string;
  errors: Record<ResultsErrorCode, string>;
}

/** Codes of the errors an element reports (in `takar-error` events and on screen). */
export type ResultsErrorCode =
  | 'results/no-source'
  | 'results/network'
  | 'results/http'
  | 'results/invalid-json'
  | 'results/invalid-document'
  | 'results/unknown-node'
  | 'chart/render';

const id: Texts = {
  loading: 'Memuat data…',
  empty: 'Tidak ada wilayah dengan skor untuk ditampilkan.',
  retry: 'Coba lagi',
  illustrative: 'Data ilustratif, bukan hasil resmi',
  rank: 'Peringkat',
  region: 'Wilayah',
  score: 'Skor',
  band: 'Predikat',
  noScore: 'tanpa skor',
  highlighted: 'disorot',
  chartLoading: 'Memuat grafik…',
  tableCaption: (title) => `Peringkat: ${title}`,
  describeRanking: (d) =>
    `Grafik batang peringkat ${d.count} wilayah menurut ${d.title}. ` +
    `Tertinggi: ${d.top} (${d.topScore}); terendah: ${d.bottom} (${d.bottomScore}). ` +
    `Angka lengkap ada di tabel.`,
  errors: {
    'results/no-source': 'Tidak ada data: isi atribut src atau properti data.',
    'results/network': 'Data tidak dapat dimuat (jaringan).',
    'results/http': 'Data tidak dapat dimuat',
    'results/invalid-json': 'Berkas data bukan JSON yang sah.',
    'results/invalid-document': 'Berkas data bukan dokumen hasil Takar yang sah.',
    'results/unknown-node': 'Simpul yang diminta tidak ada dalam kerangka.',
    'chart/render': 'Grafik tidak dapat digambar.',
  },
};

const en: Texts = {
  loading: 'Loading data…',
  empty: 'No regions with a score to show.',
  retry: 'Try again',
  illustrative: 'Illustrative data, not official results',
  rank: 'Rank',
  region: 'Region',
  score: 'Score',
  band: 'Band',
  noScore: 'no score',
  highlighted: 'highlighted',
  chartLoading: 'Loading chart…',
  tableCaption: (title) => `Ranking: ${title}`,
  describeRanking: (d) =>
    `Bar chart ranking ${d.count} regions by ${d.title}. ` +
    `Highest: ${d.top} (${d.topScore}); lowest: ${d.bottom} (${d.bottomScore}). ` +
    `The table has every figure.`,
  errors: {
    'results/no-source': 'No data: set the src attribute or the data property.',
    'results/network': 'The data could not be loaded (network).',
    'results/http': 'The data could not be loaded',
    'results/invalid-json': 'The data file is not valid JSON.',
    'results/invalid-document': 'The data file is not a valid Takar results document.',
    'results/unknown-node': 'The requested node is not in the framework.',
    'chart/render': 'The chart could not be drawn.',
  },
};

/** The texts for a language (Indonesian unless `en`). */
export function textsFor(lang: Lang): Texts {
  return lang === 'en' ? en : id;
}

/**
 * A number formatter for a language: Indonesian uses `.` for thousands and `,` for decimals.
 *
 * @example
 * ```ts
 * numberFormat('id').format(1234.5); // '1.234,50'
 * ```
 */
export function numberFormat(lang: Lang, fractionDigits = 2): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

/** Vega's number locale (d3-format definition) for a language, so chart axes match the table. */
export function vegaNumberLocale(lang: Lang): {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
} {
  return lang === 'en'
    ? { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''] }
    : { decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''] };
}
