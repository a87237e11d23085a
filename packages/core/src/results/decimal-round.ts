/*
 * Decimal-correct rounding, as a spreadsheet shows numbers.
 *
 * Official Indonesian scores are computed in spreadsheets and published to two decimals. Binary
 * floating point cannot hold most decimals exactly, so a sum the spreadsheet shows as 3.475 may be
 * 3.4749999999999996 in JavaScript, and `Math.round(x * 100) / 100` then gives 3.47 where the
 * published figure is 3.48 (Kota Jambi, Smart City 2024). The rule here:
 *
 *   1. read x as the decimal with 15 significant digits (the precision Excel and LibreOffice
 *      display and compare with), which removes the representation error of a few ulps;
 *   2. round that decimal half away from zero to `digits` decimals (spreadsheet ROUND), in decimal
 *      digits, never by multiplying in binary.
 *
 */

/**
 * The decimal a spreadsheet would show for `x`: `x` read with 15 significant digits.
 *
 * @example
 * ```ts
 * decimalCorrect(0.1 + 0.2); // 0.3
 * decimalCorrect(3.4749999999999996); // 3.475
 * ```
 *
 * @category Results
 */
export function decimalCorrect(x: number): number {
  if (!Number.isFinite(x)) return x;
  return Number(x.toPrecision(15));
}

/**
 * Rounds `x` half away from zero to `digits` decimals, treating `x` as the 15-significant-digit
 * decimal a spreadsheet shows (see the rule at the top of this file). `NaN` and infinities pass
 * through; `digits` must be an integer from 0 to 14.
 *
 * @example
 * ```ts
 * roundHalfUpDecimal(3.4749999999999996, 2); // 3.48 (Math.round gives 3.47)
 * roundHalfUpDecimal(1.005, 2); // 1.01
 * roundHalfUpDecimal(-2.5, 0); // -3
 * ```
 *
 * @category Results
 */
export function roundHalfUpDecimal(x: number, digits = 2): number {
  if (!Number.isInteger(digits) || digits < 0 || digits > 14) {
    throw new RangeError(`digits must be an integer from 0 to 14, got ${digits}`);
  }
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const negative = x < 0;
  // "d.dddddddddddddde±n": 15 significant digits, the value is 0.D × 10^(n + 1).
  const [mantissa, exp] = Math.abs(x).toExponential(14).split('e') as [string, string];
  const allDigits = mantissa.replace('.', '');
  const keep = Number(exp) + 1 + digits;
  if (keep >= allDigits.length) return decimalCorrect(x);
  if (keep < 0) return 0;
  let kept = keep === 0 ? 0n : BigInt(allDigits.slice(0, keep));
  if (allDigits.charCodeAt(keep) - 48 >= 5) kept += 1n;
  if (kept === 0n) return 0;
  const result = Number(`${kept}e-${digits}`);
  return negative ? -result : result;
}
