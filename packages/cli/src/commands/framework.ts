import { TakarError, formatCsv, frameworkToTable, issue, labelText } from '@takar/core';
import { findFramework, listFrameworks } from '@takar/indonesia';
import { parseArgs } from '../args.js';
import { pathIn, type CliIo } from '../io.js';
import { textTable } from '../text-table.js';
import { optional } from './shared-flags.js';
import { say } from '../locale/say.js';

/**
 * `takar framework <id> [--format json|csv] [--out file]`: prints a shipped framework, as Takar
 * framework JSON or as the COINr-style metadata CSV that `takar score --framework` reads back;
 * `takar framework --list` lists the shipped ids.
 *
 * @example
 * ```ts
 * await frameworkCommand(['smart-city', '--format', 'csv'], io);
 * ```
 */
export async function frameworkCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['format', 'out'], ['list', 'help']);
  const list = listFrameworks();
  if (args.flags.get('list') === true) {
    io.stdout(
      textTable(
        ['id', 'version', 'label', 'label (en)'],
        list.map((f) => [f.id, f.version, f.label.id, labelText(f.label, 'en')]),
      ),
    );
    return 0;
  }
  const [id, ...rest] = args.positional;
  if (id === undefined || rest.length) {
    throw new TakarError(
      issue(
        'cli/usage',
        ['argv'],
        id === undefined
          ? `Name a framework: takar framework <id>, with one of ${list.map((f) => f.id).join(', ')}; or takar framework --list.`
          : `Unexpected argument "${rest[0]}"; name one framework.`,
      ),
    );
  }
  const framework = findFramework(id);
  if (!framework) {
    throw new TakarError(
      issue(
        'framework/invalid',
        ['argv', 0],
        `No shipped framework "${id}"; use one of ${list.map((f) => f.id).join(', ')} (takar framework --list).`,
      ),
    );
  }
  const format = optional(args, 'format') ?? 'json';
  if (format !== 'json' && format !== 'csv') {
    throw new TakarError(
      issue('cli/usage', ['--format'], `--format must be json or csv; got "${format}".`),
    );
  }
  const text =
    format === 'json'
      ? JSON.stringify(framework, null, 2) + '\n'
      : formatCsv(frameworkToTable(framework));
  const out = optional(args, 'out');
  if (out === undefined) io.stdout(text);
  else {
    await io.writeFile(pathIn(io, out), text);
    io.stderr(
      say(
        `takar: menulis ${id} (${format}) → ${out}\n`,
        `takar: wrote ${id} (${format}) → ${out}\n`,
      ),
    );
  }
  return 0;
}
