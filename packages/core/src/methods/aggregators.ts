/*
 * The aggregators: one entry per method (OECD/JRC Handbook 2008, step 6; COINr `Aggregate`).
 * Adding an aggregator: its function in src/aggregate/, its name in AGGREGATE_METHODS and its entry
 * in AGGREGATOR_TABLE below (CONTRIBUTING.md, "Adding a method").
 */
import type { AggregateSpec } from '../schema/pipeline.js';
import { amean } from '../aggregate/amean.js';
import { copeland } from '../aggregate/copeland.js';
import { gmean } from '../aggregate/gmean.js';
import { hmean } from '../aggregate/hmean.js';
import { pmean } from '../aggregate/pmean.js';
import { MethodFamily, methodNames, type MethodEntry } from './method-family.js';

/**
 * The shipped aggregation methods, in the order of the schema, the help and the docs.
 *
 * @category Score
 */
export const AGGREGATE_METHODS = ['amean', 'gmean', 'hmean', 'pmean', 'copeland'] as const;

/**
 * The aggregation names the pipeline schema accepts (the table's, plus any a test registered).
 *
 * @internal
 */
export const AGGREGATE_NAMES: Set<string> = methodNames(AGGREGATE_METHODS);

/**
 * An aggregator's table entry.
 *
 * @category Score
 */
export interface AggregatorEntry extends MethodEntry<AggregateSpec> {
  /**
   * Combines the children's columns for every unit, skipping missing children and renormalising
   * the weights; a unit with fewer than `minAvailable` (share by count) children present is missing.
   */
  readonly run: (
    children: readonly Float64Array[],
    weights: readonly number[],
    spec: AggregateSpec,
    minAvailable: number,
  ) => Float64Array;
  /** Whether the method needs every child value above 0 with these parameters. */
  readonly needsPositive: (spec: AggregateSpec) => boolean;
}

const positive = { id: 'nilai di atas 0', en: 'values above 0' };

/**
 * The aggregators, by name.
 *
 * @category Score
 */
export const AGGREGATOR_TABLE: {
  readonly [N in (typeof AGGREGATE_METHODS)[number]]: Omit<AggregatorEntry, 'name'>;
} = {
  amean: {
    description: {
      id: 'rata-rata hitung berbobot (bawaan)',
      en: 'weighted arithmetic mean (the default)',
    },
    params: [],
    needs: [],
    cli: { syntax: 'amean', example: 'amean' },
    doc: {
      method: '`amean`',
      formula: 'Σ _w_c x_c_ / Σ _w_c_',
      source: 'Handbook step 6 (linear aggregation); COINr `a_amean`',
    },
    run: (children, weights, _spec, min) => amean(children, weights, min),
    needsPositive: () => false,
  },
  gmean: {
    description: { id: 'rata-rata geometrik berbobot', en: 'weighted geometric mean' },
    params: [],
    needs: [positive],
    cli: { syntax: 'gmean', example: 'gmean' },
    doc: {
      method: '`gmean`',
      formula:
        'exp(Σ _w_c_ ln _x_c_ / Σ _w_c_); needs every _x_c_ > 0, else `pipeline/non-positive-for-geometric`',
      source: 'Handbook step 6 (geometric aggregation); COINr `a_gmean`',
    },
    run: (children, weights, _spec, min) => gmean(children, weights, min),
    needsPositive: () => true,
  },
  hmean: {
    description: { id: 'rata-rata harmonik berbobot', en: 'weighted harmonic mean' },
    params: [],
    needs: [positive],
    cli: { syntax: 'hmean', example: 'hmean' },
    doc: {
      method: '`hmean`',
      formula: 'Σ _w_c_ / Σ (_w_c_ / _x_c_); needs _x_c_ > 0',
      source: 'COINr `a_hmean`',
    },
    run: (children, weights, _spec, min) => hmean(children, weights, min),
    needsPositive: () => true,
  },
  pmean: {
    description: {
      id: 'rata-rata pangkat berbobot dengan eksponen p (1 hitung, 0 geometrik, −1 harmonik)',
      en: 'weighted power mean with exponent p (1 arithmetic, 0 geometric, −1 harmonic)',
    },
    params: [
      {
        field: 'p',
        description: {
          id: 'eksponen; untuk p ≤ 0 nilai harus di atas 0',
          en: 'the exponent; for p ≤ 0 values must be above 0',
        },
      },
    ],
    needs: [{ id: 'nilai di atas 0 bila p ≤ 0', en: 'values above 0 when p ≤ 0' }],
    cli: {
      syntax: 'pmean:<p>',
      example: 'pmean:2',
      parse(arg, fail) {
        const p = Number(arg);
        if (arg === undefined || arg.trim() === '' || !Number.isFinite(p))
          fail('--aggregate pmean needs an exponent: pmean:<p>.');
        return { method: 'pmean', p };
      },
    },
    doc: {
      method: '`pmean` (_p_)',
      formula: '(Σ _w_c x_c^p_ / Σ _w_c_)^{1/_p_}; _p_ = 0 is `gmean`; _p_ ≤ 0 needs _x_c_ > 0',
      source: 'generalised mean (Decancq & Lugo 2013); COINr `a_genmean`',
    },
    run: (children, weights, spec, min) => pmean(children, weights, spec.p ?? 1, min),
    needsPositive: (spec) => (spec.p ?? 1) <= 0,
  },
  copeland: {
    description: {
      id: 'skor Copeland dari perbandingan berpasangan (tidak kompensatoris)',
      en: 'Copeland scores from pairwise comparisons (non-compensatory)',
    },
    params: [],
    needs: [],
    cli: { syntax: 'copeland', example: 'copeland' },
    doc: {
      method: '`copeland`',
      formula:
        'for each other unit _v_: the weighted share of children where _u_ beats _v_ (ties count ½); > ½ scores +1, < ½ −1; the score is the sum',
      source: 'Handbook step 6 (non-compensatory multi-criteria); COINr `a_copeland`',
    },
    run: (children, weights, _spec, min) => copeland(children, weights, min),
    needsPositive: () => false,
  },
};

/**
 * The aggregators, in table order.
 *
 * @example
 * ```ts
 * AGGREGATORS.get('pmean')?.cli.syntax; // 'pmean:<p>'
 * ```
 *
 * @category Score
 */
export const AGGREGATORS: MethodFamily<AggregatorEntry> = /* @__PURE__ */ new MethodFamily(
  'aggregate',
  'aggregation',
  AGGREGATE_METHODS,
  AGGREGATOR_TABLE,
  AGGREGATE_NAMES,
);
