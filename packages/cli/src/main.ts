import { TakarError, formatPath } from '@takar/core';
import { nodeIo, type CliIo } from './io.js';
import { HELP } from './help.js';
import { langOf, setLang } from './locale/terms.js';
import { scoreCommand } from './commands/score.js';
import { statsCommand } from './commands/stats.js';
import { publishCommand } from './commands/publish.js';
import { frameworkCommand } from './commands/framework.js';
import { impactCommand } from './commands/impact.js';
import { compareCommand } from './commands/compare.js';
import { trendCommand } from './commands/trend.js';
import { awardsCommand } from './commands/awards.js';
import { uncertaintyCommand } from './commands/uncertainty.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { auditCommand } from './commands/audit.js';
import { whatifCommand } from './commands/whatif.js';
import { templateCommand } from './commands/template.js';

/** The CLI's version, printed by `takar --version`. */
export const CLI_VERSION = '0.1.0';

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  score: scoreCommand,
  stats: statsCommand,
  framework: frameworkCommand,
  impact: impactCommand,
  compare: compareCommand,
  trend: trendCommand,
  awards: awardsCommand,
  uncertainty: uncertaintyCommand,
  sensitivity: sensitivityCommand,
  audit: auditCommand,
  whatif: whatifCommand,
  publish: publishCommand,
  template: templateCommand,
};

/**
 * Runs the `takar` command line and returns the exit code: 0 success, 1 bad input (every issue is
 * printed to stderr as `error <code> at <path>: <message>`), 2 bad command line, 70 internal error.
 * Tests call it in-process with their own `io`.
 *
 * @example
 * ```ts
 * const code = await main(['score', '--framework', 'meta.csv', '--data', 'data.csv', '--out', 'r.json']);
 * ```
 */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const full: CliIo = { ...nodeIo(), ...io };
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    full.stdout(HELP);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    full.stdout(`takar ${CLI_VERSION}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    full.stderr(
      `error cli/usage: Unknown command "${command}"; commands are ${Object.keys(COMMANDS).join(', ')}. See takar --help.\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    full.stdout(HELP);
    return 0;
  }
  // Terminal tables and headings in --lang (Indonesian by default); the command checks the value.
  setLang(langOf(langArg(rest)) ?? 'id');
  try {
    return await run(rest, full);
  } catch (e) {
    if (e instanceof TakarError) {
      for (const i of e.issues) {
        full.stderr(
          `error ${i.code}${i.path.length ? ` at ${formatPath(i.path)}` : ''}: ${i.message}\n`,
        );
      }
      return e.issues.every((i) => i.code === 'cli/usage') ? 2 : 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    full.stderr(
      `error internal: ${message}\nThis is a bug in takar; please report it with the command you ran.\n`,
    );
    return 70;
  }
}

/** The value of `--lang` / `--lang=…` in argv, if any. */
function langArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}
