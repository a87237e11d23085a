import type { Dataset, Unit, Value } from '../schema/data.js';
import type { FrameworkTree } from '../framework/parse-framework.js';
import { issue, quoteCell, throwIfAny, type TakarIssue } from '../errors/index.js';
import { numberFormatHint, parseNumber, type NumberFormat } from './parse-number.js';
import type { Table } from './table.js';

/**
 * How to read a table into a dataset. Column roles not given are found as documented.
 *
 * @category I/O
 */
export interface TableReadOptions extends NumberFormat {
  /** Unit code column; default the first of `unit`, `uCode`, `code`, `kode`, `kode_wilayah`. */
  unit?: string;
  /**
   * Unit name column; default the first of `name`, `uName`, `nama`, `nama_wilayah`, `wilayah`
   * (else the code is the name).
   */
  name?: string;
  /** Year column; default the first of `year`, `Time`, `tahun`. */
  year?: string;
  /** Columns to leave out entirely (e.g. a row number `No`, or `luas_km2` not used). */
  ignore?: readonly string[];
  /** Group columns (text attributes such as province); default every non-numeric column left. */
  groups?: readonly string[];
  /** Denominator columns (numeric attributes); default the denominators the framework names. */
  denominators?: readonly string[];
  /** The year whose rows give unit attributes (groups, denominators) when a unit has several rows. */
  attributesYear?: number;
  /** Provenance recorded with the data. */
  source?: Dataset['source'];
}

const MAX_ISSUES = 100;

/**
 * Column names read as the unit code, first found wins (English, COINr, Indonesian).
 *
 * @category I/O
 */
export const UNIT_COLUMNS: readonly string[] = ['unit', 'uCode', 'code', 'kode', 'kode_wilayah'];
/**
 * Column names read as the unit name.
 *
 * @category I/O
 */
export const NAME_COLUMNS: readonly string[] = ['name', 'uName', 'nama', 'nama_wilayah', 'wilayah'];
/**
 * Column names read as the year.
 *
 * @category I/O
 */
export const YEAR_COLUMNS: readonly string[] = ['year', 'Time', 'tahun'];

/**
 * Reads a table (from CSV, JSON records, arquero or Arrow) into a dataset. Two layouts:
 * - **long**: columns `unit`, `indicator`, `value` (and optionally `year`, `name`, groups);
 * - **wide**: one row per unit (and year), one column per indicator — COINr's `data.csv` style
 *   (`uCode`, `uName`, `Time`, group and denominator columns, indicator columns) included.
 *
 * With a framework, wide columns that are indicators of it are indicators; numeric columns that are
 * neither indicators, groups nor denominators are reported (`data/unknown-indicator`) rather than
 * dropped. Text numbers are read with the explicit {@link NumberFormat}; a cell that is not a number
 * in that format is reported as `data/not-a-number` with its row and column.
 *
 * @example
 * ```ts
 * const data = datasetFromTable(parseCsv(text), tree, { decimal: ',', thousands: '.' });
 * ```
 *
 * @category I/O
 */
