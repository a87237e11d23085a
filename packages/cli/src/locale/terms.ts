/** The languages of the terminal tables and of spreadsheet headers. */
export type Lang = 'id' | 'en';

/**
 * Column and heading words in Indonesian, keyed by the machine name (CSV columns stay machine
 * names so files read back; terminal tables and workbook headers use these words with `--lang id`).
 */
const ID: Readonly<Record<string, string>> = {
  unit: 'kode',
  code: 'kode',
  name: 'nama',
  region: 'wilayah',
  label: 'label',
  parent: 'induk',
  score: 'skor',
  rank: 'peringkat',
  of: 'dari',
  band: 'predikat',
  group: 'kelompok',
  node: 'simpul',
  peerMedian: 'median pembanding',
  'peer median': 'median pembanding',
  vsPeers: 'selisih pembanding',
  'vs peers': 'selisih pembanding',
  peerRank: 'peringkat kelompok',
  'peer rank': 'peringkat kelompok',
  peerCount: 'jumlah pembanding',
  leaders: 'terdepan',
  spread: 'rentang',
  n: 'n',
  min: 'min',
  q1: 'k1',
  median: 'median',
  q3: 'k3',
  max: 'maks',
  mean: 'rata-rata',
  sd: 'simpangan baku',
  by: 'menurut',
  province: 'provinsi',
  type: 'jenis',
  populationClass: 'kelas penduduk',
  dimension: 'dimensi',
  year: 'tahun',
  affected: 'terdampak',
  method: 'metode',
  low: 'batas bawah',
  high: 'batas atas',
  respondents: 'responden',
  positive: 'positif',
  share: 'proporsi',
  population: 'penduduk',
  coverage: 'cakupan',
  exceedsPopulation: 'melebihi penduduk',
  assumption: 'asumsi',
  scoreBefore: 'skor sebelum',
  scoreAfter: 'skor sesudah',
  rankBefore: 'peringkat sebelum',
  rankAfter: 'peringkat sesudah',
  bandBefore: 'predikat sebelum',
  bandAfter: 'predikat sesudah',
  scoreChange: 'perubahan skor',
  rankChange: 'perubahan peringkat',
  improvement: 'kemajuan',
  Δrank: 'Δperingkat',
  indicator: 'indikator',
  value: 'nilai',
  unitLabel: 'satuan',
  direction: 'arah',
  scale: 'skala',
  weight: 'bobot',
  median_rank: 'median peringkat',
  interval: 'interval',
  avail: 'tersedia',
  skew: 'kemencengan',
  kurt: 'keruncingan',
  flags: 'tanda',
  nAvail: 'n tersedia',
  frcAvail: 'proporsi tersedia',
  nNonZero: 'n bukan nol',
  nUnique: 'n unik',
  nSame: 'n sama',
  flagAvail: 'tanda ketersediaan',
  flagNonZero: 'tanda nol',
  flagUnique: 'tanda unik',
  flagSkewKurt: 'tanda kemencengan',
  kind: 'jenis tanda',
  meanAbsRankChange: 'rata-rata perubahan peringkat',
  category: 'kategori',
  winner: 'pemenang',
  'runner-up': 'peringkat kedua',
  margin: 'selisih',
  eligible: 'memenuhi syarat',
  factor: 'faktor',
  'first-order S': 'S orde pertama',
  'total-order ST': 'ST orde total',
  '95 % CI': 'SK 95 %',
  nominal: 'nominal',
  version: 'versi',
  'label (en)': 'label (en)',
};

let current: Lang = 'id';

/**
 * Sets the language of this run (`main()` calls it from `--lang`; Indonesian by default, as in the
 * elements).
 *
 * @example
 * ```ts
 * setLang('en');
 * ```
 */
export function setLang(lang: Lang): void {
  current = lang;
}

/** The language of this run. */
export function lang(): Lang {
  return current;
}

/**
 * A column name or table heading in the run's language: `term('rank')` is `peringkat` in
 * Indonesian. Composite names are translated piece by piece (`score_2024` → `skor_2024`,
 * `idx_rank_in_province` keeps the node code). Unknown words stay as they are (node codes,
 * group values).
 *
 * @example
 * ```ts
 * term('peer median'); // 'median pembanding' with --lang id, 'peer median' with --lang en
 * ```
 */
export function term(word: string, language: Lang = current): string {
  if (language === 'en') return word;
  const whole = ID[word];
  if (whole !== undefined) return whole;
  const m = /^(score|rank|band)_(\d{4})$/.exec(word);
  if (m) return `${ID[m[1] as string]}_${m[2]}`;
  const r = /^(.*) (score|rank) \((rank)\)$/.exec(word);
  if (r) return `${r[1]} ${ID[r[2] as string]} (${ID['rank']})`;
  const st = /^scored_(.+)$/.exec(word);
  if (st) return `skor ${term(st[1] as string, language)}`;
  const y = /^rank (\d{4})$/.exec(word);
  if (y) return `${ID['rank']} ${y[1]}`;
  return word;
}

/**
 * `--lang id|en`, default `id`.
 *
 * @example
 * ```ts
 * langOf('en'); // 'en'
 * ```
 */
export function langOf(text: string | undefined): Lang | undefined {
  if (text === undefined) return 'id';
  return text === 'id' || text === 'en' ? text : undefined;
}
