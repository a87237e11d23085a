/** 16 digits with optional separators: the shape of a NIK, which a message must never repeat. */
const NIK_SHAPED = /(?:\d[\s.-]?){15}\d/;

/**
 * How many characters of a cell a message quotes.
 *
 * @category I/O
 */
export const QUOTE_LIMIT = 80;

/**
 * A cell's text as a message quotes it: in JSON quotes, cut to {@link QUOTE_LIMIT} characters with
 * the full length said (a 5 MB cell must not make a 5 MB message), and a NIK-shaped value replaced
 * by a note, so that no message ever repeats a personal identifier.
 *
 * @example
 * ```ts
 * quoteCell('1e400'); // '"1e400"'
 * quoteCell('x'.repeat(1000)); // '"xxx…xxx…" (1000 characters)'
 * quoteCell('3273010101900001'); // 'a value shaped like a 16-digit NIK (not shown)'
 * ```
 *
 * @category I/O
 */
export function quoteCell(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  if (NIK_SHAPED.test(text.slice(0, 4096))) return 'a value shaped like a 16-digit NIK (not shown)';
  if (text.length <= QUOTE_LIMIT) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, QUOTE_LIMIT) + '…')} (${text.length} characters)`;
}
