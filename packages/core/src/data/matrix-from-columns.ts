import { safeParseKeepingProto } from '../schema/keep-proto.js';
import { UnitSchema, type Dataset, type Unit } from '../schema/data.js';
import { z } from 'zod';
import type { FrameworkTree } from '../framework/parse-framework.js';
import { fromZodError, issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import type { DataMatrix } from './parse-dataset.js';

/**
 * Typed columns for {@link matrixFromColumns}: units and one column per indicator, in unit order.
 *
 * @category Score
 */
export interface ColumnData {
  units: readonly Unit[];
  /** Indicator code → values (NaN = missing), one per unit. */
  columns: ReadonlyMap<string, Float64Array> | Readonly<Record<string, Float64Array>>;
  year?: number | null;
  source?: Dataset['source'];
}

/**
 * Builds a {@link DataMatrix} straight from typed columns — for data that is already columnar
 * (Arrow, a simulation, a previous run) — checking units, that every indicator has a column of the
 * right length, and that values are finite or NaN. `score` and `runPipeline` accept the result in
 * place of a dataset, skipping the per-value validation of long JSON.
 *
 * @example
 * ```ts
 * const m = matrixFromColumns({ units: [{ code: 'u1', name: 'Satu' }], columns: { a: Float64Array.of(3) } }, tree);
 * score(framework, m);
 * ```
 *
 * @category Score
 */
export function matrixFromColumns(data: ColumnData, tree: FrameworkTree): DataMatrix {
  const units = safeParseKeepingProto(z.array(UnitSchema).min(1), data.units);
  if (!units.success) throwIfAny(fromZodError(units.error, 'data/invalid', ['units']));
  const issues: TakarIssue[] = [];
  const seen = new Set<string>();
  data.units.forEach((u, i) => {
    if (seen.has(u.code))
      issues.push(
        issue(
          'data/duplicate-unit',
          ['units', i, 'code'],
          `Unit code "${u.code}" appears more than once; keep one row per unit.`,
        ),
      );
    seen.add(u.code);
  });
  const get = (code: string): Float64Array | undefined =>
    data.columns instanceof Map
      ? data.columns.get(code)
      : (data.columns as Record<string, Float64Array>)[code];
  const indicators = new Set(tree.indicators);
  const keys = data.columns instanceof Map ? [...data.columns.keys()] : Object.keys(data.columns);
  for (const k of keys) {
    if (!indicators.has(k))
      issues.push(
        issue(
          'data/unknown-indicator',
          ['columns', k],
          `Column "${k}" is not an indicator of framework "${tree.framework.id}"; add it to the framework or drop it.`,
        ),
      );
  }
  const columns = new Map<string, Float64Array>();
  for (const code of tree.indicators) {
    const col = get(code);
    if (!col) {
      issues.push(
        issue('data/no-values', ['columns', code], `Indicator "${code}" has no column; add one.`),
      );
      continue;
    }
    if (col.length !== data.units.length) {
      issues.push(
        issue(
          'data/invalid',
          ['columns', code],
          `Column "${code}" has ${col.length} values for ${data.units.length} units; give one value per unit.`,
        ),
      );
      continue;
    }
    let present = 0;
    for (let i = 0; i < col.length; i++) {
      const x = col[i] as number;
      if (x === x) {
        present++;
        if (x === Infinity || x === -Infinity) {
          issues.push(
            issue(
              'data/not-a-number',
              ['columns', code, i],
              `Value ${x} of "${code}" for unit "${data.units[i]?.code}" is not finite; use NaN for missing.`,
            ),
          );
          break;
        }
      }
    }
    if (present === 0)
      issues.push(
        issue(
          'data/no-values',
          ['columns', code],
          `Indicator "${code}" has no values; add them, or remove the indicator from the framework.`,
        ),
      );
    columns.set(code, col);
  }
  throwIfAny(issues);
  const dataset: Dataset = { units: [...data.units], values: [] };
  if (data.source) dataset.source = data.source;
  return { dataset, year: data.year ?? null, units: data.units.map((u) => u.code), columns };
}
