import { runTable, type PipelineRun, type Table } from '@takar/core';
import type { SheetOut } from '../xlsx/workbook-sheets.js';

/**
 * The wide tables `takar score` writes: `scores` (unit, name, one column per score key) and `ranks`
 * (unit, name, one rank column per score key, then for each `--group-ranks` column its value and
 * the in-group ranks, as `<key>_rank_in_<group>`).
 *
 * @example
 * ```ts
 * const { scores, ranks } = scoreTables(run);
 * ```
 */
export function scoreTables(run: PipelineRun): { scores: Table; ranks: Table | undefined } {
  const withName = (t: Table): Table => ({
    names: ['unit', 'name', ...t.names.slice(1)],
    columns: [
      t.columns[0] as ArrayLike<unknown>,
      run.units.map((u) => u.name),
      ...t.columns.slice(1),
    ],
    rowCount: t.rowCount,
  });
  const scores = withName(runTable(run, 'scores'));
  if (!run.ranks) return { scores, ranks: undefined };
  const ranks = withName(runTable(run, 'ranks'));
  const names = [...ranks.names];
  const columns = [...ranks.columns];
  for (const [group, byKey] of run.groupRanks ?? []) {
    names.push(group);
    columns.push(run.units.map((u) => u.groups?.[group] ?? null));
    for (const [key, values] of byKey) {
      names.push(`${key}_rank_in_${group}`);
      columns.push(values);
    }
  }
  return { scores, ranks: { names, columns, rowCount: ranks.rowCount } };
}

/**
 * The sheets of `takar score --out scores.xlsx`: `skor` and, when the run ranked, `peringkat`.
 * Node codes stay as they are; unit, name and the like are in the workbook's language. Sheet names
 * are Indonesian whatever the language, as in every workbook Takar writes.
 *
 * @example
 * ```ts
 * const sheets = scoreSheets(runPipeline(framework, data));
 * ```
 */
export function scoreSheets(run: PipelineRun): SheetOut[] {
  const tables = scoreTables(run);
  const keep = tables.scores.names.slice(2);
  return [
    { name: 'skor', table: tables.scores, keep },
    ...(tables.ranks ? [{ name: 'peringkat', table: tables.ranks, keep }] : []),
  ];
}
