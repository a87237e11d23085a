import type { TakarErrorCode } from '@takar/core';

/**
 * What each error code means, in Indonesian: the sentence the CLI prints before the detailed
 * message with `--lang id` (the default). The type lists every code of the catalogue, so a new code
 * does not compile until it has its Indonesian sentence here. The English meanings are
 * `ERROR_CODES` in @takar/core.
 */
export const ERROR_MEANINGS_ID: Readonly<Record<TakarErrorCode, string>> = {
  'framework/invalid': 'Kerangka tidak sesuai skema.',
  'framework/duplicate-code': 'Dua simpul memakai kode yang sama.',
  'framework/unknown-parent': 'Sebuah simpul menyebut induk yang tidak ada.',
  'framework/cycle': 'Rantai induk dari sebuah simpul kembali ke simpul itu sendiri.',
  'framework/no-root': 'Tidak ada simpul tanpa induk (indeks).',
  'framework/several-roots': 'Lebih dari satu simpul tidak punya induk.',
  'framework/unknown-id': 'Kerangka dengan nama itu tidak dikirim bersama Takar.',
  'framework/band-gap': 'Sebuah skor tidak masuk predikat mana pun (peringatan).',
  'framework/negative-weight': 'Ada bobot negatif.',
  'framework/zero-weights': 'Semua anak sebuah simpul berbobot nol.',
  'framework/empty-aggregate': 'Sebuah simpul agregat tidak punya anak.',
  'framework/duplicate-band': 'Dua predikat dalam satu daftar memakai kode yang sama.',
  'framework/weight-overflow': 'Jumlah bobot bersaudara melebihi batas angka.',
  'framework/bands-overlap':
    'Predikat tidak berurutan, tidak setengah terbuka, atau tumpang tindih.',
  'framework/unknown-tag': 'Sebuah indikator diberi tag yang tidak ada di sumbunya.',
  'framework/unknown-weight-set': 'Set bobot yang diminta tidak ada di kerangka.',
  'data/invalid': 'Data tidak sesuai skema.',
  'data/empty': 'Tidak ada unit atau tidak ada nilai.',
  'data/duplicate-unit': 'Dua unit memakai kode yang sama.',
  'data/duplicate-value': 'Unit, indikator dan tahun yang sama muncul dua kali.',
  'data/unknown-unit': 'Sebuah nilai menyebut unit yang tidak ada di daftar unit.',
  'data/unknown-indicator': 'Sebuah nilai menyebut indikator yang tidak ada di kerangka.',
  'data/not-a-number': 'Sebuah sel tidak dapat dibaca sebagai angka.',
  'data/no-values': 'Sebuah indikator sama sekali tidak punya nilai.',
  'data/zero-max': 'Indikator yang dinormalisasi fracmax bernilai 0 untuk semua unit (0 / 0).',
  'data/zero-range':
    'Sebuah indikator bernilai sama untuk semua unit, sehingga tidak dapat dinormalisasi.',
  'data/mixed-years': 'Ada beberapa tahun padahal hanya satu yang diharapkan.',
  'data/unknown-year': 'Tahun yang diminta tidak ada di data.',
  'data/unknown-group': 'Kolom kelompok yang disebut tidak dimiliki unit.',
  'data/unknown-denominator': 'Sebuah indikator menyebut pembagi yang tidak dimiliki unit.',
  'data/csv': 'Berkas CSV tidak dapat dibaca.',
  'data/ambiguous-number':
    'Angka seperti 61.000 bisa berarti 61 atau 61000; format angkanya harus dinyatakan.',
  'data/unknown-region': 'Nama atau kode wilayah tidak ada di registri wilayah.',
  'data/ambiguous-region': 'Nama wilayah cocok dengan beberapa wilayah di registri.',
  'data/unknown-column': 'Sebuah kolom bukan indikator dan bukan kolom tambahan yang dinyatakan.',
  'pipeline/invalid': 'Pengaturan pipeline tidak sesuai skema.',
  'pipeline/non-positive-for-geometric':
    'Rata-rata geometrik atau harmonik memerlukan nilai lebih dari nol.',
  'pipeline/unknown-reference-unit': 'Normalisasi merujuk ke unit yang tidak ada di data.',
  'pipeline/missing-target': 'Normalisasi memerlukan target yang tidak dimiliki indikator.',
  'pipeline/missing-goalposts':
    'Normalisasi goalposts memerlukan batas yang tidak dimiliki indikator.',
  'pipeline/all-units-screened': 'Penyaringan menghapus semua unit.',
  'results/invalid': 'Dokumen hasil tidak sesuai skema.',
  'results/unsupported-version':
    'Dokumen hasil ditulis dengan versi format yang lebih baru dan tidak kompatibel.',
  'results/unknown-unit': 'Unit yang diminta tidak ada di hasil.',
  'results/no-source': 'Elemen tidak punya alamat src maupun nilai data.',
  'results/network': 'Dokumen tidak dapat diambil (galat jaringan).',
  'results/http': 'Server menjawab permintaan dokumen dengan galat HTTP.',
  'results/invalid-json': 'Dokumen yang diambil bukan JSON.',
  'results/invalid-document': 'Dokumen bukan jenis yang ditampilkan elemen ini.',
  'results/unknown-region': 'Elemen diberi wilayah yang tidak ada dalam hasil.',
  'results/unknown-peers': 'Elemen diberi kelompok pembanding yang tidak ada dalam hasil.',
  'chart/render': 'Grafik tidak dapat digambar.',
  'map/no-bands': 'Peta predikat diminta untuk simpul tanpa predikat.',
  'map/no-baseline': 'Peta perubahan diminta tanpa tahun sebelumnya.',
  'map/wrong-data': 'Peta diberi data yang tidak dapat diwarnainya.',
  'results/unknown-node': 'Simpul yang diminta tidak ada di hasil.',
  'impact/invalid': 'Masukan dampak tidak sesuai skema.',
  'impact/raw-identifier':
    'Sebuah kunci tampak seperti identitas mentah (mis. NIK 16 digit) dan ditolak.',
  'impact/missing-salt': 'Penyamaran identitas memerlukan salt rahasia.',
  'impact/weak-salt': 'Salt kurang dari 16 bita, sehingga pseudonim dapat dibalik.',
  'impact/missing-population': 'Cakupan memerlukan jumlah penduduk yang tidak dimiliki wilayah.',
  'impact/missing-assumption':
    'Nilai tunggal memerlukan asumsi yang dinyatakan (tumpang tindih atau ukuran rumah tangga).',
  'impact/incompatible-sketch': 'Sketsa dengan parameter berbeda tidak dapat digabung.',
  'impact/invalid-sketch': 'Sketsa tidak dapat dibaca.',
  'impact/invalid-survey': 'Hitungan survei tidak mungkin (mis. k > n).',
  'impact/engine-unavailable': 'Mesin yang diminta (mis. DuckDB) tidak terpasang.',
  'impact/unsupported-version': 'Dokumen dampak ditulis oleh versi format yang lebih baru.',
  'boundaries/not-geojson': 'Batas wilayah bukan GeoJSON maupun TopoJSON.',
  'boundaries/geometry': 'Sebuah fitur batas tidak punya geometri, atau geometrinya bukan poligon.',
  'boundaries/key': 'Sebuah fitur batas tidak punya kode wilayah (atau nama) berupa teks.',
  'boundaries/coordinates': 'Sebuah batas punya koordinat yang bukan angka [bujur, lintang].',
  'boundaries/topology': 'Berkas TopoJSON punya arc, transform atau objek yang rusak.',
  'boundaries/empty': 'Berkas batas wilayah tidak punya fitur.',
  'boundaries/network': 'Batas wilayah tidak dapat diambil (galat jaringan).',
  'boundaries/http': 'Server menjawab permintaan batas wilayah dengan galat HTTP.',
  'boundaries/invalid-json': 'Batas wilayah yang diambil bukan JSON.',
  'boundaries/invalid':
    'Batas wilayah bukan poligon GeoJSON atau TopoJSON berkunci kode wilayah teks.',
  'io/unreadable': 'Berkas tidak dapat dibaca.',
  'io/unknown-format': 'Format berkas tidak dapat dikenali dari nama atau isinya.',
  'io/encoding': 'Berkas teks bukan UTF-8 yang sah (atau UTF-16) dan tidak ada pengodean lain.',
  'io/not-found': 'Berkas atau folder tidak ada.',
  'io/permission-denied': 'Sistem berkas menolak akses ke jalur ini.',
  'io/is-directory': 'Diharapkan berkas, tetapi jalurnya folder.',
  'io/not-a-directory': 'Diharapkan folder, tetapi sebagian jalurnya berkas.',
  'io/disk-full': 'Disk atau kuota penuh; tidak ada yang diganti.',
  'io/exists': 'Jalur sudah ada dan akan tertimpa atau hilang.',
  'io/same-as-input': 'Jalur keluaran sama dengan masukan, atau dua keluaran berbagi jalur.',
  'io/symlink': 'Jalur keluaran adalah tautan simbolik; Takar tidak menulis melaluinya.',
  'io/write-failed': 'Berkas tidak dapat ditulis; tidak ada yang diganti.',
  'cli/usage': 'Baris perintah tidak sah.',
  'cli/too-large': 'Ukuran yang diminta butuh lebih banyak memori daripada yang tersedia.',
};

