import { safeParseKeepingProto } from '../schema/keep-proto.js';
import { z } from 'zod';
import { SourceSchema, UnitSchema, type Dataset, type Unit } from '../schema/data.js';
import type { FrameworkTree } from '../framework/parse-framework.js';
import { fromZodError, issue, throwIfAny, type TakarIssue } from '../errors/index.js';

/**
 * A dataset checked against a framework, as a unit × indicator matrix for one year.
 *
 * @category Score
 */
export interface DataMatrix {
  readonly dataset: Dataset;
  /** The year of the matrix, or `null` when values carry no year. */
  readonly year: number | null;
  /** Unit codes, in input order (rows). */
  readonly units: readonly string[];
  /** One column per indicator of the framework (NaN = missing). */
  readonly columns: ReadonlyMap<string, Float64Array>;
  /** Every year of the data, for panel imputation: years ascending and one column per year. */
  readonly panel?: PanelColumns;
}

/**
 * The indicator columns of every year of a dataset, rows aligned with the unit list.
 *
 * @category Score
 */
export interface PanelColumns {
  readonly years: readonly number[];
  readonly columns: ReadonlyMap<string, readonly Float64Array[]>;
}

/**
 * Options of {@link parseDataset}.
 *
 * @category Score
 */
export interface ParseDatasetOptions {
  /** Also build the columns of every year (needed by `latest` / `linear` imputation). */
  panel?: boolean;
}

const HeadSchema = z.object({
  units: z.array(UnitSchema).min(1, 'The data has no units; add at least one unit'),
  values: z.array(z.unknown()),
  source: SourceSchema.optional(),
});

const CODE_RE = /^[A-Za-z0-9_.-]+$/;

/**
 * Validates a dataset against a framework and builds the matrix for one year; throws a
 * {@link TakarError} listing every problem. Values are checked by hand rather than by zod so that
 * half a million cells validate in milliseconds; the rules are those of `DatasetSchema`, and
 * `NaN`, `Infinity` or text in a value is reported as `data/not-a-number` with its path.
 *
 * @example
 * ```ts
 * const m = parseDataset({ units: [{ code: 'u1', name: 'Satu' }],
 *   values: [{ unit: 'u1', indicator: 'a', value: 3 }] }, parseFramework(framework));
 * m.columns.get('a'); // Float64Array [3]
 * ```
 *
 * @category Score
 */
