/**
 * Takes every occurrence of a repeatable valued flag (`--name value` or `--name=value`) out of
 * argv, so the rest can go to `parseArgs`, which keeps only the last value of a flag.
 *
 * @example
 * ```ts
 * takeRepeated(['--weight-noise', '2=0.25', '--weight-noise=3=0.1', '--runs', '9'], 'weight-noise');
 * // { values: ['2=0.25', '3=0.1'], rest: ['--runs', '9'] }
 * ```
 */
export function takeRepeated(
  argv: readonly string[],
  name: string,
): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === `--${name}`) {
      const v = argv[i + 1];
      if (v !== undefined && !v.startsWith('--')) {
        values.push(v);
        i++;
        continue;
      }
      rest.push(a); // let parseArgs report the missing value
    } else if (a.startsWith(`--${name}=`)) values.push(a.slice(name.length + 3));
    else rest.push(a);
  }
  return { values, rest };
}
