// A PostgreSQL with the hll and pgcrypto extensions for the tests that compare Takar with the real
// engine. vitest's global setup (scripts/vitest-postgres.mjs) starts a throw-away cluster for the
// run when PostgreSQL 15 and postgresql-15-hll are installed, and stops it at the end; CI installs
// them. TAKAR_PG_URL names another server. Without either, those tests are skipped with the reason
// below. psql is run as a child process (no Node driver needed).
import { execFileSync } from 'node:child_process';

/** The connection string, or undefined when no server was set up. */
export const pgUrl: string | undefined = process.env['TAKAR_PG_URL'] || undefined;

/** Why the PostgreSQL tests are skipped, shown in the test name. */
export const pgSkipReason =
  process.env['TAKAR_PG_MISSING'] ??
  'TAKAR_PG_URL is not set: run `export TAKAR_PG_URL="$(scripts/ci/postgres.sh)"` to test against PostgreSQL';

/**
 * Runs SQL (and psql meta-commands) through `psql`, stopping at the first error, and returns the
 * unaligned, tuples-only output (or CSV with a header when `csv`).
 */
export function psql(
  sql: string,
  options: { csv?: boolean; env?: Record<string, string> } = {},
): string {
  if (!pgUrl) throw new Error(pgSkipReason);
  const args = [
    pgUrl,
    '-X',
    '-q',
    '-v',
    'ON_ERROR_STOP=1',
    ...(options.csv ? ['--csv'] : ['-A', '-t']),
    '-f',
    '-',
  ];
  return execFileSync('psql', args, {
    input: sql,
    encoding: 'utf8',
    env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning', ...options.env },
    maxBuffer: 1 << 28,
  });
}

/** `COPY … FROM STDIN` text for one bigint column. */
export function copyBigints(table: string, values: readonly bigint[]): string {
  return `CREATE TEMP TABLE ${table} (v bigint);\nCOPY ${table} FROM STDIN;\n${values.join('\n')}${values.length ? '\n' : ''}\\.\n`;
}
