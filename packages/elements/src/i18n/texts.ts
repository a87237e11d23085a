import type { Lang, TakarErrorCode } from '@takar/core/results';

/**
 * Codes of the errors an element reports (in `takar-error` events and on screen): codes of core's
 * one error catalogue (`ERROR_CODES`), so an element cannot report a code the catalogue lacks.
 */
export type ResultsErrorCode = Extract<
  TakarErrorCode,
  | 'results/no-source'
  | 'results/network'
  | 'results/http'
  | 'results/invalid-json'
  | 'results/invalid-document'
  | 'results/unknown-node'
  | 'results/unknown-region'
  | 'results/unknown-peers'
  | 'chart/render'
  | 'boundaries/network'
  | 'boundaries/http'
  | 'boundaries/invalid-json'
  | 'boundaries/invalid'
  | 'map/no-bands'
  | 'map/no-baseline'
  | 'map/wrong-data'
>;

/** Every text an element shows, per language. */
export interface Texts {
  loading: string;
  empty: string;
  retry: string;
  illustrative: string;
  rank: string;
  region: string;
  score: string;
  /** The ranking chart's score axis title, e.g. "Skor: Indeks Smart City". */
  scoreOf: (node: string) => string;
  band: string;
  noScore: string;
  highlighted: string;
  chartLoading: string;
  exportLabel: string;
  exportPng: string;
  exportSvg: string;
  exportCsvVisible: string;
  exportCsvFull: string;
  legend: string;
  /** "Sumber" / "Source", before the source line. */
  source: string;
  /** Said when the data names no source. */
  sourceNotGiven: string;
  showTable: string;
  hideTableButton: string;
  skipTable: string;
  /** Column names of CSV downloads, by the machine name the elements use. */
  csvColumns: Record<string, string>;
  /** The first row of the "all data" CSV. */
  csvFullNote: string;
  /** The ranking's button that goes to the page of `region`. */
  toMyRegion: string;
  /** Said when `color-by="band"` has no bands to colour by. */
  noBandsFallback: string;
  /** A trend with years missing for a region. */
  trendMissingYears: (name: string, years: string) => string;
  /** A trend scored in one year only. */
  trendOneYear: (d: { name: string; year: string; score: string; rank: string }) => string;
  /** The map's list of regions for the keyboard. */
  mapRegionList: string;
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
  // <takar-ranking> controls
  search: string;
  filterAll: string;
  groupNames: Record<string, string>;
  change: string;
  changeUp: (n: number) => string;
  changeDown: (n: number) => string;
  changeSame: string;
  changeNew: string;
  rankInterval: string;
  sortBy: (column: string) => string;
  page: (from: number, to: number, of: number) => string;
  previousPage: string;
  nextPage: string;
  noMatch: string;
  shown: (n: number, of: number) => string;
  select: (name: string) => string;
  // <takar-profile>
  dimension: string;
  peerMedian: string;
  nationMedian: string;
  gap: string;
  peersOf: (d: { kind: string; column?: string; value?: string; count: number }) => string;
  /** Name of the peer median in the legend and table, e.g. "Median kelompok tipe Kota". */
  peerMedianOf: (d: { kind: string; column?: string; value?: string }) => string;
  /** Label of the ranking's "peers only" checkbox. */
  peersOnly: (d: { kind: string; column?: string; value?: string }) => string;
  strengths: string;
  weaknesses: string;
  none: string;
  describeProfile: (d: {
    name: string;
    score: string;
    rank: string;
    peers: string;
    strengths: string;
    weaknesses: string;
  }) => string;
  profileCaption: (name: string) => string;
  needRegion: string;
  // <takar-compare>
  compareCaption: string;
  describeCompare: (d: { names: string; best: string; node: string }) => string;
  needRegions: string;
  // <takar-trend>
  year: string;
  trendCaption: (node: string) => string;
  describeTrend: (d: {
    name: string;
    from: string;
    to: string;
    first: string;
    last: string;
    firstRank: string;
    lastRank: string;
  }) => string;
  rankOf: (rank: string, of: number) => string;
  // <takar-awards>
  category: string;
  group: string;
  winner: string;
  runnerUp: string;
  margin: string;
  tie: (n: number) => string;
  awardsCaption: string;
  describeAwards: (d: { count: number; ties: number }) => string;
  everyone: string;
  // <takar-impact>
  affected: string;
  population: string;
  coverage: string;
  method: string;
  range: string;
  impactCaption: string;
  describeImpact: (d: {
    count: number;
    total: string;
    low: string;
    high: string;
    method: string;
  }) => string;
  coverageAxis: string;
  /** Says that the chart and table show the `top` regions (and the highlighted one) of `total`. */
  impactShown: (d: { shown: number; total: number; region?: string | undefined }) => string;
  // <takar-distribution>
  statistic: string;
  value: string;
  lowest: string;
  highest: string;
  median: string;
  position: string;
  positionOf: (position: number, of: number) => string;
  distributionCaption: (node: string) => string;
  describeDistribution: (d: {
    node: string;
    count: number;
    min: string;
    max: string;
    median: string;
    region: string;
  }) => string;
  regionAt: (d: {
    name: string;
    value: string;
    position: number;
    count: number;
    below: string;
  }) => string;
}

