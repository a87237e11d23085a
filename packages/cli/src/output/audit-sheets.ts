import type { AuditReport } from '@takar/core';
import type { SheetOut } from '../xlsx/workbook-sheets.js';
import { tableOf } from './table-of.js';

const STAT_COLUMNS = [
  'code',
  'parent',
  'nAvail',
  'frcAvail',
  'min',
  'max',
  'mean',
  'median',
  'sd',
  'skew',
  'kurt',
  'nNonZero',
  'nUnique',
  'nSame',
  'flagAvail',
  'flagNonZero',
  'flagUnique',
  'flagSkewKurt',
];

/** The statistics also given on the correlations' basis (the scores), as `scored_<name>`. */
const SCORED_STATS = ['nAvail', 'min', 'max', 'mean', 'median', 'sd', 'skew', 'kurt'] as const;
const SCORED_COLUMNS = SCORED_STATS.map((k) => `scored_${k}`);

/**
 * The tables of an audit, one sheet each, as `takar audit --out audit.xlsx` writes them (and the
 * studio's workbook): `statistik` (per indicator: the raw data's statistics and flags, COINr
 * `get_stats`, and beside them the scores'), `korelasi` (the correlation flags), `alpha`
 * (Cronbach's alpha per group) and, when the removal test ran, `tanpa-indikator`.
 *
 * @example
 * ```ts
 * const sheets = auditSheets(audit(framework, data));
 * ```
 */
export function auditSheets(a: AuditReport): SheetOut[] {
  // The statistics table: the raw data's (COINr get_stats) and, beside them, the scores'.
  const statRows = a.indicators.map((i) => ({
    ...i,
    ...Object.fromEntries(SCORED_STATS.map((k) => [`scored_${k}`, i.scored[k]])),
  }));
  return [
    { name: 'statistik', table: tableOf([...STAT_COLUMNS, ...SCORED_COLUMNS], statRows) },
    { name: 'korelasi', table: tableOf(['a', 'b', 'group', 'r', 'kind'], a.flags) },
    { name: 'alpha', table: tableOf(['group', 'alpha'], a.alpha) },
    ...(a.removal
      ? [{ name: 'tanpa-indikator', table: tableOf(['code', 'meanAbsRankChange'], a.removal) }]
      : []),
  ];
}
