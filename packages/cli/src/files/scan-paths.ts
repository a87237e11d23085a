import type { OutputPath } from './check-outputs.js';

/**
 * Splits a command line into the paths it will write (`--out`, `--out-ranks`, `--out-records`, any
 * `--out-…`; `takar publish --out` and `takar studio --out` are folders) and every other value, which may be an input.
 * It reads the raw words, so it works for every command without knowing its flags.
 *
 * @example
 * ```ts
 * scanPaths('score', ['--data', 'd.csv', '--out', 'r.json']);
 * // { outputs: [{ flag: '--out', path: 'r.json', kind: 'file' }], inputs: ['d.csv'] }
 * ```
 */
export function scanPaths(
  command: string,
  argv: readonly string[],
): { outputs: OutputPath[]; inputs: string[] } {
  const outputs: OutputPath[] = [];
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) {
      inputs.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    let value: string | undefined;
    if (eq >= 0) value = a.slice(eq + 1);
    else if (argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith('--'))
      value = argv[++i];
    if (value === undefined || value === '') continue;
    if (name === 'out' || name.startsWith('out-'))
      outputs.push({
        flag: `--${name}`,
        path: value,
        kind: (command === 'publish' || command === 'studio') && name === 'out' ? 'folder' : 'file',
      });
    else inputs.push(value);
  }
  return { outputs, inputs };
}
