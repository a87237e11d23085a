import { DatasetSchema, type Dataset } from '../schema/data.js';
import type { FrameworkTree } from '../framework/parse-framework.js';
import { fromZodError, issue, throwIfAny, type TakarIssue } from '../errors/index.js';

/** A dataset checked against a framework, as a unit × indicator matrix for one year. */
export interface DataMatrix {
  readonly dataset: Dataset;
  /** The year of the matrix, or `null` when values carry no year. */
  readonly year: number | null;
  /** Unit codes, in input order (rows). */
  readonly units: readonly string[];
  /** One column per indicator of the framework (NaN = missing). */
  readonly columns: ReadonlyMap<string, Float64Array>;
}

/**
 * Validates a dataset against a framework and builds the matrix for one year; throws a
 * {@link TakarError} listing every problem.
 */
export function parseDataset(input: unknown, tree: FrameworkTree, year?: number): DataMatrix {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) throwIfAny(fromZodError(parsed.error, 'data/invalid'));
  const dataset = parsed.data as Dataset;
  const issues: TakarIssue[] = [];
  const row = new Map<string, number>();
  dataset.units.forEach((u, i) => {
    if (row.has(u.code)) {
      issues.push(
        issue(
          'data/duplicate-unit',
          ['units', i, 'code'],
          `Unit code "${u.code}" appears more than once; keep one row per unit.`,
        ),
      );
    } else row.set(u.code, i);
  });
  if (dataset.values.length === 0) {
    issues.push(
      issue(
        'data/empty',
        ['values'],
        'The data has no values; add rows of unit, indicator, year and value.',
      ),
    );
  }
  const years = [...new Set(dataset.values.map((v) => v.year ?? null))];
  let chosen: number | null = year ?? null;
  if (year === undefined) {
    if (years.length > 1) {
      issues.push(
        issue(
          'data/mixed-years',
          ['values'],
          `The data has several years (${years.join(', ')}); choose one with the \`year\` option.`,
        ),
      );
    } else chosen = years[0] ?? null;
  } else if (!years.includes(year)) {
    issues.push(
      issue(
        'data/unknown-year',
        ['values'],
        `Year ${year} is not in the data (it has ${years.join(', ')}).`,
      ),
    );
  }
  const indicators = new Set(tree.indicators);
  const n = dataset.units.length;
  const columns = new Map<string, Float64Array>();
  for (const code of tree.indicators) columns.set(code, new Float64Array(n).fill(NaN));
  const seen = new Set<string>();
  dataset.values.forEach((v, i) => {
    if ((v.year ?? null) !== chosen) return;
    const r = row.get(v.unit);
    if (r === undefined) {
      issues.push(
        issue(
          'data/unknown-unit',
          ['values', i, 'unit'],
          `Unit "${v.unit}" is not in the unit list; add it to \`units\`.`,
        ),
      );
      return;
    }
    if (!indicators.has(v.indicator)) {
      issues.push(
        issue(
          'data/unknown-indicator',
          ['values', i, 'indicator'],
          `Indicator "${v.indicator}" is not in framework "${tree.framework.id}"; add it to the framework or remove these values.`,
        ),
      );
      return;
    }
    const key = `${v.unit}\u0000${v.indicator}`;
    if (seen.has(key)) {
      issues.push(
        issue(
          'data/duplicate-value',
          ['values', i],
          `Unit "${v.unit}" has two values for "${v.indicator}"${chosen === null ? '' : ` in ${chosen}`}; keep one.`,
        ),
      );
      return;
    }
    seen.add(key);
    if (v.value !== null && !Number.isFinite(v.value)) {
      issues.push(
        issue(
          'data/not-a-number',
          ['values', i, 'value'],
          `Value ${v.value} for "${v.unit}"/"${v.indicator}" is not a finite number; use null for missing.`,
        ),
      );
      return;
    }
    (columns.get(v.indicator) as Float64Array)[r] = v.value ?? NaN;
  });
  if (issues.length === 0) {
    for (const [code, col] of columns) {
      if (col.every((x) => Number.isNaN(x))) {
        issues.push(
          issue(
            'data/no-values',
            ['values'],
            `Indicator "${code}" has no values${chosen === null ? '' : ` for ${chosen}`}; add them or remove the indicator from the framework.`,
          ),
        );
      }
    }
  }
  throwIfAny(issues);
  return { dataset, year: chosen, units: dataset.units.map((u) => u.code), columns };
}
