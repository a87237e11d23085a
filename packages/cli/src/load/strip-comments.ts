/**
 * Drops `#` comment lines at the top of a CSV text (the example data files open with one saying
 * the data is illustrative). Only leading lines are dropped: a `#` later is data.
 *
 * @example
 * ```ts
 * stripLeadingComments('# note\nunit,a\nu1,1\n'); // 'unit,a\nu1,1\n'
 * ```
 */
export function stripLeadingComments(text: string): string {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (text.charCodeAt(start) === 35 /* # */) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  return start === 0 ? text : text.slice(start);
}