const id: Texts = {
  loading: 'Memuat data…',
  empty: 'Tidak ada wilayah dengan skor untuk ditampilkan.',
  retry: 'Coba lagi',
  illustrative: 'Data ilustratif, bukan hasil resmi',
  rank: 'Peringkat',
  region: 'Wilayah',
  score: 'Skor',
  scoreOf: (node) => `Skor: ${node}`,
  band: 'Predikat',
  noScore: 'tanpa skor',
  highlighted: 'disorot',
  chartLoading: 'Memuat grafik…',
  exportLabel: 'Unduh',
  exportPng: 'PNG',
  exportSvg: 'SVG',
  exportCsvVisible: 'CSV (baris tampil)',
  exportCsvFull: 'CSV (semua data)',
  legend: 'Keterangan',
  source: 'Sumber',
  sourceNotGiven: 'tidak disebutkan dalam data',
  showTable: 'Lihat tabel',
  hideTableButton: 'Sembunyikan tabel',
  skipTable: 'Lewati tabel',
  csvColumns: {
    rank: 'peringkat',
    unit: 'kode_wilayah',
    region: 'kode_wilayah',
    name: 'nama',
    score: 'skor',
    band: 'predikat',
    previous_rank: 'peringkat_sebelumnya',
    rank_change: 'perubahan_peringkat',
    rank_q05: 'peringkat_p05',
    rank_q95: 'peringkat_p95',
    node: 'simpul',
    label: 'label',
    peer_median: 'median_kelompok',
    national_median: 'median_nasional',
    gap: 'selisih',
    year: 'tahun',
    ranked: 'jumlah_berperingkat',
    province: 'provinsi',
    type: 'tipe',
    populationClass: 'kelas_penduduk',
    drawn: 'tergambar',
    coverage: 'cakupan',
    change: 'perubahan',
    affected: 'terdampak',
    low: 'batas_bawah',
    high: 'batas_atas',
    population: 'penduduk',
    method: 'metode',
    value: 'nilai',
    category: 'kategori',
    group: 'kelompok',
    winner: 'pemenang',
    winners: 'pemenang',
    runner_up: 'peringkat_kedua',
    runner_up_score: 'skor_peringkat_kedua',
    tie: 'seri',
    margin: 'selisih',
  },
  csvFullNote: 'Semua data, presisi penuh (tidak dibulatkan)',
  toMyRegion: 'Ke wilayah saya',
  noBandsFallback: 'Data ini tidak memiliki predikat; batang diberi satu warna.',
  trendMissingYears: (name, years) => `${name} tidak memiliki skor pada ${years}.`,
  trendOneYear: (d) =>
    `${d.name} hanya dinilai pada ${d.year}: skor ${d.score}, peringkat ${d.rank}; belum ada perubahan untuk ditampilkan.`,
  mapRegionList: 'Wilayah di peta',
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
    'results/unknown-region': 'Wilayah yang diminta tidak ada dalam data.',
    'results/unknown-peers': 'Kelompok pembanding (peers) yang diminta tidak ada dalam data.',
    'chart/render': 'Grafik tidak dapat digambar.',
    'boundaries/network': 'Batas wilayah untuk peta tidak dapat dimuat (jaringan).',
    'boundaries/http': 'Batas wilayah untuk peta tidak dapat dimuat',
    'boundaries/invalid-json': 'Berkas batas wilayah bukan JSON yang sah.',
    'boundaries/invalid': 'Berkas batas wilayah bukan GeoJSON atau TopoJSON yang dapat dipakai.',
    'map/no-bands': 'Simpul yang diminta tidak memiliki predikat.',
    'map/no-baseline': 'Perubahan memerlukan hasil dua tahun.',
    'map/wrong-data': 'Data tidak cocok dengan ukuran peta yang diminta.',
  },
  search: 'Cari wilayah',
  filterAll: 'Semua',
  groupNames: { province: 'Provinsi', type: 'Jenis', populationClass: 'Kelas penduduk' },
  change: 'Perubahan',
  changeUp: (n) => `naik ${n}`,
  changeDown: (n) => `turun ${n}`,
  changeSame: 'tetap',
  changeNew: 'baru',
  rankInterval: 'Rentang peringkat (90%)',
  sortBy: (c) => `Urutkan menurut ${c}`,
  page: (from, to, of) => `${from}–${to} dari ${of}`,
  previousPage: 'Sebelumnya',
  nextPage: 'Berikutnya',
  noMatch: 'Tidak ada wilayah yang cocok dengan pencarian atau filter.',
  shown: (n, of) => `${n} dari ${of} wilayah ditampilkan`,
  select: (name) => `Pilih ${name}`,
  dimension: 'Dimensi',
  peerMedian: 'Median kelompok',
  nationMedian: 'Median nasional',
  gap: 'Selisih dari kelompok',
  peersOf: (d) =>
    d.kind === 'group'
      ? `${d.count} wilayah dengan ${groupName(d.column, 'id')} ${d.value ?? '–'}`
      : d.kind === 'list'
        ? `${d.count} wilayah pembanding`
        : `semua ${d.count} wilayah`,
  peerMedianOf: (d) =>
    d.kind === 'group'
      ? `Median kelompok ${groupName(d.column, 'id')} ${d.value ?? ''}`.trim()
      : d.kind === 'list'
        ? 'Median wilayah pembanding'
        : 'Median kelompok',
  peersOnly: (d) =>
    d.kind === 'group'
      ? `Hanya ${groupName(d.column, 'id')} ${d.value ?? ''}`.trim()
      : 'Hanya wilayah pembanding',
  strengths: 'Kekuatan',
  weaknesses: 'Kelemahan',
  none: 'tidak ada',
  describeProfile: (d) =>
    `${d.name}: skor ${d.score}, peringkat ${d.rank}. Dibandingkan dengan ${d.peers}. ` +
    `Kekuatan: ${d.strengths}. Kelemahan: ${d.weaknesses}.`,
  profileCaption: (name) => `Profil ${name} per dimensi`,
  needRegion: 'Isi atribut region dengan kode wilayah, mis. 32.73.',
  compareCaption: 'Perbandingan wilayah per dimensi',
  describeCompare: (d) => `Perbandingan ${d.names}. Skor ${d.node} tertinggi: ${d.best}.`,
  needRegions: 'Isi atribut regions dengan kode wilayah, mis. "32.73,33.74".',
  year: 'Tahun',
  trendCaption: (node) => `Skor dan peringkat per tahun: ${node}`,
  describeTrend: (d) =>
    `${d.name}, ${d.from}–${d.to}: skor dari ${d.first} menjadi ${d.last}, ` +
    `peringkat dari ${d.firstRank} menjadi ${d.lastRank}.`,
  rankOf: (rank, of) => `${rank} dari ${of}`,
  category: 'Kategori',
  group: 'Kelompok',
  winner: 'Pemenang',
  runnerUp: 'Peringkat kedua',
  margin: 'Selisih',
  tie: (n) => `seri (${n} wilayah)`,
  awardsCaption: 'Pemenang per kategori',
  describeAwards: (d) =>
    `${d.count} penghargaan` + (d.ties > 0 ? `, ${d.ties} di antaranya seri.` : '.'),
  everyone: 'semua',
  affected: 'Warga terdampak positif',
  population: 'Penduduk',
  coverage: 'Cakupan',
  method: 'Metode',
  range: 'rentang',
  impactCaption: 'Warga terdampak positif dan cakupan',
  describeImpact: (d) =>
    `${d.count} wilayah; jumlah warga terdampak positif ${d.total} (rentang ${d.low}–${d.high}). Metode: ${d.method}.`,
  coverageAxis: 'Cakupan (%)',
  impactShown: (d) =>
    `Ditampilkan ${d.shown} wilayah dengan cakupan tertinggi dari ${d.total}${d.region ? `, ditambah ${d.region}` : ''}; unduhan "CSV (semua data)" memuat semuanya.`,
  statistic: 'Statistik',
  value: 'Nilai',
  lowest: 'Terendah',
  highest: 'Tertinggi',
  median: 'Median',
  position: 'Posisi',
  positionOf: (p, of) => `${p} dari ${of}`,
  distributionCaption: (node) => `Sebaran nilai: ${node}`,
  describeDistribution: (d) =>
    `Sebaran ${d.node} di ${d.count} wilayah: terendah ${d.min}, median ${d.median}, tertinggi ${d.max}. ${d.region}`,
  regionAt: (d) =>
    `${d.name}: ${d.value}, posisi ${d.position} dari ${d.count} (di atas ${d.below} wilayah).`,
};

