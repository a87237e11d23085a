import { TakarError, issue } from '@takar/core';

/** Parsed command-line flags: name → value (`true` for switches), plus positional words. */
export interface ParsedArgs {
  flags: Map<string, string | true>;
  positional: string[];
}

/**
 * Parses `--name value`, `--name=value` and switches. `switches` lists the flags that take no
 * value; every other flag needs one. Unknown flags are a usage error (`cli/usage`).
 *
 * @example
 * ```ts
 * parseArgs(['--out', 'a.csv', '--denominate'], ['out'], ['denominate']).flags.get('out'); // 'a.csv'
 * ```
 */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  switches: readonly string[] = [],
): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    if (switches.includes(name)) {
      flags.set(name, true);
      continue;
    }
    if (!valued.includes(name)) {
      throw new TakarError(
        issue('cli/usage', ['argv', i], `Unknown option --${name}; see \`takar --help\`.`),
      );
    }
    const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
    if (value === undefined || (eq < 0 && value.startsWith('--'))) {
      throw new TakarError(issue('cli/usage', ['argv', i], `Option --${name} needs a value.`));
    }
    flags.set(name, value);
  }
  return { flags, positional };
}
