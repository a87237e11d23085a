import { ENGINE_VERSION, TakarError, formatPath } from '@takar/core';
import { nodeIo, type CliIo } from './io.js';
import { checkOutputs } from './files/check-outputs.js';
import { ENCODINGS, type Encoding } from './files/decode-text.js';
import { errnoOf, ioIssue } from './files/io-issue.js';
import { scanPaths } from './files/scan-paths.js';
import { helpText } from './help.js';
import { lang, langOf, setLang } from './locale/terms.js';
import { issueLine } from './locale/error-meanings.js';
import { say } from './locale/say.js';
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
import { studioCommand } from './commands/studio.js';

/** The CLI's version, printed by `takar --version`: the release version, as the engine's. */
export const CLI_VERSION: string = ENGINE_VERSION;

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
  studio: studioCommand,
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
  // Messages name an output as the user gave it, relative to the working folder.
  const base = nodeIo(io.fs, io.cwd);
  const full: CliIo = {
    ...base,
    ...io,
  };
  const [command, ...given] = argv;
  const rest = [...given];
  // Terminal sentences, tables and headings in --lang (Indonesian by default); the command checks
  // the value.
  setLang(langOf(langArg(rest)) ?? 'id');
  // --encoding applies to every input text file of every command, so it is taken here.
  const e = rest.findIndex((a) => a === '--encoding' || a.startsWith('--encoding='));
  if (e >= 0) {
    const a = rest[e] as string;
    const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[e + 1];
    rest.splice(e, a.includes('=') ? 1 : 2);
    const enc = value === 'utf8' ? 'utf-8' : value === 'cp1252' ? 'windows-1252' : value;
    if (!(ENCODINGS as readonly string[]).includes(enc ?? '')) {
      full.stderr(
        issueLine(
          'error',
          'cli/usage',
          '--encoding',
          `--encoding must be utf-8, latin1 or windows-1252; got "${value ?? ''}".`,
          lang(),
        ) + '\n',
      );
      return 2;
    }
    full.encoding = enc as Encoding;
  }
  if (command === undefined || command === '--help' || command === '-h') {
    full.stdout(helpText());
    return 0;
  }
  if (command === 'help') {
    // `takar help <command>` is `takar <command> --help`.
    const about = rest.find((a) => !a.startsWith('-'));
    if (about !== undefined && !COMMANDS[about]) return unknownCommand(full, about);
    full.stdout(helpText(about));
    return 0;
  }
  if (command === '--version' || command === '-v') {
    full.stdout(`takar ${CLI_VERSION}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) return unknownCommand(full, command);
  if (rest.includes('--help') || rest.includes('-h')) {
    full.stdout(helpText(command));
    return 0;
  }
  try {
    // Every output path is checked before anything is read or written (all problems at once).
    const paths = scanPaths(command, rest);
    await checkOutputs(full.cwd, paths.outputs, paths.inputs);
    return await run(rest, full);
  } catch (caught) {
    // A file-system error that escaped a command is still the user's to fix, not a bug.
    const e =
      !(caught instanceof TakarError) && errnoOf(caught) !== undefined
        ? new TakarError(
            ioIssue(
              caught,
              String((caught as { path?: unknown }).path ?? '?'),
              'file',
              /^(read|open|stat|lstat|scandir|readlink)$/.test(
                String((caught as { syscall?: unknown }).syscall),
              )
                ? 'read'
                : 'write',
            ),
          )
        : caught;
    if (e instanceof TakarError) {
      // With --lang id (the default) each line gives the code's meaning in Indonesian first.
      for (const i of e.issues) {
        full.stderr(
          issueLine(
            'error',
            i.code,
            i.path.length ? formatPath(i.path) : undefined,
            i.message,
            lang(),
          ) + '\n',
        );
      }
      return e.issues.every((i) => i.code === 'cli/usage') ? 2 : 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    full.stderr(
      `error internal: ${message}\n` +
        say(
          'Ini kesalahan di takar; laporkan beserta perintah yang Anda jalankan.\n',
          'This is a bug in takar; please report it with the command you ran.\n',
        ),
    );
    return 70;
  }
}

function unknownCommand(io: CliIo, command: string): number {
  io.stderr(
    issueLine(
      'error',
      'cli/usage',
      undefined,
      `Unknown command "${command}"; commands are ${Object.keys(COMMANDS).join(', ')}. See takar --help.`,
      lang(),
    ) + '\n',
  );
  return 2;
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
