import { say } from './locale/say.js';
import {
  GROUP_FIELDS,
  IMPACT_METHODS,
  groupingLabel,
  type CoverageRow,
  type ImpactRow,
  type Table,
} from '@takar/core';
import { regionByCode } from '@takar/indonesia';
import { textTable } from './text-table.js';

/** The impact methods' sentences in Indonesian (the English ones are `IMPACT_METHODS` in core). */
const IMPACT_METHODS_ID: Readonly<Record<keyof typeof IMPACT_METHODS, string>> = {
  'programme-range':
    'Total program tanpa identitas: tumpang tindihnya tidak diketahui, jadi jumlahnya di antara program terbesar dan jumlah semua program (paling banyak sebanyak penduduk).',
  exact: 'Kunci pseudonim penerima manfaat yang berbeda, dihitung tepat.',
  hll: 'Kunci pseudonim penerima manfaat yang berbeda, ditaksir dengan sketsa HyperLogLog (batas bawah dan atas memberi batas galatnya).',
  'engine-approx':
    'Kunci pseudonim penerima manfaat yang berbeda, ditaksir dengan hitungan distinct perkiraan mesin SQL.',
  'survey-wilson':
    'Proporsi responden survei yang melaporkan dampak positif, dengan interval skor Wilson, dikalikan jumlah penduduk.',
};
import { tableOf, type CommandOutput } from './write-output.js';

/**
 * The output of `takar impact`: CSV columns are the grouping fields used (led by `by`, the grouping
 * of the row, when there are several or only the nation), then `affected`, then
 * `method`, then `low` and `high` when any row is a range or an estimate, then whatever else the
 * rows carry (`unit` when businesses are counted, survey shares, `population`, `coverage`,
 * `assumption`, and `exceedsPopulation` when a programme reports more beneficiaries than the
 * region has people). Per region, the registry name stands beside the code. JSON holds every row in full and the method descriptions.
 *
 * @example
 * ```ts
 * await writeOutput(io, out, impactOutput(coverage(rows, population).rows));
 * ```
 */
export function impactOutput(rows: readonly CoverageRow<ImpactRow>[]): CommandOutput {
  const fields = GROUP_FIELDS.filter((f) => rows.some((r) => r.by.includes(f)));
  const any = (f: (r: CoverageRow<ImpactRow>) => unknown): boolean =>
    rows.some((r) => f(r) !== undefined && f(r) !== null);
  const ranged = any((r) => r.low) || any((r) => r.high);
  const labels = [...new Set(rows.map((r) => groupingLabel(r.by)))];
  // Several groupings (or only the nation): a leading `by` column says which row is which.
  const byColumn = labels.length > 1 || fields.length === 0;
  const regional = fields.includes('region');
  const names = [
    ...(byColumn ? ['by'] : []),
    ...fields.flatMap((f) => (f === 'region' ? ['region', 'name'] : [f])),
    'affected',
    'method',
    ...(ranged ? ['low', 'high'] : []),
    ...(rows.some((r) => r.unit !== 'persons') ? ['unit'] : []),
    ...(any((r) => (r as { share?: number }).share)
      ? ['respondents', 'positive', 'share', 'shareLow', 'shareHigh']
      : []),
    'population',
    'coverage',
    ...(any((r) => r.assumption) ? ['assumption'] : []),
    ...(rows.some((r) => (r as { exceedsPopulation?: boolean }).exceedsPopulation === true)
      ? ['exceedsPopulation']
      : []),
  ];
  const flat = rows.map((r) => {
    const region = r.group['region'];
    const name =
      regional && region !== undefined ? (regionByCode(String(region))?.name ?? null) : null;
    return { ...r, ...r.group, name, by: groupingLabel(r.by) } as Record<string, unknown>;
  });
  const table = (): Table => tableOf(names, flat);
  const methods = [...new Set(rows.map((r) => r.method))];
  return {
    sheet: 'terdampak',
    csv: table,
    // Counts are whole persons; coverage and shares keep five decimals (0.001 %).
    digits: { affected: 0, low: 0, high: 0, coverage: 5, share: 5, shareLow: 5, shareHigh: 5 },
    json: () => ({
      methods: Object.fromEntries(methods.map((m) => [m, IMPACT_METHODS[m]])),
      rows,
    }),
    // --out impact.xlsx: the counts, and the methods that produced them.
    sheets: () => [
      { name: 'terdampak', table: table() },
      {
        name: 'metode',
        table: tableOf(
          ['method', 'description'],
          methods.map((m) => ({ method: m, description: IMPACT_METHODS[m] })),
        ),
      },
    ],
    text: () => {
      const shown = names.filter((n) => !['shareLow', 'shareHigh', 'assumption'].includes(n));
      const body = flat.map((o) =>
        shown.map((n) => {
          const v = o[n];
          if (typeof v === 'boolean') return v ? '!' : '';
          if (typeof v !== 'number') return v;
          if (n === 'coverage' || n === 'share') return `${(v * 100).toFixed(v < 0.01 ? 3 : 1)} %`;
          return Math.round(v);
        }),
      );
      const groupings = labels.join(', ');
      const notes = methods.map((m) => `  ${m}: ${say(IMPACT_METHODS_ID[m], IMPACT_METHODS[m])}`);
      const assumption = rows.find((r) => r.assumption)?.assumption;
      return (
        say(
          `Masyarakat terdampak positif menurut ${groupings}\n\n`,
          `Positively-affected citizens by ${groupings}\n\n`,
        ) +
        textTable(shown, body) +
        say(`\nMetode:\n`, `\nMethods:\n`) +
        `${notes.join('\n')}\n` +
        (assumption ? say(`Asumsi: ${assumption}\n`, `Assumption: ${assumption}\n`) : '')
      );
    },
  };
}
