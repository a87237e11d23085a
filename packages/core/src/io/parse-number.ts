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

/**
 * What to set when a cell is not a number in the stated format but reads as one in another:
 * `1,000` (comma thousands) suggests `--thousands ,`, `1.234.567` or `1.234,5` suggests
 * `--thousands . --decimal ,`, `12,5` suggests `--decimal ,`, `1 000` suggests
 * `--thousands space`. `undefined` when no format would read it (`abc`, `1e400`). The flag is the
 * CLI's; the API option is named beside it.
 *
 * @example
 * ```ts
 * numberFormatHint('1,000'); // 'it reads as 1000 with "," grouping thousands: give --thousands , (API: thousands: ",")'
 * ```
 */
export function numberFormatHint(text: string, format: NumberFormat = {}): string | undefined {
  const t = text.trim();
  const suggest = (f: NumberFormat, flags: string, api: string): string | undefined => {
    const x = parseNumber(t, f);
    return typeof x === 'number'
      ? `it reads as ${x} with ${flags.includes('thousands') ? `"${f.thousands}" grouping thousands` : `"${f.decimal}" as the decimal mark`}${f.decimal === ',' && flags.includes('thousands') ? ' and "," as the decimal mark' : ''}: give ${flags} (API: ${api})`
      : undefined;
  };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) && format.thousands !== ',')
    return suggest({ thousands: ',' }, '--thousands ,', 'thousands: ","');
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t))
    return suggest(
      { thousands: '.', decimal: ',' },
      '--thousands . --decimal ,',
      'thousands: ".", decimal: ","',
    );
  if (/^[+-]?\d{1,3}( \d{3})+(,\d+|\.\d+)?$/.test(t))
    return suggest(
      { thousands: ' ', ...(t.includes(',') ? { decimal: ',' as const } : {}) },
      `--thousands space${t.includes(',') ? ' --decimal ,' : ''}`,
      `thousands: " "${t.includes(',') ? ', decimal: ","' : ''}`,
    );
  if (/^[+-]?\d*,\d+$/.test(t) && format.decimal !== ',')
    return suggest({ decimal: ',' }, '--decimal ,', 'decimal: ","');
  return undefined;
}