export function datasetFromTable(
  table: Table,
  tree: FrameworkTree | undefined,
  options: TableReadOptions = {},
): Dataset {
  const issues: TakarIssue[] = [];
  if (options.decimal && options.thousands && options.decimal === options.thousands) {
    throwIfAny([
      issue(
        'cli/usage',
        ['decimal'],
        `The decimal mark and the thousands separator are both "${options.decimal}"; they must differ.`,
      ),
    ]);
  }
  if (table.rowCount === 0)
    throwIfAny([
      issue(
        'data/empty',
        ['rows'],
        'The table has no data rows; add one row per unit (or per unit and indicator).',
      ),
    ]);
  const col = (name: string | undefined): ArrayLike<unknown> | undefined => {
    if (name === undefined) return undefined;
    const k = table.names.indexOf(name);
    return k < 0 ? undefined : table.columns[k];
  };
  const pick = (
    given: string | undefined,
    defaults: readonly string[],
    role: string,
    required: boolean,
  ): string | undefined => {
    if (given !== undefined) {
      if (!table.names.includes(given)) {
        issues.push(
          issue(
            'data/invalid',
            ['columns', given],
            `The ${role} column "${given}" is not in the table (it has ${table.names.join(', ')}).`,
          ),
        );
      }
      return given;
    }
    const found = defaults.find((d) => table.names.includes(d));
    if (!found && required) {
      issues.push(
        issue(
          'data/invalid',
          ['columns'],
          `No ${role} column found; name one ${defaults.map((d) => `"${d}"`).join(' or ')} (or pass its name: CLI --region-column <column>).`,
        ),
      );
    }
    return found;
  };
  const unitCol = pick(options.unit, UNIT_COLUMNS, 'unit code', true);
  const nameCol = pick(options.name, NAME_COLUMNS, 'unit name', false);
  const yearCol = pick(options.year, YEAR_COLUMNS, 'year', false);
  for (const c of options.ignore ?? [])
    if (!table.names.includes(c))
      issues.push(
        issue(
          'data/invalid',
          ['columns', c],
          `The column "${c}" to ignore is not in the table (it has ${table.names.join(', ')}).`,
        ),
      );
  throwIfAny(issues);
  const long = table.names.includes('indicator') && table.names.includes('value');
  const cellText = (v: unknown): string | undefined =>
    v === null || v === undefined ? undefined : String(v).trim();
  const unitOf = (row: number): string => {
    const u = unitCol === undefined ? undefined : cellText(col(unitCol)?.[row]);
    return u ? ` (unit ${quoteCell(u)})` : '';
  };
  const readNumber = (v: unknown, row: number, column: string): number | null | 'bad' => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) return v;
    } else if (typeof v === 'string') {
      const x = parseNumber(v, options);
      if (x !== undefined) return x;
    } else if (typeof v === 'bigint') return Number(v);
    if (issues.length < MAX_ISSUES) {
      const suggested = typeof v === 'string' ? numberFormatHint(v, options) : undefined;
      const hint = suggested
        ? ` As written, ${suggested}.`
        : typeof v === 'string' && /\d[.,]\d/.test(v)
          ? ` If the file writes decimals with a comma or groups thousands, set the decimal mark and thousands separator (CLI: --decimal , --thousands .).`
          : ' Write a number, or leave the cell empty for missing.';
      issues.push(
        issue(
          'data/not-a-number',
          ['rows', row, column],
          `Cell ${quoteCell(v)} in row ${row + 1}, column "${column}"${unitOf(row)} is not a finite number.${hint}`,
        ),
      );
    }
    return 'bad';
  };
  const readYear = (r: number): number | undefined | 'bad' => {
    const y = col(yearCol)?.[r];
    if (y === null || y === undefined || y === '') return undefined;
    const n = typeof y === 'number' ? y : Number(String(y).trim());
    if (!Number.isInteger(n)) {
      issues.push(
        issue(
          'data/invalid',
          ['rows', r, yearCol as string],
          `Year ${quoteCell(y)} in row ${r + 1} is not a whole number.`,
        ),
      );
      return 'bad';
    }
    return n;
  };

  const denominatorNames = new Set(options.denominators ?? []);
  if (!options.denominators && tree) {
    for (const n of tree.framework.nodes)
      if (n.denominator && table.names.includes(n.denominator)) denominatorNames.add(n.denominator);
  }
  const indicatorSet = new Set(tree?.indicators ?? []);
  const reserved = new Set(
    [unitCol, nameCol, yearCol, 'indicator', 'value', ...(options.ignore ?? [])].filter(
      (x): x is string => x !== undefined,
    ),
  );
  const isNumericColumn = (k: number): boolean => {
    const c = table.columns[k] as ArrayLike<unknown>;
    let any = false;
    for (let r = 0; r < table.rowCount; r++) {
      const v = c[r];
      if (v === null || v === undefined) continue;
      if (typeof v === 'number') {
        any = true;
        continue;
      }
      const x = parseNumber(String(v), options);
      if (x === undefined) return false;
      if (x !== null) any = true;
    }
    return any;
  };
  const groupNames: string[] = [...(options.groups ?? [])];
  const indicatorCols: string[] = [];
  table.names.forEach((name, k) => {
    if (reserved.has(name) || denominatorNames.has(name) || groupNames.includes(name)) return;
    if (!long && indicatorSet.has(name)) {
      indicatorCols.push(name);
      return;
    }
    if (long && !options.groups) {
      groupNames.push(name);
      return;
    }
    if (options.groups && long) return;
    if (!isNumericColumn(k)) {
      if (!options.groups) groupNames.push(name);
      return;
    }
    if (!tree && !long) {
      indicatorCols.push(name);
      return;
    }
    issues.push(
      issue(
        'data/unknown-indicator',
        ['columns', name],
        `Column "${name}" holds numbers but is not an indicator of framework "${tree?.framework.id ?? ''}"; add it to the framework, or declare it as a denominator, group or ignored column (CLI: --group-columns ${name} or --ignore-columns ${name}).`,
      ),
    );
  });
  throwIfAny(issues);

  const unitCells = col(unitCol) as ArrayLike<unknown>;
  const units = new Map<string, Unit>();
  const unitYear = new Map<string, number | undefined>();
  const values: Value[] = [];
  const seenRow = new Map<string, number>();
  for (let r = 0; r < table.rowCount; r++) {
    const code = cellText(unitCells[r]);
    if (!code) {
      issues.push(
        issue(
          'data/invalid',
          ['rows', r, unitCol as string],
          `Row ${r + 1} has no unit code; fill in the "${unitCol}" column.`,
        ),
      );
      continue;
    }
    const year = readYear(r);
    if (year === 'bad') continue;
    if (!long) {
      const key = `${code}\u0000${year ?? ''}`;
      const prev = seenRow.get(key);
      if (prev !== undefined) {
        issues.push(
          issue(
            'data/duplicate-unit',
            ['rows', r, unitCol as string],
            `Unit "${code}"${year === undefined ? '' : ` (${year})`} appears in rows ${prev + 1} and ${r + 1}; keep one row per unit${yearCol ? ' and year' : ''}.`,
          ),
        );
        continue;
      }
      seenRow.set(key, r);
    }
    const takeAttributes =
      !units.has(code) ||
      (options.attributesYear !== undefined &&
        year === options.attributesYear &&
        unitYear.get(code) !== year);
    if (takeAttributes) {
      const unit: Unit = { code, name: cellText(col(nameCol)?.[r]) || code };
      // Null-prototype records: a column named "__proto__" is a key like any other.
      const groups: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const g of groupNames) {
        const v = cellText(col(g)?.[r]);
        if (v !== undefined && v !== '' && v !== 'NA') groups[g] = v;
      }
      if (Object.keys(groups).length) unit.groups = groups;
      const dens: Record<string, number> = Object.create(null) as Record<string, number>;
      for (const d of denominatorNames) {
        const x = readNumber(col(d)?.[r], r, d);
        if (typeof x === 'number') dens[d] = x;
      }
      if (Object.keys(dens).length) unit.denominators = dens;
      units.set(code, unit);
      unitYear.set(code, year);
    }
    const push = (indicator: string, raw: unknown, column: string): void => {
      const x = readNumber(raw, r, column);
      if (x === 'bad') return;
      values.push(
        year === undefined
          ? { unit: code, indicator, value: x }
          : { unit: code, indicator, year, value: x },
      );
    };
    if (long) {
      const ind = cellText(col('indicator')?.[r]);
      if (!ind) {
        issues.push(
          issue('data/invalid', ['rows', r, 'indicator'], `Row ${r + 1} has no indicator code.`),
        );
        continue;
      }
      push(ind, col('value')?.[r], 'value');
    } else {
      for (const name of indicatorCols) push(name, col(name)?.[r], name);
    }
    if (issues.length >= MAX_ISSUES) break;
  }
  throwIfAny(issues);
  const dataset: Dataset = { units: [...units.values()], values };
  if (options.source) dataset.source = options.source;
  return dataset;
}
