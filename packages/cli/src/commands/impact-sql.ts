/*
 * takar impact sql: the SQL an agency (or a warehouse) runs where the records are.
 *
 *   --dialect postgres-hll ─ pgHllSketchSql: raw NIKs → pgcrypto hmac → hll_add_agg per group → group,sketch CSV
 *   --dialect duckdb | spark | trino ─ distinctCountSql: distinct pseudonymous keys per grouping
 */
import { say } from '../locale/say.js';
import {
  TakarError,
  distinctCountSql,
  issue,
  parseGroupings,
  pgHllSketchSql,
  type SqlDialect,
} from '@takar/core';
import { parseArgs } from '../args.js';
import { pathIn, type CliIo } from '../io.js';
import { optional, required } from './shared-flags.js';
import { SKETCH_PARAM_FLAGS, sketchParams } from './sketch-flags.js';

const VALUED = [
  'dialect',
  'table',
  'path',
  'key-column',
  'group-column',
  'by',
  'key-env',
  'out',
  ...SKETCH_PARAM_FLAGS,
];
const SWITCHES = ['approx', 'hash64', 'national', 'help'];
const DIALECTS = ['postgres-hll', 'duckdb', 'spark', 'trino'];

/**
 * `takar impact sql`: prints (or writes with `--out`) the SQL for a dialect.
 *
 * @example
 * ```ts
 * await impactSqlCommand(['--dialect', 'postgres-hll', '--table', 'bansos.penerima', '--key-column', 'nik'], io);
 * ```
 */
export async function impactSqlCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, VALUED, SWITCHES);
  if (args.positional.length)
    throw new TakarError(
      issue(
        'cli/usage',
        ['argv'],
        `Unexpected argument "${args.positional[0]}"; options start with --.`,
      ),
    );
  const dialect = optional(args, 'dialect') ?? 'postgres-hll';
  if (!DIALECTS.includes(dialect))
    throw new TakarError(
      issue(
        'cli/usage',
        ['--dialect'],
        `--dialect must be one of ${DIALECTS.join(', ')}; got "${dialect}".`,
      ),
    );
  let sql: string;
  if (dialect === 'postgres-hll') {
    const national = args.flags.get('national') === true;
    const group = optional(args, 'group-column');
    if (national && group !== undefined)
      throw new TakarError(
        issue(
          'cli/usage',
          ['--national'],
          'Give either --group-column <column> or --national, not both.',
        ),
      );
    const keyEnv = optional(args, 'key-env');
    sql = pgHllSketchSql({
      table: required(args, 'table'),
      key: optional(args, 'key-column') ?? 'nik',
      group: national ? null : (group ?? 'region'),
      params: sketchParams(args),
      ...(keyEnv !== undefined ? { keyEnv } : {}),
    });
  } else {
    const table = optional(args, 'table');
    const path = optional(args, 'path');
    if ((table === undefined) === (path === undefined))
      throw new TakarError(
        issue(
          'cli/usage',
          ['--table'],
          'Give the records as --table <name> or --path <file.parquet|csv>.',
        ),
      );
    const key = optional(args, 'key-column');
    const region = optional(args, 'group-column');
    sql =
      distinctCountSql({
        dialect: dialect as SqlDialect,
        source: table !== undefined ? { table } : { path: path as string },
        by: parseGroupings(optional(args, 'by') ?? 'region'),
        approx: args.flags.get('approx') === true,
        hash64: args.flags.get('hash64') === true,
        columns: {
          ...(key !== undefined ? { key } : {}),
          ...(region !== undefined ? { region } : {}),
        },
      }) + ';\n';
  }
  const out = optional(args, 'out');
  if (out === undefined) io.stdout(sql);
  else {
    await io.writeFile(pathIn(io, out), sql);
    io.stderr(say(`takar: menulis ${out}\n`, `takar: wrote ${out}\n`));
  }
  return 0;
}
