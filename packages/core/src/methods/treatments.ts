/*
 * The outlier treatments: one entry per method (JRC practice; COINr `Treat`), and the settings
 * they share. Adding a treatment: its function in src/treat/, its name in TREAT_METHODS and its
 * entry in TREATMENT_TABLE below (CONTRIBUTING.md, "Adding a method").
 */
import type { TreatSpec } from '../schema/pipeline.js';
import { treatColumn, type TreatDetails } from '../treat/treat-column.js';
import { MethodFamily, methodNames, type MethodEntry, type MethodText } from './method-family.js';

/**
 * The shipped treatments, in the order of the schema, the help and the docs.
 *
 * @category Score
 */
export const TREAT_METHODS = ['none', 'default', 'log'] as const;

/**
 * The treatment names the pipeline schema accepts (the table's, plus any a test registered).
 *
 * @internal
 */
export const TREAT_NAMES: Set<string> = methodNames(TREAT_METHODS);

/**
 * The thresholds every treatment is checked with, defaults filled.
 *
 * @category Score
 */
export interface TreatSettings {
  readonly winmax: number;
  readonly skewMax: number;
  readonly kurtMax: number;
}

/**
 * A treatment's table entry.
 *
 * @category Score
 */
export interface TreatmentEntry extends MethodEntry<TreatSpec> {
  /** `true` for `none`: the indicator is left as it is. */
  readonly passThrough?: boolean;
  /** Treats one column; never changes the input. */
  readonly run: (
    column: Float64Array,
    settings: TreatSettings,
  ) => { column: Float64Array; details: TreatDetails };
}

/**
 * A setting shared by the treatments, written `<key>=<value>` on the command line.
 *
 * @category Score
 */
export interface TreatSetting {
  /** The key on the command line (`winmax`). */
  readonly key: string;
  /** The spec field it sets. */
  readonly field: 'winmax' | 'skewMax' | 'kurtMax';
  /** `winmax=<n>`. */
  readonly syntax: string;
  readonly description: MethodText;
  /** The value, or `undefined` when the text is not one. */
  readonly parse: (text: string) => number | undefined;
}

/**
 * The settings of the treatments (the JRC rule and the winsorisation limit).
 *
 * @category Score
 */
export const TREAT_SETTINGS: readonly TreatSetting[] = [
  {
    key: 'winmax',
    field: 'winmax',
    syntax: 'winmax=<n>',
    description: {
      id: 'paling banyak titik yang di-winsorise per indikator, bilangan bulat ≥ 0; bawaan 5',
      en: 'most points winsorised per indicator, a whole number ≥ 0; default 5',
    },
    parse: (t) => (/^\d+$/.test(t) ? Number(t) : undefined),
  },
  {
    key: 'skew',
    field: 'skewMax',
    syntax: 'skew=<x>',
    description: {
      id: 'ambang |kemencengan|, di atas 0; bawaan 2',
      en: 'threshold on |skewness|, above 0; default 2',
    },
    parse: (t) => (t.trim() !== '' && Number(t) > 0 ? Number(t) : undefined),
  },
  {
    key: 'kurt',
    field: 'kurtMax',
    syntax: 'kurt=<x>',
    description: { id: 'ambang kurtosis; bawaan 3,5', en: 'threshold on kurtosis; default 3.5' },
    parse: (t) => (t.trim() !== '' && Number.isFinite(Number(t)) ? Number(t) : undefined),
  },
];

/**
 * The treatments, by name.
 *
 * @category Score
 */
export const TREATMENT_TABLE: {
  readonly [N in (typeof TREAT_METHODS)[number]]: Omit<TreatmentEntry, 'name'>;
} = {
  none: {
    description: { id: 'tanpa perlakuan (bawaan)', en: 'no treatment (the default)' },
    params: [],
    needs: [],
    cli: { syntax: 'none', example: 'none' },
    doc: { method: '`none`', formula: 'the column as it is', source: '—' },
    passThrough: true,
    run: (column, s) => treatColumn(column, { ...s, mode: 'none' }),
  },
  default: {
    description: {
      id: 'bila |kemencengan| ≥ 2 dan kurtosis ≥ 3,5: winsorise hingga winmax titik, bila masih gagal log',
      en: '|skew| ≥ 2 and kurtosis ≥ 3.5: winsorise up to winmax points, else log',
    },
    params: /* @__PURE__ */ TREAT_SETTINGS.map((s) => ({
      field: s.field,
      description: s.description,
    })),
    needs: [],
    cli: { syntax: 'default', example: 'default' },
    doc: {
      method: '`default` (`winmax`, `skewMax`, `kurtMax`)',
      formula:
        'if |*G*₁| ≥ `skewMax` and *G*₂ ≥ `kurtMax`: winsorise one point at a time up to `winmax`; if it still fails, log-transform the original column instead',
      source: 'JRC practice; COINr `Treat` (`winsorise`, then `log_CT`)',
    },
    run: (column, s) => treatColumn(column, { ...s, mode: 'default' }),
  },
  log: {
    description: {
      id: 'selalu transformasi log: ln(x − min + 0,01 (maks − min))',
      en: 'always log-transform: ln(x − min + 0.01 (max − min))',
    },
    params: [],
    needs: [],
    cli: { syntax: 'log', example: 'log' },
    doc: {
      method: '`log`',
      formula: "_x'_ = ln(_x_ − min + 0.01 (max − min)), order-preserving, defined for any sign",
      source: 'COINr `log_CT`',
    },
    run: (column, s) => treatColumn(column, { ...s, mode: 'log' }),
  },
};

/**
 * The treatments, in table order.
 *
 * @example
 * ```ts
 * TREATMENTS.names(); // ['none', 'default', 'log']
 * ```
 *
 * @category Score
 */
export const TREATMENTS: MethodFamily<TreatmentEntry> = /* @__PURE__ */ new MethodFamily(
  'treat',
  'treatment',
  TREAT_METHODS,
  TREATMENT_TABLE,
  TREAT_NAMES,
);