/**
 * The Indonesian sentence of an error or warning code, if it has one.
 *
 * @example
 * ```ts
 * errorMeaningId('data/unknown-region'); // 'Nama atau kode wilayah tidak ada di registri wilayah.'
 * ```
 */
export function errorMeaningId(code: string): string | undefined {
  return Object.hasOwn(ERROR_MEANINGS_ID, code)
    ? ERROR_MEANINGS_ID[code as TakarErrorCode]
    : code === 'impact/exceeds-population'
      ? 'Sebuah program melaporkan penerima lebih banyak dari penduduk wilayahnya.'
      : undefined;
}

/**
 * One line of an error or warning as the CLI prints it: `error <code> at <path>: <message>`; with
 * `--lang id` the Indonesian meaning of the code comes first, then the detailed message (in
 * English) after a dash. The `error <code> at <path>` prefix is the same in both languages, so
 * scripts can match it.
 *
 * @example
 * ```ts
 * issueLine('error', 'cli/usage', '--out', 'Give --out.', 'id');
 * // 'error cli/usage at --out: Baris perintah tidak sah. — Give --out.'
 * ```
 */
export function issueLine(
  kind: 'error' | 'warning',
  code: string,
  at: string | undefined,
  message: string,
  language: 'id' | 'en',
): string {
  const id = language === 'id' ? errorMeaningId(code) : undefined;
  return `${kind} ${code}${at ? ` at ${at}` : ''}: ${id ? `${id} — ${message}` : message}`;
}
