/*
 * The Smart City evaluation of the Gerakan Menuju Smart City (Kominfo, Ditjen Aptika), as data.
 *
 *   smart-city (index, 1–4)
 *   ├─ 6 dimensions (equal weights)
 *   │  └─ 3 sub-dimensions each (equal weights)
 *   │     └─ 5 leaves each: the sub-dimension scored in one evaluation stage, weighted by the stage
 *   │        (Baseline 10, Output 20, Outcome 30, Impact 20, Quick Win 20)
 *   └─ second axis `stage`: the same 90 leaves grouped by stage, stages weighted 10/20/30/20/20
 *
 * Leaves are sub-dimension × stage. With complete data both views give the same total: the
 * weighted sum is linear, so Σ_stage w_s · mean(leaves of s) = mean over dimensions of
 * mean over sub-dimensions of Σ_stage w_s · leaf. Equal weights of dimensions and sub-dimensions are
 * an assumption (not published); see docs/frameworks/smart-city.md.
 */
import type { Framework } from '@takar/core';

/** The five evaluation stages with their official weights (percent). */
export const SMART_CITY_STAGES = [
  {
    code: 'baseline',
    weight: 10,
    label: { id: 'Baseline', en: 'Baseline' },
    description: {
      id: 'Peningkatan sejak evaluasi terakhir.',
      en: 'Improvement since the last evaluation.',
    },
  },
  {
    code: 'output',
    weight: 20,
    label: { id: 'Output', en: 'Output' },
    description: {
      id: 'Kebijakan, kelembagaan dan anggaran tersedia.',
      en: 'Policy, institutions and budget in place.',
    },
  },
  {
    code: 'outcome',
    weight: 30,
    label: { id: 'Outcome', en: 'Outcome' },
    description: {
      id: 'Program masterplan terlaksana.',
      en: 'Masterplan programmes executed.',
    },
  },
  {
    code: 'impact',
    weight: 20,
    label: { id: 'Impact', en: 'Impact' },
    description: {
      id: 'Manfaat dirasakan masyarakat.',
      en: 'Benefit felt by citizens.',
    },
  },
  {
    code: 'quickwin',
    weight: 20,
    label: { id: 'Quick Win', en: 'Quick Win' },
    description: {
      id: 'Inovasi program quick win.',
      en: 'Innovation of the quick-win programmes.',
    },
  },
] as const;

/** A stage code of the Smart City evaluation. */
export type SmartCityStage = (typeof SMART_CITY_STAGES)[number]['code'];

/** The six dimensions and their three sub-dimensions, with bilingual labels. */
export const SMART_CITY_DIMENSIONS = [
  {
    code: 'governance',
    label: { id: 'Smart Governance', en: 'Smart Governance' },
    description: { id: 'Tata kelola pemerintahan.', en: 'Government and its services.' },
    subs: [
      { code: 'service', label: { id: 'Pelayanan Publik', en: 'Public service' } },
      { code: 'policy', label: { id: 'Kebijakan Publik', en: 'Public policy' } },
      { code: 'bureaucracy', label: { id: 'Manajemen Birokrasi', en: 'Bureaucracy management' } },
    ],
  },
  {
    code: 'branding',
    label: { id: 'Smart Branding', en: 'Smart Branding' },
    description: { id: 'Citra dan daya saing daerah.', en: 'The image and appeal of the region.' },
    subs: [
      { code: 'tourism', label: { id: 'Pemasaran Pariwisata', en: 'Tourism branding' } },
      { code: 'business', label: { id: 'Pemasaran Bisnis', en: 'Business branding' } },
      { code: 'appearance', label: { id: 'Penataan Wajah Kota', en: 'City appearance' } },
    ],
  },
  {
    code: 'economy',
    label: { id: 'Smart Economy', en: 'Smart Economy' },
    description: { id: 'Ekonomi daerah.', en: 'The regional economy.' },
    subs: [
      { code: 'industry', label: { id: 'Industri', en: 'Industry' } },
      { code: 'welfare', label: { id: 'Kesejahteraan Rakyat', en: 'Welfare' } },
      {
        code: 'transaction',
        label: { id: 'Ekosistem Transaksi Keuangan', en: 'Transaction ecosystem' },
      },
    ],
  },
  {
    code: 'living',
    label: { id: 'Smart Living', en: 'Smart Living' },
    description: { id: 'Kualitas hidup.', en: 'Quality of life.' },
    subs: [
      { code: 'harmony', label: { id: 'Harmonisasi Pola Hidup', en: 'Harmony' } },
      { code: 'health', label: { id: 'Kesehatan', en: 'Health' } },
      { code: 'mobility', label: { id: 'Mobilitas', en: 'Mobility' } },
    ],
  },
  {
    code: 'society',
    label: { id: 'Smart Society', en: 'Smart Society' },
    description: { id: 'Masyarakat.', en: 'Society.' },
    subs: [
      { code: 'community', label: { id: 'Komunitas', en: 'Community' } },
      { code: 'learning', label: { id: 'Ekosistem Belajar', en: 'Learning ecosystem' } },
      { code: 'security', label: { id: 'Keamanan', en: 'Security' } },
    ],
  },
  {
    code: 'environment',
    label: { id: 'Smart Environment', en: 'Smart Environment' },
    description: { id: 'Lingkungan hidup.', en: 'The environment.' },
    subs: [
      { code: 'protection', label: { id: 'Proteksi Lingkungan', en: 'Environmental protection' } },
      { code: 'waste', label: { id: 'Pengelolaan Sampah dan Limbah', en: 'Waste management' } },
      { code: 'energy', label: { id: 'Manajemen Energi', en: 'Energy management' } },
    ],
  },
] as const;

