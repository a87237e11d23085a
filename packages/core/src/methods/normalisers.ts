/*
 * The normalisers: one entry per method (OECD/JRC Handbook 2008, step 5; COINr `Normalise`).
 * Adding a normaliser: its function in src/normalise/, its name in NORMALISE_METHODS and its entry
 * in NORMALISER_TABLE below (CONTRIBUTING.md, "Adding a method").
 */
import type { NormaliseSpec } from '../schema/pipeline.js';
import { issue, type IssuePath, type TakarIssue } from '../errors/index.js';
import { mean } from '../stats/mean.js';
import { sd } from '../stats/sd.js';
import { borda } from '../normalise/borda.js';
import { dist2max } from '../normalise/dist2max.js';
import { dist2ref } from '../normalise/dist2ref.js';
import { dist2targ } from '../normalise/dist2targ.js';
import { fracmax } from '../normalise/fracmax.js';
import { goalposts } from '../normalise/goalposts.js';
import { minmax } from '../normalise/minmax.js';
import { prank } from '../normalise/prank.js';
import { rankScores } from '../normalise/rank-scores.js';
import { zscore } from '../normalise/zscore.js';
import { MethodFamily, methodNames, type MethodEntry } from './method-family.js';

/**
 * The shipped normalisation methods, in the order of the schema, the help and the docs.
 *
 * @category Score
 */
export const NORMALISE_METHODS = [
  'none',
  'minmax',
  'zscore',
  'rank',
  'prank',
  'borda',
  'fracmax',
  'dist2max',
  'dist2ref',
  'dist2targ',
  'goalposts',
] as const;

/**
 * The normalisation names the pipeline schema accepts (the table's, plus any a test registered).
 *
 * @internal
 */
export const NORMALISE_NAMES: Set<string> = methodNames(NORMALISE_METHODS);

/**
 * What a normaliser gets besides the column: the indicator it works on.
 *
 * @category Score
 */
export interface NormaliseInput {
  /** Indicator code, for messages. */
  readonly code: string;
  /** The column as given, before the direction was applied. */
  readonly raw: Float64Array;
  /** +1 higher is better, −1 lower is better. */
  readonly direction: 1 | -1;
  readonly target?: number | undefined;
  readonly goalposts?: readonly [number, number] | undefined;
  /** Row of the reference unit for `dist2ref`, or −1 when it is not in the data. */
  readonly referenceIndex?: number | undefined;
  /** Where the spec came from, for issue paths. */
  readonly at: IssuePath;
}

/**
 * Parameters fixed once from all years of a panel (`normalise.across: 'years'`).
 *
 * @category Score
 */
export interface NormalisePooling {
  /** The two parameters from the pooled, direction-adjusted values of every year. */
  params(pool: Float64Array): [number, number];
  /** Whether they can scale (a range, a positive sd). */
  usable(params: readonly [number, number]): boolean;
  /** The column on the scale of all years. */
  apply(x: Float64Array, spec: NormaliseSpec, params: readonly [number, number]): Float64Array;
}

/**
 * A normaliser's table entry.
 *
 * @category Score
 */
export interface NormaliserEntry extends MethodEntry<NormaliseSpec> {
  /**
   * Normalises a direction-adjusted column (x × direction). Returns the column, `null` when the
   * column has no range (reported as `data/zero-range`), or the issue that prevents it.
   */
  readonly run: (
    x: Float64Array,
    spec: NormaliseSpec,
    ind: NormaliseInput,
  ) => Float64Array | null | TakarIssue;
  /**
   * Across years: `fixed` when the method gives every year the same scale already (goalposts,
   * none), the pooling when its parameters can be pooled; absent when it cannot (ranks of a year).
   */
  readonly across?: 'fixed' | NormalisePooling;
}

function numbers(text: string, count: number, fail: (m: string) => never): number[] {
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== count || parts.some((x) => !Number.isFinite(x)))
    fail(`--normalise expects ${count} numbers separated by a comma; got "${text}".`);
  return parts;
}

const range =
  (method: 'minmax' | 'goalposts') =>
  (arg: string | undefined, fail: (m: string) => never): NormaliseSpec =>
    arg === undefined ? { method } : { method, range: numbers(arg, 2, fail) as [number, number] };

