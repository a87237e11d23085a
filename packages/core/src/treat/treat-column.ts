import { checkSkewKurt, type SkewKurtCheck } from './check-skew-kurt.js';
import { logCt } from './log-ct.js';
import { winsorise } from './winsorise.js';

/**
 * Settings of {@link treatColumn}.
 *
 * @category Score
 */
export interface TreatColumnOptions {
  /** Maximum points to winsorise; default 5. */
  winmax?: number;
  skewMax?: number;
  kurtMax?: number;
  /** `default`: check, winsorise, log fallback; `log`: always log-transform; `none`: leave as is. */
  mode?: 'default' | 'log' | 'none';
}

/**
 * What {@link treatColumn} did to a column, in COINr's terms (`Dets_Table`).
 *
 * @category Score
 */
export interface TreatDetails {
  /** The check before treatment. */
  check0: SkewKurtCheck;
  /** Points winsorised (absent when the column passed at once). */
  nwin?: number;
  /** The check after winsorisation. */
  check1?: SkewKurtCheck;
  /** Set when the log transform of the original column was used. */
  log?: boolean;
  /** The check after the log transform. */
  check2?: SkewKurtCheck;
  /**
   * Winsorised rows: row → `winhi` or `winlo`. When `log` is set every present value was
   * log-transformed instead, and the points record which ones the failed winsorisation touched.
   */
  points: Map<number, string>;
}

/**
 * Treats outliers in one column with the JRC two-step procedure (JRC practice, as in COINr
 * `Treat` with its defaults): if the column fails the skewness/kurtosis rule, winsorise up to
 * `winmax` points; if it still fails, log-transform the **original** column instead (`log_CT`).
 *
 * @example
 * ```ts
 * const { column, details } = treatColumn(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 100));
 * details.nwin; // 1
 * ```
 *
 * @category Score
 */
export function treatColumn(
  column: Float64Array,
  options: TreatColumnOptions = {},
): { column: Float64Array; details: TreatDetails } {
  const { winmax = 5, skewMax = 2, kurtMax = 3.5, mode = 'default' } = options;
  const check0 = checkSkewKurt(column, skewMax, kurtMax);
  const blank = (): Map<number, string> => new Map();
  // Untreated columns are returned as they are (columns are never modified in place).
  if (mode === 'none') return { column, details: { check0, points: blank() } };
  if (mode === 'log') {
    const logged = logCt(column);
    return {
      column: logged,
      details: {
        check0,
        log: true,
        check2: checkSkewKurt(logged, skewMax, kurtMax),
        points: blank(),
      },
    };
  }
  if (check0.pass) return { column, details: { check0, points: blank() } };
  const w = winsorise(column, winmax, skewMax, kurtMax);
  const check1 = checkSkewKurt(w.column, skewMax, kurtMax);
  if (check1.pass)
    return { column: w.column, details: { check0, nwin: w.nwin, check1, points: w.points } };
  const logged = logCt(column);
  return {
    column: logged,
    details: {
      check0,
      nwin: w.nwin,
      check1,
      log: true,
      check2: checkSkewKurt(logged, skewMax, kurtMax),
      points: w.points,
    },
  };
}
