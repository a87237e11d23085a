// vitest global setup: a throw-away PostgreSQL 15 cluster (hll and pgcrypto) for the tests that
// compare Takar's sketches with the real engine. When TAKAR_PG_URL is not set and the Debian
// packages postgresql-15 and postgresql-15-hll are installed (.ci/run installs them), it runs
// scripts/ci/postgres.sh in a temporary folder (initdb, a Unix socket in that folder only, no TCP,
// run as the postgres user), hands the URL to the tests, and stops and deletes the cluster at the
// end. Otherwise the PostgreSQL tests are skipped with the reason in TAKAR_PG_MISSING.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./ci/postgres.sh', import.meta.url));
const BIN = '/usr/lib/postgresql/15/bin/initdb';
const HLL = '/usr/share/postgresql/15/extension/hll.control';

export default function setup() {
  if (process.env.TAKAR_PG_URL) return undefined;
  if (!existsSync(BIN) || !existsSync(HLL)) {
    process.env.TAKAR_PG_MISSING =
      'PostgreSQL 15 with postgresql-15-hll is not installed (apt-get install -y postgresql-15 postgresql-15-hll, or set TAKAR_PG_URL)';
    // CI (.ci/run) installs them and must run these tests, not skip them.
    if (process.env.TAKAR_PG_REQUIRED) throw new Error(process.env.TAKAR_PG_MISSING);
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'takar-vitest-pg-'));
  chmodSync(dir, 0o755); // the server runs as the postgres user
  const env = { ...process.env, TAKAR_PG_DIR: join(dir, 'pg') };
  try {
    process.env.TAKAR_PG_URL = execFileSync('bash', [SCRIPT], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    process.env.TAKAR_PG_MISSING = `the throw-away PostgreSQL cluster did not start: ${String(
      e.stderr ?? e.message,
    )
      .trim()
      .split('\n')
      .pop()}`;
    if (process.env.TAKAR_PG_REQUIRED) throw new Error(process.env.TAKAR_PG_MISSING);
    return undefined;
  }
  return () => {
    execFileSync('bash', [SCRIPT, 'stop'], { env, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
    delete process.env.TAKAR_PG_URL;
  };
}