const linear = (kind: 'minmax' | 'zscore'): NormalisePooling => ({
  params(pool) {
    if (kind === 'zscore') return [mean(pool), sd(pool)];
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of pool) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    return [lo, hi];
  },
  usable: (p) => (kind === 'minmax' ? p[1] > p[0] : p[1] > 0),
  apply(x, spec, [a, b]) {
    const out = new Float64Array(x.length);
    if (kind === 'minmax') {
      const [lo, hi] = spec.range ?? [0, 100];
      for (let i = 0; i < x.length; i++)
        out[i] = lo + (((x[i] as number) - a) / (b - a)) * (hi - lo);
    } else {
      const [m, s] = spec.meanSd ?? [0, 1];
      for (let i = 0; i < x.length; i++) out[i] = (((x[i] as number) - a) / b) * s + m;
    }
    return out;
  },
});

const capParam = {
  field: 'cap',
  description: {
    id: 'batasi skor pada 1 (bawaan false, seperti COINr)',
    en: 'cap scores at 1 (default false, as COINr)',
  },
};
/** Whether every present value of a column is 0 (and at least one is present). */
function allZero(x: Float64Array): boolean {
  let present = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (Number.isNaN(v)) continue;
    if (v !== 0) return false;
    present++;
  }
  return present > 0;
}

const rangeParam = {
  field: 'range',
  description: {
    id: 'rentang keluaran [rendah, tinggi], bawaan [0, 100]',
    en: 'output range [low, high], default [0, 100]',
  },
};

/**
 * The normalisers, by name.
 *
 * @category Score
 */
