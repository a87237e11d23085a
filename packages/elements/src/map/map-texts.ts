import type { Lang } from '@takar/core/results';

/** What a map shows per region. */
export type MapMeasure = 'score' | 'band' | 'coverage' | 'change';

/** One end of the description: a region, its province and its value, formatted. */
export interface MapExtreme {
  name: string;
  province: string;
  value: string;
}

/** The texts of `<takar-map>` (kept with the element, so other elements do not load them). */
export interface MapTexts {
  measure: Record<MapMeasure, string>;
  changeBetween: (from: string, to: string) => string;
  province: string;
  provinceCode: (code: string) => string;
  zoom: string;
  wholeCountry: string;
  selectedRegion: (name: string) => string;
  zoomUnknown: (code: string) => string;
  west: string;
  east: string;
  loadingMap: string;
  noData: string;
  notInData: string;
  noBoundaries: string;
  noBoundariesHow: string;
  /** The credit line of boundaries that carry their own attribution. */
  credit: (attribution: string) => string;
  missingBoundaries: (n: number) => string;
  missingResults: (n: number) => string;
  merged: (n: number) => string;
  mapCaption: (title: string) => string;
  /** The name of the map for assistive technology, with how to move through it by keyboard. */
  mapLabel: (title: string) => string;
  /** A region's band, after its score in the region's accessible name. */
  bandOf: (band: string) => string;
  describe: (d: {
    measure: string;
    count: number;
    drawn: number;
    top?: MapExtreme | undefined;
    bottom?: MapExtreme | undefined;
    bestProvince?: MapExtreme | undefined;
    worstProvince?: MapExtreme | undefined;
    noValue: number;
  }) => string;
  /** The description of a band map: regions per band, and which regions reached the best band. */
  describeBands: (d: {
    count: number;
    drawn: number;
    perBand: string;
    best: string;
    bestRegions: string;
    more: number;
    noValue: number;
  }) => string;
}

const id: MapTexts = {
  measure: {
    score: 'Skor',
    band: 'Predikat',
    coverage: 'Cakupan warga terdampak positif',
    change: 'Perubahan skor',
  },
  changeBetween: (from, to) => `Perubahan skor ${from}–${to}`,
  province: 'Provinsi',
  provinceCode: (code) => `Provinsi ${code}`,
  zoom: 'Perbesar ke',
  wholeCountry: 'Seluruh Indonesia',
  selectedRegion: (name) => `Wilayah terpilih: ${name}`,
  zoomUnknown: (code) =>
    `Kode ${code} (atribut zoom) tidak ada di batas wilayah; peta menampilkan seluruh Indonesia.`,
  west: 'Indonesia bagian barat',
  east: 'Indonesia bagian timur',
  loadingMap: 'Memuat peta…',
  noData: 'Tanpa nilai',
  notInData: 'Tidak ada di data',
  noBoundaries: 'Peta belum dapat digambar: batas wilayah belum diberikan.',
  noBoundariesHow:
    'Setel atribut boundaries ke URL berkas GeoJSON atau TopoJSON batas kabupaten/kota: berkas 514 ' +
    'wilayah yang dibawa @takar/indonesia/boundaries, atau berkas resmi pemerintah daerah atau ' +
    'Kemendagri, dengan kode wilayah seperti 32.73 di properti code (atau nama lain lewat atribut ' +
    'boundary-key). Tabel di bawah sudah memuat semua nilai.',
  credit: (a) => `Batas wilayah: ${a}`,
  missingBoundaries: (n) => `${n} wilayah di data tidak ada di batas wilayah, jadi tidak digambar`,
  missingResults: (n) => `${n} wilayah di peta tidak ada di data (digambar abu-abu)`,
  merged: (n) => `${n} kode wilayah terdiri atas beberapa fitur batas dan digabung`,
  mapCaption: (title) => `Nilai per wilayah: ${title}`,
  mapLabel: (title) =>
    `Peta ${title}. Tombol panah berpindah antarwilayah, Home dan End ke wilayah pertama dan terakhir, Enter memilih, Escape menghapus pilihan.`,
  bandOf: (band) => `predikat ${band}`,
  describe: (d) =>
    [
      `Peta ${d.measure.toLowerCase()} ${d.count} kabupaten/kota (${d.drawn} tergambar).`,
      d.top ? `Tertinggi: ${d.top.name} (${d.top.province}), ${d.top.value}.` : '',
      d.bottom ? `Terendah: ${d.bottom.name} (${d.bottom.province}), ${d.bottom.value}.` : '',
      d.bestProvince && d.worstProvince
        ? `Rata-rata provinsi tertinggi: ${d.bestProvince.name} (${d.bestProvince.value}); ` +
          `terendah: ${d.worstProvince.name} (${d.worstProvince.value}).`
        : '',
      d.noValue > 0 ? `${d.noValue} wilayah tanpa nilai.` : '',
      'Semua nilai ada di tabel.',
    ]
      .filter(Boolean)
      .join(' '),
  describeBands: (d) =>
    [
      `Peta predikat ${d.count} kabupaten/kota (${d.drawn} tergambar). Jumlah wilayah per predikat: ${d.perBand}.`,
      d.bestRegions
        ? `Predikat tertinggi yang dicapai, ${d.best}: ${d.bestRegions}${d.more > 0 ? ` dan ${d.more} lainnya` : ''}.`
        : '',
      d.noValue > 0 ? `${d.noValue} wilayah tanpa predikat.` : '',
      'Semua nilai ada di tabel.',
    ]
      .filter(Boolean)
      .join(' '),
};

