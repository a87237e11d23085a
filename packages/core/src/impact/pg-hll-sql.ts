import { TakarError, issue } from '../errors/index.js';
import { KEY_CHECK_MESSAGE } from './federated-hash.js';
import { PG_HLL_DEFAULTS, type PgHllParams } from './pg-hll.js';
import { quoteIdentifier } from './sql.js';

/**
 * Options of {@link pgHllSketchSql}.
 *
 * @category Impact
 */
export interface PgHllSqlOptions {
  /** The agency's table of beneficiaries (`schema.table`, or its parts as an array). */
  readonly table: string | readonly string[];
  /** The column holding the raw NIK (default `nik`). */
  readonly key?: string;
  /** The column to group by (default `region`); `null` for one national group. */
  readonly group?: string | null;
  /** Sketch parameters (default the extension's `hll(11, 5, -1, 1)`). */
  readonly params?: Partial<PgHllParams>;
  /** The environment variable psql reads the shared key from (default `TAKAR_SALT`). */
  readonly keyEnv?: string;
}

/**
 * The SQL (for `psql`, PostgreSQL 15+ with the `hll` and `pgcrypto` extensions) that an agency runs
 * on its own table of raw NIKs: it reads the shared key from the environment (`\getenv`, so the key
 * is in neither the file nor the command line), normalises each NIK as Takar does, hashes it with
 * `hmac(…, 'sha256')`, keeps the first 8 bytes as a signed `bigint`, and aggregates with
 * `hll_add_agg` per group. Run with `psql --csv -f sketch.sql > agency.csv`: the output is the
 * `group,sketch,records,without_key,key_check` CSV that `takar impact merge` reads (the key
 * check tells whether every file used the same key, see {@link keyCheck}), and holds no NIK.
 * The sketches are the ones Takar builds from the same records (tested on PostgreSQL 15).
 *
 * Normalisation mirrors {@link normaliseIdentifier} for ASCII whitespace: a NIK-like value (16
 * digits, single spaces, dots or dashes between them) keeps its digits; any other value is trimmed
 * of ASCII whitespace (clean other whitespace, e.g. U+00A0, beforehand).
 *
 * @example
 * ```ts
 * pgHllSketchSql({ table: 'bansos.penerima', key: 'nik', group: 'kode_wilayah' });
 * ```
 *
 * @category Impact
 */
export function pgHllSketchSql(options: PgHllSqlOptions): string {
  const p = { ...PG_HLL_DEFAULTS, ...options.params };
  const env = options.keyEnv ?? 'TAKAR_SALT';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(env))
    throw new TakarError(
      issue(
        'cli/usage',
        ['keyEnv'],
        `The key's environment variable must be a plain name (letters, digits, _); got "${env}".`,
      ),
    );
  const q = (name: string) => quoteIdentifier(name);
  const tableParts = typeof options.table === 'string' ? options.table.split('.') : options.table;
  const table = tableParts.map(q).join('.');
  const key = q(options.key ?? 'nik');
  const group = options.group === undefined ? 'region' : options.group;
  const groupExpr = group === null ? `'national'` : `CAST(${q(group)} AS text)`;
  const ws = `E' \\t\\n\\r\\f\\v'`;
  return `-- Takar federated sketch: hash rule hmac-sha256-int64-v1, hll(${p.log2m}, ${p.regwidth}, ${p.expthresh}, ${p.sparseon ? 1 : 0}).
-- Run with psql (PostgreSQL 15+, extensions hll and pgcrypto), the shared key in ${env}:
--   psql "$DATABASE_URL" --csv -f sketch.sql > agency.csv
-- The output holds one sketch per group and no NIK. Send agency.csv to the coordinator.
\\getenv takar_key ${env}
\\if :{?takar_key}
\\else
\\warn 'Set the shared key in the environment variable ${env} first.'
\\quit
\\endif
\\set QUIET on
SET client_min_messages = warning;
\\set QUIET off
WITH src AS (
  SELECT ${groupExpr} AS g, CAST(${key} AS text) AS k
  FROM ${table}
), normalised AS (
  SELECT g, CASE
      WHEN length(k) <= 40 AND k ~ '^\\s*([0-9][\\s.-]?){15}[0-9]\\s*$' THEN regexp_replace(k, '[^0-9]', '', 'g')
      ELSE btrim(k, ${ws})
    END AS k
  FROM src
)
SELECT g AS "group",
  CAST(coalesce(hll_add_agg(
    CAST(CAST(CAST('x' || encode(substring(hmac(k, :'takar_key', 'sha256') FROM 1 FOR 8), 'hex') AS bit(64)) AS bigint) AS hll_hashval),
    ${p.log2m}, ${p.regwidth}, ${p.expthresh}, ${p.sparseon ? 1 : 0}
  ) FILTER (WHERE k IS NOT NULL AND k <> ''), hll_empty(${p.log2m}, ${p.regwidth}, ${p.expthresh}, ${p.sparseon ? 1 : 0})) AS text) AS sketch,
  count(*) AS records,
  count(*) FILTER (WHERE k IS NULL OR k = '') AS without_key,
  encode(substring(hmac('${KEY_CHECK_MESSAGE}', :'takar_key', 'sha256') FROM 1 FOR 8), 'hex') AS key_check
FROM normalised
GROUP BY g
ORDER BY g COLLATE "C";
`;
}