/** A dimension code of the Smart City evaluation. */
export type SmartCityDimension = (typeof SMART_CITY_DIMENSIONS)[number]['code'];

/** The code of the leaf for a sub-dimension and a stage, e.g. `governance.service.outcome`. */
export function smartCityLeaf(dimension: string, sub: string, stage: string): string {
  return `${dimension}.${sub}.${stage}`;
}

function build(): Framework {
  const nodes: Framework['nodes'] = [
    {
      code: 'smart-city',
      parent: null,
      type: 'aggregate',
      label: { id: 'Indeks Smart City', en: 'Smart City index' },
    },
  ];
  for (const d of SMART_CITY_DIMENSIONS) {
    nodes.push({
      code: d.code,
      parent: 'smart-city',
      type: 'aggregate',
      label: { ...d.label },
      weight: 1,
      description: { ...d.description },
    });
    for (const s of d.subs) {
      const sub = `${d.code}.${s.code}`;
      nodes.push({
        code: sub,
        parent: d.code,
        type: 'aggregate',
        label: { ...s.label },
        weight: 1,
      });
      for (const st of SMART_CITY_STAGES) {
        nodes.push({
          code: smartCityLeaf(d.code, s.code, st.code),
          parent: sub,
          type: 'indicator',
          label: { id: `${s.label.id} — ${st.label.id}`, en: `${s.label.en} — ${st.label.en}` },
          weight: st.weight,
          direction: 1,
          unit: 'skor 1–4',
          scale: [1, 4],
          tags: { stage: st.code },
        });
      }
    }
  }
  return {
    format: 1,
    id: 'smart-city',
    version: '2022.1',
    label: { id: 'Evaluasi Smart City', en: 'Smart City evaluation' },
    description: {
      id: 'Evaluasi implementasi masterplan Gerakan Menuju Smart City (Kominfo, Ditjen Aptika): 6 dimensi × 3 subdimensi, dinilai dalam 5 tahap berbobot 10/20/30/20/20 pada skala 1–4. Ambang predikat tidak dipublikasikan; tambahkan dengan withBands().',
      en: 'Evaluation of how regions implement their Gerakan Menuju Smart City masterplan (Kominfo, Ditjen Aptika): 6 dimensions × 3 sub-dimensions, scored in 5 stages weighted 10/20/30/20/20 on a 1–4 scale. Predicate thresholds are not public; add them with withBands().',
    },
    sources: [
      'Kementerian Kominfo, Ditjen Aplikasi Informatika: Gerakan Menuju 100 Smart City, Buku Panduan Penyusunan Masterplan Smart City (2017) — dimensions and sub-dimensions',
      'Stage weights (Baseline 10 %, Output 20 %, Outcome 30 %, Impact 20 %, Quick Win 20 %) as reported with published results, e.g. Kota Jambi 2024 (https://jambikota.go.id/content/931) and Kota Kediri 2022 (https://bangsaonline.com/amp/berita/113379/hasil-evaluasi-smart-city-2022-kota-kediri-ke-4-tertinggi-se-jawa-timur)',
    ],
    nodes,
    axes: [
      {
        id: 'stage',
        label: { id: 'Tahap evaluasi', en: 'Evaluation stage' },
        tags: SMART_CITY_STAGES.map((s) => ({
          code: s.code,
          label: { ...s.label },
          weight: s.weight,
        })),
        aggregate: { method: 'amean' },
      },
    ],
    digits: 2,
    pipeline: { normalise: { method: 'none' }, aggregate: { method: 'amean' } },
  };
}

/**
 * The Smart City evaluation framework (`smart-city`): 6 dimensions × 3 sub-dimensions × 5
 * stages = 90 leaves on the 1–4 scale, a `stage` axis weighted 10/20/30/20/20, no predicates
 * (use {@link withBands}), scored with normalise `none` and the arithmetic mean.
 *
 * @example
 * ```ts
 * const fw = smartCityFramework();
 * fw.nodes.filter((n) => n.type === 'indicator').length; // 90
 * fw.axes?.[0]?.tags.map((t) => t.weight); // [10, 20, 30, 20, 20]
 * ```
 */
export function smartCityFramework(): Framework {
  return build();
}
