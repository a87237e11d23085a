import type { Dataset } from '../schema/data.js';
import { imputeNeedsPanel } from '../methods/imputers.js';
import type { ResultsDocument } from '../schema/results.js';
import { lookup } from './results-lookup.js';

/**
 * Rebuilds scoring inputs from a results document: its framework, pipeline, year and a dataset of
 * its units' raw values, to rescore it with other settings (e.g. normalised across years). Returns
 * `{ ok: false, reason }` when that cannot reproduce the run: denominated indicators (the
 * denominators are not in the results), imputation from other years, or a document written
 * without its raw values (`raw: false`, `takar score` without `--raw`).
 *
 * @example
 * ```ts
 * const inputs = rescoreInputs(results);
 * if (inputs.ok) score(inputs.framework, inputs.data, { pipeline: inputs.pipeline });
 * ```
 *
 * @category Analyse
 */
export function rescoreInputs(results: ResultsDocument):
  | {
      ok: true;
      framework: ResultsDocument['framework'];
      data: Dataset;
      pipeline: ResultsDocument['pipeline'];
      year: number | undefined;
    }
  | { ok: false; reason: string } {
  const p = results.pipeline;
  if (p.denominate)
    return {
      ok: false,
      reason: 'the results were denominated and do not carry the denominators; pass the data',
    };
  if (imputeNeedsPanel(p.impute?.method)) {
    return {
      ok: false,
      reason: 'the results imputed from other years, which they do not carry; pass the data',
    };
  }
  if (results.columns.length > 0 && !results.columns.some((c) => c.raw !== undefined))
    return {
      ok: false,
      reason:
        'the results do not carry the raw values; write them with takar score --raw (score(…, { raw: true }) keeps them by default), or pass the data',
    };
  const year = results.year ?? undefined;
  const values: Dataset['values'] = [];
  for (const u of lookup(results).rows) {
    for (const [indicator, value] of Object.entries(u.raw ?? {}) as [string, number | null][]) {
      values.push(
        year === undefined
          ? { unit: u.unit, indicator, value }
          : { unit: u.unit, indicator, year, value },
      );
    }
  }
  const data: Dataset = {
    units: lookup(results).rows.map((u) =>
      u.groups ? { code: u.unit, name: u.name, groups: u.groups } : { code: u.unit, name: u.name },
    ),
    values,
  };
  return { ok: true, framework: results.framework, data, pipeline: results.pipeline, year };
}
