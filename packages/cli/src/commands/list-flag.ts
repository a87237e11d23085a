/**
 * Splits `a,b,c` into trimmed, non-empty parts.
 *
 * @example
 * ```ts
 * listFlag(' a, b ,,c'); // ['a', 'b', 'c']
 * ```
 */
export function listFlag(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
