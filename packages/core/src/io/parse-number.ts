/**
 * How numbers are written in a text source. Nothing is guessed: set these for the file at hand.
 *
 * @category I/O
 */
export interface NumberFormat {
  /** Decimal mark; default `.`. Indonesian spreadsheets often use `,`. */
  decimal?: '.' | ',';
  /** Thousands separator, removed before reading (e.g. `.` in `1.234,5`); default none. */
  thousands?: '.' | ',' | ' ' | "'" | '';
  /** Cell texts that mean "missing"; default `''` and `NA`. */
  missing?: readonly string[];
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DEFAULT_MISSING = ['', 'NA'];

/**
 * Reads a number written as text with an explicit format. Returns `null` for a missing-value token
 * and `undefined` when the text is not a number in this format (so the caller can report it with
 * the cell's place): `1,5` is not a number unless `decimal: ','`, `1.234` with `thousands: '.'`
 * is 1234, and `NaN`, `Inf`, `1e400` (beyond the largest double) or `abc` are never numbers.
 *
 * @example
 * ```ts
 * parseNumber('1.234,5', { decimal: ',', thousands: '.' }); // 1234.5
 * parseNumber('1,5'); // undefined — set decimal: ','
 * parseNumber(''); // null
 * ```
 *
 * @category I/O
 */
export function parseNumber(text: string, format: NumberFormat = {}): number | null | undefined {
  const t = text.trim();
  if ((format.missing ?? DEFAULT_MISSING).includes(t)) return null;
  const decimal = format.decimal ?? '.';
  const thousands = format.thousands ?? '';
  let s = t;
  if (thousands) {
    if (s.includes(thousands)) {
      const [intPart, ...rest] = s.split(decimal);
      if (rest.length > 1 || !groupedOk(intPart ?? '', thousands)) return undefined;
      s = (intPart ?? '').split(thousands).join('') + (rest.length ? decimal + rest[0] : '');
    }
  }
  if (decimal === ',') {
    if (s.includes('.')) return undefined;
    s = s.replace(',', '.');
  } else if (s.includes(',')) return undefined;
  if (!NUMBER.test(s)) return undefined;
  // "1e400" is well formed but overflows to Infinity: not a finite number, so not a number here.
  const x = Number(s);
  return Number.isFinite(x) ? x : undefined;
}

function groupedOk(intPart: string, sep: string): boolean {
  const body = intPart.replace(/^[+-]/, '');
  const groups = body.split(sep);
  if (groups.length === 1) return true;
  if (!/^\d{1,3}$/.test(groups[0] ?? '')) return false;
  return groups.slice(1).every((g) => /^\d{3}$/.test(g));
}
