/*
 * The imputers: one entry per method (OECD/JRC Handbook 2008, step 3; COINr `Impute`).
 * Adding an imputer: its function in src/impute/, its name in IMPUTE_METHODS and its entry in
 * IMPUTER_TABLE below (CONTRIBUTING.md, "Adding a method").
 */
import type { ImputeSpec } from '../schema/pipeline.js';
import { imputeColumn } from '../impute/impute-column.js';
import { imputePanel } from '../impute/impute-panel.js';
import { MethodFamily, methodNames, type MethodEntry } from './method-family.js';

/**
 * The shipped imputation methods, in the order of the schema, the help and the docs.
 *
 * @category Score
 */
export const IMPUTE_METHODS = [
  'none',
  'mean',
  'median',
  'group-mean',
  'group-median',
  'latest',
  'linear',
] as const;

/**
 * The imputation names the pipeline schema accepts (the table's, plus any a test registered).
 *
 * @internal
 */
export const IMPUTE_NAMES: Set<string> = methodNames(IMPUTE_METHODS);

/**
 * What an imputer gets besides the column.
 *
 * @category Score
 */
export interface ImputeInput {
  /** Each unit's value of the spec's `group` column (methods that use `group`). */
  readonly groups?: readonly (string | undefined)[];
  /** The indicator's column in every year of the panel, rows aligned (methods that use `panel`). */
  readonly series?: readonly Float64Array[];
  /** The years of `series`, ascending. */
  readonly years?: readonly number[];
  /** Index in `years` of the year being filled. */
  readonly at?: number;
}

/**
 * An imputer's table entry.
 *
 * @category Score
 */
export interface ImputerEntry extends MethodEntry<ImputeSpec> {
  /**
   * What the stage must give it: `group` (the units' group column, checked first), `panel` (the
   * other years of the data, which must have several), or nothing.
   */
  readonly uses?: 'group' | 'panel';
  /** `true` for `none`: the stage leaves the data as it is and records no details. */
  readonly passThrough?: boolean;
  /** Fills the missing values of one column; never changes the input. */
  readonly run: (column: Float64Array, spec: ImputeSpec, input: ImputeInput) => Float64Array;
}

const groupArg =
  (method: 'group-mean' | 'group-median') =>
  (arg: string | undefined, fail: (m: string) => never): ImputeSpec => {
    if (!arg) fail(`--impute ${method} needs a group column: ${method}:<column>.`);
    return { method, group: arg };
  };
const groupParam = {
  field: 'group',
  description: {
    id: 'kolom kelompok unit (mis. provinsi); unit tanpa kelompok tetap kosong',
    en: 'the unit group column (e.g. province); units without a group stay missing',
  },
};
const panel = { id: 'data beberapa tahun', en: 'data of several years' };
const series = (input: ImputeInput, method: 'latest' | 'linear'): Float64Array =>
  imputePanel(input.series ?? [], input.years ?? [], input.at ?? 0, method);

/**
 * The imputers, by name.
 *
 * @category Score
 */