export const NORMALISER_TABLE: {
  readonly [N in (typeof NORMALISE_METHODS)[number]]: Omit<NormaliserEntry, 'name'>;
} = {
  none: {
    description: {
      id: 'nilai apa adanya (dikali arah), untuk skala tingkat seperti kematangan SPBE 1–5',
      en: 'values as they are (times the direction), for level scales such as SPBE maturity 1–5',
    },
    params: [],
    needs: [],
    cli: { syntax: 'none', example: 'none' },
    doc: {
      method: '`none`',
      formula: '_x_ · direction (level scales such as SPBE maturity 1–5)',
      source: '—',
    },
    run: (x, _spec, ind) => (ind.direction === 1 ? ind.raw.slice() : x),
    across: 'fixed',
  },
  minmax: {
    description: {
      id: 'min-maks ke rentang [rendah, tinggi]',
      en: 'min-max onto the range [low, high]',
    },
    params: [rangeParam],
    needs: [{ id: 'nilai yang tidak semuanya sama', en: 'values that are not all equal' }],
    cli: {
      syntax: 'minmax[:lo,hi]',
      example: 'minmax:0,100',
      parse: /* @__PURE__ */ range('minmax'),
    },
    doc: {
      method: '`minmax` (range [_l_, _h_], default [0, 100])',
      formula: '(_x_ − min)/(max − min) · (_h_ − _l_) + _l_',
      source: 'Handbook step 5 (min-max); COINr `n_minmax`',
    },
    run: (x, spec) => minmax(x, spec.range ?? [0, 100]),
    across: /* @__PURE__ */ linear('minmax'),
  },
  zscore: {
    description: {
      id: 'skor-z: dikurangi rata-rata, dibagi simpangan baku, lalu ke rata-rata dan simpangan baku yang diminta',
      en: 'z-score: minus the mean, over the sd, then onto the requested mean and sd',
    },
    params: [
      {
        field: 'meanSd',
        description: {
          id: 'rata-rata dan simpangan baku keluaran (simpangan baku > 0), bawaan [0, 1]',
          en: 'output mean and sd (sd > 0), default [0, 1]',
        },
      },
    ],
    needs: [{ id: 'nilai yang tidak semuanya sama', en: 'values that are not all equal' }],
    cli: {
      syntax: 'zscore[:mean,sd]',
      example: 'zscore:10,2',
      parse(arg, fail) {
        if (arg === undefined) return { method: 'zscore' };
        const [m, s] = numbers(arg, 2, fail) as [number, number];
        if (!(s > 0)) fail('The z-score sd must be positive.');
        return { method: 'zscore', meanSd: [m, s] };
      },
    },
    doc: {
      method: '`zscore` (mean _m_, sd _s_, default 0, 1)',
      formula: '(_x_ − mean)/sd · _s_ + _m_, sd with _n_ − 1',
      source: 'Handbook step 5 (standardisation); COINr `n_zscore`',
    },
    run: (x, spec) => zscore(x, spec.meanSd ?? [0, 1]),
    across: /* @__PURE__ */ linear('zscore'),
  },
  rank: {
    description: {
      id: 'peringkat naik (nilai terkecil 1)',
      en: 'ascending rank (the smallest value is 1)',
    },
    params: [],
    needs: [],
    cli: { syntax: 'rank', example: 'rank' },
    doc: {
      method: '`rank`',
      formula: 'ascending rank, ties share the lowest rank (R `rank(ties = "min")`)',
      source: 'COINr `n_rank`',
    },
    run: (x) => rankScores(x),
  },
  prank: {
    description: { id: 'peringkat persentil, 0–1', en: 'percentile rank, 0–1' },
    params: [],
    needs: [],
    cli: { syntax: 'prank', example: 'prank' },
    doc: { method: '`prank`', formula: '(rank − 1)/(_n_ − 1)', source: 'COINr `n_prank`' },
    run: (x) => prank(x),
  },
  borda: {
    description: { id: 'skor Borda: peringkat − 1', en: 'Borda score: rank − 1' },
    params: [],
    needs: [],
    cli: { syntax: 'borda', example: 'borda' },
    doc: {
      method: '`borda`',
      formula: 'rank − 1',
      source: 'Handbook step 6 (Borda); COINr `n_borda`',
    },
    run: (x) => borda(x),
  },
  fracmax: {
    description: {
      id: 'bagian dari nilai tertinggi: x / maks',
      en: 'fraction of the maximum: x / max',
    },
    params: [],
    needs: [],
    cli: { syntax: 'fracmax', example: 'fracmax' },
    doc: { method: '`fracmax`', formula: '_x_ / max', source: 'COINr `n_fracmax`' },
    run(x, _spec, ind) {
      // An all-zero column is 0 / 0 for every unit: an error, never a silent column of nulls.
      // (A larger spread with a maximum of 0 gives ±Infinity as in R, and is kept.)
      if (allZero(x))
        return issue(
          'data/zero-max',
          ['values'],
          `Indicator "${ind.code}" is 0 for every unit, so fracmax (x / max) would divide 0 by 0; give it another normalisation (e.g. "none"), or remove it.`,
        );
      return fracmax(x);
    },
  },
  dist2max: {
    description: {
      id: 'jarak ke nilai tertinggi: 1 − (maks − x) / (maks − min)',
      en: 'distance to the maximum: 1 − (max − x) / (max − min)',
    },
    params: [],
    needs: [{ id: 'nilai yang tidak semuanya sama', en: 'values that are not all equal' }],
    cli: { syntax: 'dist2max', example: 'dist2max' },
    doc: {
      method: '`dist2max`',
      formula: '1 − (max − _x_)/(max − min)',
      source: 'Handbook step 5 (distance to the leader); COINr `n_dist2max`',
    },
    run: (x) => dist2max(x),
  },
  dist2ref: {
    description: {
      id: 'jarak ke unit rujukan: 1 − (x_ref − x) / (x_ref − min)',
      en: 'distance to a reference unit: 1 − (x_ref − x) / (x_ref − min)',
    },
    params: [
      {
        field: 'reference',
        description: {
          id: 'kode unit rujukan; harus ada dalam data',
          en: "the reference unit's code; it must be in the data",
        },
      },
      capParam,
    ],
    needs: [{ id: 'unit rujukan dalam data', en: 'the reference unit in the data' }],
    cli: {
      syntax: 'dist2ref:<unit>',
      example: 'dist2ref:AUT',
      parse(arg, fail) {
        if (!arg) fail('--normalise dist2ref needs the reference unit: dist2ref:<unit code>.');
        return { method: 'dist2ref', reference: arg };
      },
    },
    doc: {
      method: '`dist2ref` (unit _r_)',
      formula: '1 − (_x_r_ − _x_)/(_x_r_ − min); optional cap at 1',
      source: 'Handbook step 5 (distance to a reference); COINr `n_dist2ref`',
    },
    run(x, spec, ind) {
      if (ind.referenceIndex === undefined || ind.referenceIndex < 0)
        return issue(
          'pipeline/unknown-reference-unit',
          [...ind.at, 'reference'],
          `Normalisation dist2ref of "${ind.code}" refers to unit "${spec.reference ?? ''}", which is not in the data; name a unit code that is.`,
        );
      return dist2ref(x, ind.referenceIndex, spec.cap ?? false);
    },
  },
  dist2targ: {
    description: {
      id: 'jarak ke target indikator: (x − min) / (target − min)',
      en: "distance to the indicator's target: (x − min) / (target − min)",
    },
    params: [capParam],
    needs: [{ id: '`target` pada setiap indikator', en: 'a `target` on every indicator' }],
    cli: {
      syntax: 'dist2targ[:cap]',
      example: 'dist2targ:cap',
      parse(arg, fail) {
        if (arg === undefined) return { method: 'dist2targ' };
        if (arg === 'cap') return { method: 'dist2targ', cap: true };
        return fail(`--normalise dist2targ takes only ":cap"; got "${arg}".`);
      },
    },
    doc: {
      method: '`dist2targ` (node `target` _T_)',
      formula:
        '(_x_ − min)/(_T_′ − min) with _T_′ = _T_ · direction, i.e. (max − _x_)/(max − _T_) in original units for direction −1; **no cap** unless `cap: true`',
      source: 'COINr `n_dist2targ`',
    },
    run(x, spec, ind) {
      if (ind.target === undefined)
        return issue(
          'pipeline/missing-target',
          [...ind.at, 'method'],
          `Indicator "${ind.code}" has no target, which dist2targ needs; add \`target\` to the indicator or choose another normalisation.`,
        );
      return dist2targ(x, ind.target * ind.direction, spec.cap ?? false);
    },
  },
  goalposts: {
    description: {
      id: 'di antara batas bawah dan atas (goalposts) indikator, dipotong ke [0, 1] (kecuali untruncated), lalu ke rentang',
      en: "between the indicator's goalposts, truncated to [0, 1] (unless untruncated), then onto the range",
    },
    params: [
      rangeParam,
      {
        field: 'truncate',
        description: {
          id: 'potong ke batas (bawaan true); false membiarkan nilai di luar batas (COINr trunc2posts = FALSE)',
          en: 'clamp to the goalposts (default true); false lets values beyond them through (COINr trunc2posts = FALSE)',
        },
      },
    ],
    needs: [{ id: '`goalposts` pada setiap indikator', en: '`goalposts` on every indicator' }],
    cli: {
      syntax: 'goalposts[:lo,hi][:untruncated]',
      example: 'goalposts:0,1:untruncated',
      parse: (arg, fail) => {
        // Goalposts clamp to [low, high] as COINr's trunc2posts does, unless `untruncated`.
        const parts = arg === undefined ? [] : arg.split(':');
        const untruncated = parts[parts.length - 1] === 'untruncated';
        if (untruncated) parts.pop();
        if (parts.length > 1) fail(`use goalposts[:lo,hi][:untruncated]; got "goalposts:${arg}".`);
        return {
          method: 'goalposts',
          ...(parts[0] !== undefined
            ? { range: numbers(parts[0], 2, fail) as [number, number] }
            : {}),
          ...(untruncated ? { truncate: false } : {}),
        };
      },
    },
    doc: {
      method: '`goalposts` (node `goalposts` [_L_, _H_], output range [_l_, _h_])',
      formula:
        '_y_ = (_x_ − _L_)/(_H_ − _L_) (direction −1: (_H_ − _x_)/(_H_ − _L_)), truncated to [0, 1] unless `truncate: false`, then _l_ + _y_(_h_ − _l_)',
      source: 'UNDP HDI technical notes; COINr `n_goalposts`',
    },
    run(_x, spec, ind) {
      if (!ind.goalposts)
        return issue(
          'pipeline/missing-goalposts',
          [...ind.at, 'method'],
          `Indicator "${ind.code}" has no goalposts, which goalpost normalisation needs; add \`goalposts: [low, high]\` to the indicator.`,
        );
      return goalposts(
        ind.raw,
        ind.goalposts,
        spec.range ?? [0, 100],
        ind.direction,
        spec.truncate ?? true,
      );
    },
    across: 'fixed',
  },
};

/**
 * The normalisers, in table order: their names, parameters, needs, CLI syntax and descriptions.
 *
 * @example
 * ```ts
 * NORMALISERS.names(); // ['none', 'minmax', 'zscore', …]
 * NORMALISERS.get('minmax')?.cli.syntax; // 'minmax[:lo,hi]'
 * ```
 *
 * @category Score
 */
export const NORMALISERS: MethodFamily<NormaliserEntry> = /* @__PURE__ */ new MethodFamily(
  'normalise',
  'normalisation',
  NORMALISE_METHODS,
  NORMALISER_TABLE,
  NORMALISE_NAMES,
);
