import { say } from '../locale/say.js';
import {
  TakarError,
  frameworkToTable,
  issue,
  labelText,
  parseFramework,
  type Framework,
} from '@takar/core';
import { findProvince, regions } from '@takar/indonesia';
import { parseArgs } from '../args.js';
import { pathIn, type CliIo } from '../io.js';
import { loadFramework } from '../load/load-framework.js';
import { extensionOf } from '../load/read-text.js';
import { outputFormat } from '../output/output-format.js';
import { tableOf } from '../write-output.js';
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
  const tree = parseFramework(loaded.framework);
  const framework = tree.framework as Framework;
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
  const codes = new Set(found.map((p) => p?.code));
  const chosen = regions().filter((r) => wanted.length === 0 || codes.has(r.provinceCode));
  const names = [
    'kode',
    'nama',
    'provinsi',
    ...(year !== undefined ? ['tahun'] : []),
    ...tree.indicators,
  ];
  const data = tableOf(
    names,
    chosen.map((r) => ({ kode: r.code, nama: r.name, provinsi: r.provinceName, tahun: year })),
  );
  const lang = format.lang;
  const byCode = new Map(framework.nodes.map((n) => [n.code, n]));
  const described = tableOf(
    ['code', 'label', 'unitLabel', 'direction', 'scale', 'weight', 'parent'],
    tree.indicators.map((code) => {
      const n = byCode.get(code) as Framework['nodes'][number];
      const scale = (n as { scale?: [number, number] }).scale;
      return {
        code,
        label: labelText(n.label, lang),
        unitLabel: (n as { unit?: string }).unit ?? null,
        direction: (n as { direction?: number }).direction ?? 1,
        scale: scale ? `${scale[0]}–${scale[1]}` : null,
        weight: n.weight ?? 1,
        parent: n.parent,
      };
    }),
  );
  const bytes = await workbookBytes(
    [
      { name: 'iData', table: data, keep: 'all' },
      { name: 'indikator', table: described },
      { name: 'iMeta', table: frameworkToTable(framework), keep: 'all' },
    ],
    lang,
  );
  await io.writeFile(pathIn(io, out), bytes);
  io.stderr(
    say(
      `takar: menulis ${out}: ${chosen.length} wilayah × ${tree.indicators.length} indikator ${framework.id}; isi lembar iData lalu skor dengan takar score --data ${out}\n`,
      `takar: wrote ${out}: ${chosen.length} regions × ${tree.indicators.length} indicators of ${framework.id}; fill in sheet iData and score it with takar score --data ${out}\n`,
    ),
  );
  return 0;
}