export const IMPUTER_TABLE: {
  readonly [N in (typeof IMPUTE_METHODS)[number]]: Omit<ImputerEntry, 'name'>;
} = {
  none: {
    description: {
      id: 'nilai kosong tetap kosong (bawaan)',
      en: 'missing values stay missing (the default)',
    },
    params: [],
    needs: [],
    cli: { syntax: 'none', example: 'none' },
    doc: { method: '`none`', formula: 'missing values stay missing', source: '—' },
    passThrough: true,
    run: (column) => column,
  },
  mean: {
    description: {
      id: 'rata-rata indikator atas semua unit',
      en: 'the mean of the indicator over all units',
    },
    params: [],
    needs: [],
    cli: { syntax: 'mean', example: 'mean' },
    doc: {
      method: '`mean`',
      formula: 'the mean of the present values of the column',
      source: 'Handbook step 3 (unconditional mean imputation); COINr `i_mean`',
    },
    run: (column) => imputeColumn(column, 'mean'),
  },
  median: {
    description: {
      id: 'median indikator atas semua unit',
      en: 'the median of the indicator over all units',
    },
    params: [],
    needs: [],
    cli: { syntax: 'median', example: 'median' },
    doc: {
      method: '`median`',
      formula: 'the median of the present values of the column',
      source: 'Handbook step 3 (unconditional median imputation); COINr `i_median`',
    },
    run: (column) => imputeColumn(column, 'median'),
  },
  'group-mean': {
    description: { id: 'rata-rata dalam kelompok unit', en: "the mean within the unit's group" },
    params: [groupParam],
    needs: [{ id: 'kolom kelompok pada unit', en: 'a group column on the units' }],
    cli: {
      syntax: 'group-mean:<column>',
      example: 'group-mean:province',
      parse: /* @__PURE__ */ groupArg('group-mean'),
    },
    doc: {
      method: '`group-mean` (`group`)',
      formula:
        "the mean of the present values of the unit's group; no group, or no data in it: stays missing",
      source: 'COINr `i_mean_grp`',
    },
    uses: 'group',
    run: (column, _spec, input) => imputeColumn(column, 'group-mean', input.groups),
  },
  'group-median': {
    description: { id: 'median dalam kelompok unit', en: "the median within the unit's group" },
    params: [groupParam],
    needs: [{ id: 'kolom kelompok pada unit', en: 'a group column on the units' }],
    cli: {
      syntax: 'group-median:<column>',
      example: 'group-median:province',
      parse: /* @__PURE__ */ groupArg('group-median'),
    },
    doc: {
      method: '`group-median` (`group`)',
      formula:
        "the median of the present values of the unit's group; no group, or no data in it: stays missing",
      source: 'COINr `i_median_grp`',
    },
    uses: 'group',
    run: (column, _spec, input) => imputeColumn(column, 'group-median', input.groups),
  },
  latest: {
    description: {
      id: 'nilai tahun sebelumnya yang terbaru dari unit yang sama',
      en: "the unit's most recent earlier year",
    },
    params: [],
    needs: [panel],
    cli: { syntax: 'latest', example: 'latest' },
    doc: {
      method: '`latest` (panels)',
      formula: "the most recent earlier year's value of the same unit",
      source: 'COINr `impute_panel`',
    },
    uses: 'panel',
    run: (_column, _spec, input) => series(input, 'latest'),
  },
  linear: {
    description: {
      id: 'interpolasi linear antara tahun terdekat sebelum dan sesudahnya',
      en: 'linear interpolation between the nearest earlier and later years',
    },
    params: [],
    needs: [panel],
    cli: { syntax: 'linear', example: 'linear' },
    doc: {
      method: '`linear` (panels)',
      formula:
        '_x_t_ = _x_a_ + (_x_b_ − _x_a_)(_t_ − _a_)/(_b_ − _a_) between the nearest earlier year _a_ and later year _b_, held constant beyond either end',
      source: 'COINr `impute_panel`',
    },
    uses: 'panel',
    run: (_column, _spec, input) => series(input, 'linear'),
  },
};

/**
 * The imputers, in table order.
 *
 * @example
 * ```ts
 * IMPUTERS.get('group-mean')?.cli.syntax; // 'group-mean:<column>'
 * ```
 *
 * @category Score
 */
export const IMPUTERS: MethodFamily<ImputerEntry> = /* @__PURE__ */ new MethodFamily(
  'impute',
  'imputation',
  IMPUTE_METHODS,
  IMPUTER_TABLE,
  IMPUTE_NAMES,
);

/**
 * Whether an imputation method fills values from other years, so the data must be read as a
 * panel (every year, not only the one scored).
 *
 * @example
 * ```ts
 * imputeNeedsPanel('linear'); // true
 * imputeNeedsPanel('mean'); // false
 * ```
 *
 * @category Score
 */
export function imputeNeedsPanel(method: string | undefined): boolean {
  return method !== undefined && IMPUTERS.get(method)?.uses === 'panel';
}
