import { say } from '../locale/say.js';
import { TakarError, issue } from '@takar/core';
import { findProvince } from '@takar/indonesia';
import { parseArgs } from '../args.js';
import { pathIn, type CliIo } from '../io.js';
import { loadFramework } from '../load/load-framework.js';
import { extensionOf } from '../load/read-text.js';
import { outputFormat } from '../output/output-format.js';
import { templateSheets } from '../template-sheets.js';
import { workbookBytes } from '../xlsx/write-workbook.js';
import { listFlag } from './list-flag.js';
import { OUTPUT_VALUED, optional, required, yearFlag } from './shared-flags.js';

/**
 * `takar template --framework <id | file> --out template.xlsx [--year 2025] [--province 32,33]`:
 * writes an input workbook for a framework: sheet `iData` with every kabupaten/kota's code, name
 * and province pre-filled (or those of `--province`), a `tahun` column when `--year` is given and
 * one empty column per indicator; sheet `indikator` describing the indicators (code, label, unit,
 * direction, scale, weight) in `--lang`; and sheet `iMeta`, the framework as COINr metadata. The
 * filled-in copy scores as it is: `takar score --data filled.xlsx` (the framework comes from
 * `iMeta`).
 *
 * @example
 * ```ts
 * await templateCommand(['--framework', 'spbe-2020', '--out', 'spbe.xlsx', '--province', '32'], io);
 * ```
 */
export async function templateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv,
    ['framework', 'out', 'year', 'province', ...OUTPUT_VALUED],
    ['help'],
  );
  if (args.positional.length)
    throw new TakarError(
      issue('cli/usage', ['argv'], `Unexpected argument "${args.positional[0]}".`),
    );
  const out = required(args, 'out');
  if (extensionOf(out) !== 'xlsx')
    throw new TakarError(
      issue('cli/usage', ['--out'], `--out must end in .xlsx for a template; got "${out}".`),
    );
  const format = outputFormat(args);
  const loaded = await loadFramework(io, required(args, 'framework'));
  const year = yearFlag(args);
  const wanted = listFlag(optional(args, 'province'));
  const found = wanted.map((p) => findProvince(p));
  const bad = wanted.filter((_p, i) => found[i] === undefined);
  if (bad.length)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--province'],
        `Unknown province ${bad.map((b) => `"${b}"`).join(', ')}; give a code (32) or a name (Jawa Barat, DI Yogyakarta).`,
      ),
    );
  const lang = format.lang;
  const template = templateSheets(loaded.framework, {
    lang,
    ...(year !== undefined ? { year } : {}),
    provinces: found.map((p) => p?.code as string),
  });
  const { framework } = template;
  const bytes = await workbookBytes(template.sheets, lang);
  await io.writeFile(pathIn(io, out), bytes);
  io.stderr(
    say(
      `takar: menulis ${out}: ${template.regions} wilayah × ${template.indicators} indikator ${framework.id}; isi lembar iData lalu skor dengan takar score --data ${out}\n`,
      `takar: wrote ${out}: ${template.regions} regions × ${template.indicators} indicators of ${framework.id}; fill in sheet iData and score it with takar score --data ${out}\n`,
    ),
  );
  return 0;
}