export function parseDataset(
  input: unknown,
  tree: FrameworkTree,
  year?: number,
  options: ParseDatasetOptions = {},
): DataMatrix {
  const head = safeParseKeepingProto(HeadSchema, input);
  if (!head.success) {
    const issues = fromZodError(head.error, 'data/invalid');
    const empty = issues.find((i) => i.path.length === 1 && i.path[0] === 'units');
    throwIfAny(empty ? [{ ...empty, code: 'data/empty' }] : issues);
  }
  const { units, values: rawValues, source } = head.data as z.infer<typeof HeadSchema>;
  const issues: TakarIssue[] = [];
  const row = new Map<string, number>();
  units.forEach((u, i) => {
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
  if (rawValues.length === 0) {
    issues.push(
      issue(
        'data/empty',
        ['values'],
        'The data has no values; add rows of unit, indicator, year and value.',
      ),
    );
  }
  const indicatorIndex = new Map(tree.indicators.map((c, k) => [c, k]));
  // One pass validates and records each value's row, indicator, year and number in typed arrays;
  // a second fills the matrix. No per-value objects or strings are made on the way.
  const count = rawValues.length;
  const rowOf = new Int32Array(count).fill(-1);
  const indOf = new Int32Array(count);
  const yearOf = new Float64Array(count);
  const valueOf = new Float64Array(count);
  const years = new Set<number | null>();
  const reportedIndicators = new Set<string>();
  const goodCodes = new Set<string>();
  const isCode = (c: unknown): boolean => {
    if (typeof c !== 'string') return false;
    if (goodCodes.has(c)) return true;
    if (!CODE_RE.test(c)) return false;
    goodCodes.add(c);
    return true;
  };
  for (let i = 0; i < count; i++) {
    const v = rawValues[i];
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      issues.push(
        issue(
          'data/invalid',
          ['values', i],
          'Each value must be an object { unit, indicator, year?, value }.',
        ),
      );
      continue;
    }
    const o = v as Record<string, unknown>;
    let bad = false;
    for (const key of ['unit', 'indicator'] as const) {
      const c = o[key];
      if (!isCode(c)) {
        issues.push(
          issue(
            'data/invalid',
            ['values', i, key],
            `\`${key}\` must be a code (letters, digits, "_", "-", "."); got ${JSON.stringify(c)}.`,
          ),
        );
        bad = true;
      }
    }
    const y = o.year;
    if (y !== undefined && y !== null && !(typeof y === 'number' && Number.isInteger(y))) {
      issues.push(
        issue(
          'data/invalid',
          ['values', i, 'year'],
          `\`year\` must be a whole number; got ${JSON.stringify(y)}.`,
        ),
      );
      bad = true;
    }
    const x = o.value;
    if (x !== null && (typeof x !== 'number' || !Number.isFinite(x))) {
      const shown = typeof x === 'number' ? String(x) : JSON.stringify(x);
      issues.push(
        issue(
          'data/not-a-number',
          ['values', i, 'value'],
          `Value ${shown} for "${String(o.unit)}"/"${String(o.indicator)}" is not a finite number; write a number, or null for missing.`,
        ),
      );
      bad = true;
    }
    if (bad) continue;
    const r = row.get(o.unit as string);
    if (r === undefined) {
      issues.push(
        issue(
          'data/unknown-unit',
          ['values', i, 'unit'],
          `Unit "${String(o.unit)}" is not in the unit list; add it to \`units\`.`,
        ),
      );
      continue;
    }
    const k = indicatorIndex.get(o.indicator as string);
    if (k === undefined) {
      const ind = o.indicator as string;
      if (!reportedIndicators.has(ind)) {
        reportedIndicators.add(ind);
        issues.push(
          issue(
            'data/unknown-indicator',
            ['values', i, 'indicator'],
            `Indicator "${ind}" is not in framework "${tree.framework.id}"; add it to the framework or remove these values.`,
          ),
        );
      }
      continue;
    }
    const yr = typeof y === 'number' ? y : null;
    years.add(yr);
    rowOf[i] = r;
    indOf[i] = k;
    yearOf[i] = yr ?? NaN;
    valueOf[i] = x === null ? NaN : (x as number);
  }
  throwIfAny(issues);

  const yearList = [...years];
  let chosen: number | null = year ?? null;
  if (year === undefined) {
    if (yearList.length > 1) {
      const shown = yearList.map((y) => (y === null ? 'none' : y)).join(', ');
      issues.push(
        issue(
          'data/mixed-years',
          ['values'],
          `The data has several years (${shown}); choose one with the \`year\` option (CLI: --year).`,
        ),
      );
    } else chosen = yearList[0] ?? null;
  } else if (!years.has(year)) {
    issues.push(
      issue(
        'data/unknown-year',
        ['values'],
        yearList.every((y) => y === null)
          ? `Year ${year} was asked for, but the data has no years (no year column or field); drop the year option (CLI: --year), or add a year to every value.`
          : `Year ${year} is not in the data (it has ${yearList.filter((y) => y !== null).join(', ')}); pick one of those.`,
      ),
    );
  }
  throwIfAny(issues);

  const n = units.length;
  const panelYears = options.panel
    ? (yearList.filter((y) => y !== null) as number[]).sort((a, b) => a - b)
    : [];
  const usePanel = options.panel === true && panelYears.length > 0;
  const slotYears: (number | null)[] = usePanel ? panelYears : [chosen];
  const slots = slotYears.length;
  const grid = tree.indicators.map(() =>
    Array.from({ length: slots }, () => new Float64Array(n).fill(NaN)),
  );
  const seen = tree.indicators.map(() => new Uint8Array(n * slots));
  for (let i = 0; i < count; i++) {
    const r = rowOf[i] as number;
    if (r < 0) continue;
    const yv = yearOf[i] as number;
    const yr = yv === yv ? yv : null;
    const slot = usePanel ? panelYears.indexOf(yr as number) : yr === chosen ? 0 : -1;
    if (slot < 0) continue;
    const k = indOf[i] as number;
    const mark = seen[k] as Uint8Array;
    if (mark[slot * n + r]) {
      const unit = units[r]?.code ?? '';
      issues.push(
        issue(
          'data/duplicate-value',
          ['values', i],
          `Unit "${unit}" has two values for "${tree.indicators[k]}"${yr === null ? '' : ` in ${yr}`}; keep one.`,
        ),
      );
      continue;
    }
    mark[slot * n + r] = 1;
    ((grid[k] as Float64Array[])[slot] as Float64Array)[r] = valueOf[i] as number;
  }
  const chosenSlot = usePanel ? panelYears.indexOf(chosen as number) : 0;
  const columns = new Map<string, Float64Array>();
  tree.indicators.forEach((code, k) =>
    columns.set(code, (grid[k] as Float64Array[])[Math.max(0, chosenSlot)] as Float64Array),
  );
  if (issues.length === 0) {
    for (const [code, col] of columns) {
      let any = false;
      for (let i = 0; i < col.length; i++) {
        if (col[i] === col[i]) {
          any = true;
          break;
        }
      }
      if (!any) {
        issues.push(
          issue(
            'data/no-values',
            ['values'],
            `Indicator "${code}" has no values${chosen === null ? '' : ` for ${chosen}`}; add them, or remove the indicator from the framework.`,
          ),
        );
      }
    }
  }
  throwIfAny(issues);
  const values = rawValues as Dataset['values'];
  const dataset: Dataset = { units: units as Unit[], values };
  if (source) dataset.source = source;
  const matrix: DataMatrix = { dataset, year: chosen, units: units.map((u) => u.code), columns };
  if (usePanel) {
    const panelColumns = new Map<string, readonly Float64Array[]>();
    tree.indicators.forEach((code, k) => panelColumns.set(code, grid[k] as Float64Array[]));
    return { ...matrix, panel: { years: panelYears, columns: panelColumns } };
  }
  return matrix;
}