const en: Texts = {
  loading: 'Loading data…',
  empty: 'No regions with a score to show.',
  retry: 'Try again',
  illustrative: 'Illustrative data, not official results',
  rank: 'Rank',
  region: 'Region',
  score: 'Score',
  scoreOf: (node) => `Score: ${node}`,
  band: 'Band',
  noScore: 'no score',
  highlighted: 'highlighted',
  chartLoading: 'Loading chart…',
  exportLabel: 'Download',
  exportPng: 'PNG',
  exportSvg: 'SVG',
  exportCsvVisible: 'CSV (rows shown)',
  exportCsvFull: 'CSV (all data)',
  legend: 'Legend',
  source: 'Source',
  sourceNotGiven: 'not given in the data',
  showTable: 'Show table',
  hideTableButton: 'Hide table',
  skipTable: 'Skip the table',
  csvColumns: {},
  csvFullNote: 'All data, full precision (not rounded)',
  toMyRegion: 'Go to my region',
  noBandsFallback: 'These results have no bands; the bars are shown in one colour.',
  trendMissingYears: (name, years) => `${name} has no score in ${years}.`,
  trendOneYear: (d) =>
    `${d.name} was scored in ${d.year} only: score ${d.score}, rank ${d.rank}; there is no change to show yet.`,
  mapRegionList: 'Regions on the map',
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
    'results/unknown-region': 'The requested region is not in the data.',
    'results/unknown-peers': 'The requested peer group is not in the data.',
    'chart/render': 'The chart could not be drawn.',
    'boundaries/network': 'The boundaries for the map could not be loaded (network).',
    'boundaries/http': 'The boundaries for the map could not be loaded',
    'boundaries/invalid-json': 'The boundaries file is not valid JSON.',
    'boundaries/invalid': 'The boundaries file is not usable GeoJSON or TopoJSON.',
    'map/no-bands': 'The requested node has no bands.',
    'map/no-baseline': 'Change needs results for two years.',
    'map/wrong-data': 'The data does not fit the requested map measure.',
  },
  search: 'Search regions',
  filterAll: 'All',
  groupNames: { province: 'Province', type: 'Type', populationClass: 'Population class' },
  change: 'Change',
  changeUp: (n) => `up ${n}`,
  changeDown: (n) => `down ${n}`,
  changeSame: 'same',
  changeNew: 'new',
  rankInterval: 'Rank range (90%)',
  sortBy: (c) => `Sort by ${c}`,
  page: (from, to, of) => `${from}–${to} of ${of}`,
  previousPage: 'Previous',
  nextPage: 'Next',
  noMatch: 'No region matches the search or filters.',
  shown: (n, of) => `${n} of ${of} regions shown`,
  select: (name) => `Select ${name}`,
  dimension: 'Dimension',
  peerMedian: 'Peer median',
  nationMedian: 'National median',
  gap: 'Gap to peers',
  peersOf: (d) =>
    d.kind === 'group'
      ? `${d.count} regions with ${groupName(d.column, 'en')} ${d.value ?? '–'}`
      : d.kind === 'list'
        ? `${d.count} peer regions`
        : `all ${d.count} regions`,
  peerMedianOf: (d) =>
    d.kind === 'group'
      ? `Median of ${groupName(d.column, 'en')} ${d.value ?? ''}`.trim()
      : d.kind === 'list'
        ? 'Median of peer regions'
        : 'Peer median',
  peersOnly: (d) =>
    d.kind === 'group'
      ? `Only ${groupName(d.column, 'en')} ${d.value ?? ''}`.trim()
      : 'Only peer regions',
  strengths: 'Strengths',
  weaknesses: 'Weaknesses',
  none: 'none',
  describeProfile: (d) =>
    `${d.name}: score ${d.score}, rank ${d.rank}. Compared with ${d.peers}. ` +
    `Strengths: ${d.strengths}. Weaknesses: ${d.weaknesses}.`,
  profileCaption: (name) => `Profile of ${name} by dimension`,
  needRegion: 'Set the region attribute to a region code, e.g. 32.73.',
  compareCaption: 'Regions compared by dimension',
  describeCompare: (d) => `Comparing ${d.names}. Highest ${d.node} score: ${d.best}.`,
  needRegions: 'Set the regions attribute to region codes, e.g. "32.73,33.74".',
  year: 'Year',
  trendCaption: (node) => `Score and rank by year: ${node}`,
  describeTrend: (d) =>
    `${d.name}, ${d.from}–${d.to}: score from ${d.first} to ${d.last}, ` +
    `rank from ${d.firstRank} to ${d.lastRank}.`,
  rankOf: (rank, of) => `${rank} of ${of}`,
  category: 'Category',
  group: 'Group',
  winner: 'Winner',
  runnerUp: 'Runner-up',
  margin: 'Margin',
  tie: (n) => `tie (${n} regions)`,
  awardsCaption: 'Winners by category',
  describeAwards: (d) => `${d.count} awards` + (d.ties > 0 ? `, ${d.ties} of them tied.` : '.'),
  everyone: 'all',
  affected: 'Positively affected citizens',
  population: 'Population',
  coverage: 'Coverage',
  method: 'Method',
  range: 'range',
  impactCaption: 'Positively affected citizens and coverage',
  describeImpact: (d) =>
    `${d.count} regions; ${d.total} citizens positively affected in total (range ${d.low}–${d.high}). Method: ${d.method}.`,
  coverageAxis: 'Coverage (%)',
  impactShown: (d) =>
    `Showing the ${d.shown} regions with the highest coverage of ${d.total}${d.region ? `, and ${d.region}` : ''}; the "CSV (all data)" download holds every region.`,
  statistic: 'Statistic',
  value: 'Value',
  lowest: 'Lowest',
  highest: 'Highest',
  median: 'Median',
  position: 'Position',
  positionOf: (p, of) => `${p} of ${of}`,
  distributionCaption: (node) => `Distribution: ${node}`,
  describeDistribution: (d) =>
    `${d.node} across ${d.count} regions: lowest ${d.min}, median ${d.median}, highest ${d.max}. ${d.region}`,
  regionAt: (d) =>
    `${d.name}: ${d.value}, position ${d.position} of ${d.count} (above ${d.below} of regions).`,
};

/** The texts for a language (Indonesian unless `en`). */
export function textsFor(lang: Lang): Texts {
  return lang === 'en' ? en : id;
}

/** Names of the usual group columns (from @takar/indonesia's units); others show as they are. */
const GROUP_NAMES: Record<string, { id: string; en: string }> = {
  province: { id: 'provinsi', en: 'province' },
  type: { id: 'tipe', en: 'type' },
  populationClass: { id: 'kelas penduduk', en: 'population class' },
};

function groupName(column: string | undefined, lang: 'id' | 'en'): string {
  return column === undefined ? '' : (GROUP_NAMES[column]?.[lang] ?? column);
}