const en: MapTexts = {
  measure: {
    score: 'Score',
    band: 'Band',
    coverage: 'Coverage of positively affected citizens',
    change: 'Score change',
  },
  changeBetween: (from, to) => `Score change ${from}–${to}`,
  province: 'Province',
  provinceCode: (code) => `Province ${code}`,
  zoom: 'Zoom to',
  wholeCountry: 'All of Indonesia',
  selectedRegion: (name) => `Selected region: ${name}`,
  zoomUnknown: (code) =>
    `Code ${code} (the zoom attribute) is not in the boundaries; the map shows all of Indonesia.`,
  west: 'Western Indonesia',
  east: 'Eastern Indonesia',
  loadingMap: 'Loading map…',
  noData: 'No value',
  notInData: 'Not in the data',
  noBoundaries: 'The map cannot be drawn yet: no boundaries were given.',
  noBoundariesHow:
    'Set the boundaries attribute to the URL of a GeoJSON or TopoJSON file of kabupaten/kota ' +
    'boundaries: the 514-region file shipped in @takar/indonesia/boundaries, or an official file ' +
    'of the regional government or the Ministry of Home Affairs, with region codes such as 32.73 ' +
    'in a code property (or another one named by boundary-key). The table below already has ' +
    'every value.',
  credit: (a) => `Boundaries: ${a}`,
  missingBoundaries: (n) =>
    `${n} region${n === 1 ? '' : 's'} in the data ${n === 1 ? 'is' : 'are'} not in the boundaries, so not drawn`,
  missingResults: (n) =>
    `${n} region${n === 1 ? '' : 's'} on the map ${n === 1 ? 'is' : 'are'} not in the data (drawn grey)`,
  merged: (n) =>
    `${n} region code${n === 1 ? '' : 's'} came as several boundary features and were joined`,
  mapCaption: (title) => `Values by region: ${title}`,
  mapLabel: (title) =>
    `Map of ${title}. Arrow keys move between regions, Home and End to the first and last, Enter selects, Escape clears the selection.`,
  bandOf: (band) => `band ${band}`,
  describe: (d) =>
    [
      `Map of ${d.measure.toLowerCase()} for ${d.count} kabupaten/kota (${d.drawn} drawn).`,
      d.top ? `Highest: ${d.top.name} (${d.top.province}), ${d.top.value}.` : '',
      d.bottom ? `Lowest: ${d.bottom.name} (${d.bottom.province}), ${d.bottom.value}.` : '',
      d.bestProvince && d.worstProvince
        ? `Highest provincial mean: ${d.bestProvince.name} (${d.bestProvince.value}); ` +
          `lowest: ${d.worstProvince.name} (${d.worstProvince.value}).`
        : '',
      d.noValue > 0 ? `${d.noValue} region${d.noValue === 1 ? '' : 's'} without a value.` : '',
      'The table has every value.',
    ]
      .filter(Boolean)
      .join(' '),
  describeBands: (d) =>
    [
      `Map of bands for ${d.count} kabupaten/kota (${d.drawn} drawn). Regions per band: ${d.perBand}.`,
      d.bestRegions
        ? `Highest band reached, ${d.best}: ${d.bestRegions}${d.more > 0 ? ` and ${d.more} more` : ''}.`
        : '',
      d.noValue > 0 ? `${d.noValue} region${d.noValue === 1 ? '' : 's'} without a band.` : '',
      'The table has every value.',
    ]
      .filter(Boolean)
      .join(' '),
};

/** The map's texts for a language (Indonesian unless `en`). */
export function mapTextsFor(lang: Lang): MapTexts {
  return lang === 'en' ? en : id;
}
