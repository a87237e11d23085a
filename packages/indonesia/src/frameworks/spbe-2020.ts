/*
 * Indeks SPBE (Sistem Pemerintahan Berbasis Elektronik), PermenPANRB 59/2020, as data.
 *
 *   spbe (index, 1–5)
 *   ├─ 4 domains   weight = domain %        (13, 25, 16.5, 45.5)
 *   │  └─ 8 aspects   weight = aspect %     (13, 10, 10, 5, 12, 4.5, 27.5, 18)
 *   │     └─ 47 indicators weight = leaf %  (1.3 … 3), maturity level 1–5
 *
 * Every node's weight is the sum of its leaves' percentages, so the engine's per-level
 * renormalised weighted mean gives exactly the regulation's index Σ wᵢ·levelᵢ / Σ wᵢ
 * (= Σ wᵢ·levelᵢ / 100) with complete data. Levels are used as they are (normalise `none`).
 */
import type { Framework } from '@takar/core';
import { SPBE_2020_ROWS } from '../generated/spbe-2020-indicators.generated.js';
import { SPBE_PREDICATES } from './bands.js';

/** English labels of the 47 indicators (ours; the regulation is in Indonesian). */
const INDICATOR_EN: readonly string[] = [
  'Internal policy on the SPBE architecture',
  'Internal policy on the SPBE roadmap',
  'Internal policy on data management',
  'Internal policy on SPBE application development',
  'Internal policy on data centre services',
  'Internal policy on intranet services',
  'Internal policy on using the service-linking system',
  'Internal policy on information security management',
  'Internal policy on ICT audit',
  'Internal policy on the SPBE coordination team',
  'SPBE architecture',
  'SPBE roadmap',
  'Integrated SPBE planning and budgeting',
  'SPBE business process innovation',
  'SPBE application development',
  'Data centre services',
  'Intranet services',
  'Use of the service-linking system',
  'SPBE coordination team',
  'Collaboration in implementing SPBE',
  'SPBE risk management',
  'Information security management',
  'Data management',
  'ICT asset management',
  'Human resource competence',
  'Knowledge management',
  'Change management',
  'SPBE service management',
  'SPBE infrastructure audit',
  'SPBE application audit',
  'SPBE security audit',
  'Planning services',
  'Budgeting services',
  'Financial services',
  'Procurement services',
  'Civil service (personnel) services',
  'Active records services',
  'Public asset (BMN/BMD) management services',
  'Internal government oversight services',
  'Organisational performance accountability services',
  'Staff performance services',
  'Public service complaint services',
  'Open data services',
  'Legal documentation and information network (JDIH) services',
  'Public service, sector 1',
  'Public service, sector 2',
  'Public service, sector 3',
];

const ASPECT_EN: Readonly<Record<number, string>> = {
  1: 'Internal policy on SPBE governance',
  2: 'SPBE strategic planning',
  3: 'Information and communication technology',
  4: 'SPBE organisers',
  5: 'SPBE management',
  6: 'ICT audit',
  7: 'Electronic government administration services',
  8: 'Electronic public services',
};

const DOMAIN_EN: Readonly<Record<number, string>> = {
  1: 'SPBE internal policy',
  2: 'SPBE governance',
  3: 'SPBE management',
  4: 'SPBE services',
};

/**
 * The five SPBE maturity levels (*tingkat kematangan*) of PermenPANRB 59/2020, by level.
 *
 * @example
 * ```ts
 * SPBE_MATURITY_LEVELS[3]?.label.id; // 'Terstandardisasi'
 * ```
 */
export const SPBE_MATURITY_LEVELS: Readonly<
  Record<1 | 2 | 3 | 4 | 5, { label: { id: string; en: string } }>
> = {
  1: { label: { id: 'Rintisan', en: 'Initial' } },
  2: { label: { id: 'Terkelola', en: 'Managed' } },
  3: { label: { id: 'Terstandardisasi', en: 'Standardised' } },
  4: { label: { id: 'Terintegrasi dan Terukur', en: 'Integrated and measured' } },
  5: { label: { id: 'Optimum', en: 'Optimised' } },
};

/** The indicator code for SPBE indicator number `n` (1–47), e.g. `i07`. */
export function spbeIndicatorCode(n: number): string {
  return `i${String(n).padStart(2, '0')}`;
}

// Sum in hundredths so that e.g. 10 × 1.3 is exactly 13.
const sumPct = (xs: readonly number[]): number =>
  xs.reduce((s, x) => s + Math.round(x * 100), 0) / 100;

function build(): Framework {
  const nodes: Framework['nodes'] = [
    {
      code: 'spbe',
      parent: null,
      type: 'aggregate',
      label: { id: 'Indeks SPBE', en: 'SPBE index' },
    },
  ];
  const domains = [...new Set(SPBE_2020_ROWS.map((r) => r[5]))];
  for (const d of domains) {
    const rows = SPBE_2020_ROWS.filter((r) => r[5] === d);
    const first = rows[0] as (typeof SPBE_2020_ROWS)[number];
    nodes.push({
      code: `d${d}`,
      parent: 'spbe',
      type: 'aggregate',
      label: { id: `Domain ${first[6]}`, en: `Domain: ${DOMAIN_EN[d] ?? first[6]}` },
      weight: sumPct(rows.map((r) => r[2])),
    });
    const aspects = [...new Set(rows.map((r) => r[3]))];
    for (const a of aspects) {
      const arows = rows.filter((r) => r[3] === a);
      const af = arows[0] as (typeof SPBE_2020_ROWS)[number];
      nodes.push({
        code: `a${a}`,
        parent: `d${d}`,
        type: 'aggregate',
        label: { id: `Aspek ${af[4]}`, en: `Aspect: ${ASPECT_EN[a] ?? af[4]}` },
        weight: sumPct(arows.map((r) => r[2])),
      });
      for (const r of arows) {
        nodes.push({
          code: spbeIndicatorCode(r[0]),
          parent: `a${a}`,
          type: 'indicator',
          label: { id: r[1], en: INDICATOR_EN[r[0] - 1] ?? r[1] },
          weight: r[2],
          direction: 1,
          unit: 'tingkat kematangan 1–5',
          scale: [1, 5],
        });
      }
    }
  }
  return {
    format: 1,
    id: 'spbe-2020',
    version: '2020',
    label: { id: 'Indeks SPBE', en: 'SPBE index (e-government)' },
    description: {
      id: 'Indeks Sistem Pemerintahan Berbasis Elektronik menurut PermenPANRB 59/2020: 4 domain, 8 aspek, 47 indikator, tingkat kematangan 1–5; indeks = rata-rata tertimbang tingkat kematangan (bobot dalam persen).',
      en: 'Electronic-government (SPBE) index per PermenPANRB 59/2020: 4 domains, 8 aspects, 47 indicators, maturity levels 1–5; index = weighted mean of the levels (weights in percent).',
    },
    sources: [
      'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik',
    ],
    nodes,
    bands: SPBE_PREDICATES.map((b) => ({ ...b, label: { ...b.label } })),
    digits: 2,
    pipeline: { normalise: { method: 'none' }, aggregate: { method: 'amean' } },
  };
}

/**
 * The Indeks SPBE framework (`spbe-2020`): 4 domains, 8 aspects, 47 indicators with their
 * percentage weights, levels 1–5 used as they are, the five predicates as bands.
 *
 * @example
 * ```ts
 * const fw = spbeFramework();
 * fw.nodes.filter((n) => n.type === 'indicator').length; // 47
 * fw.bands?.map((b) => b.label.id); // ['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan']
 * ```
 */
export function spbeFramework(): Framework {
  return build();
}
