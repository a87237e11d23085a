/**
 * Data availability of one unit across indicators (COINr `get_data_avail`).
 *
 * @category Score
 */
export interface UnitAvailability {
  unit: string;
  /** Indicators without a value. */
  nMissing: number;
  /** Indicators with the value 0. */
  nZero: number;
  nMissOrZero: number;
  /** 1 − nMissing / indicators. */
  dataAvailability: number;
  /** 1 − nZero / present indicators. */
  nonZero: number;
}

/**
 * Counts, for each unit (row), the missing and zero values across the given columns.
 *
 * @example
 * ```ts
 * dataAvailability(['a', 'b'], [Float64Array.of(1, NaN), Float64Array.of(0, 2)])[1]?.dataAvailability; // 0.5
 * ```
 *
 * @category Score
 */
export function dataAvailability(
  units: readonly string[],
  columns: readonly Float64Array[],
): UnitAvailability[] {
  const k = columns.length;
  return units.map((unit, r) => {
    let nMissing = 0;
    let nZero = 0;
    for (const col of columns) {
      const x = col[r] as number;
      if (Number.isNaN(x)) nMissing++;
      else if (x === 0) nZero++;
    }
    return {
      unit,
      nMissing,
      nZero,
      nMissOrZero: nMissing + nZero,
      dataAvailability: 1 - nMissing / k,
      nonZero: 1 - nZero / (k - nMissing),
    };
  });
}
