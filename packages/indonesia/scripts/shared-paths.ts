/**
 * Where the build scripts find their inputs: the repository root, `idn-area-data` and the shared
 * domain data (`../shared/data` beside the repository, or `TAKAR_SHARED_DATA`).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package directory (`packages/indonesia`). */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The repository root. */
export const REPO_ROOT = resolve(PACKAGE_DIR, '..', '..');

/** The shared domain data directory; throws with a hint when it is missing. */
export function sharedDataDir(): string {
  const dir = process.env.TAKAR_SHARED_DATA ?? resolve(REPO_ROOT, '..', 'shared', 'data');
  if (!existsSync(dir)) {
    throw new Error(
      `Shared domain data not found at ${dir}; check out ../shared beside the repository or set TAKAR_SHARED_DATA.`,
    );
  }
  return dir;
}

/** The data directory of the `idn-area-data` package. */
export function idnAreaDataDir(): string {
  const dir = resolve(REPO_ROOT, 'node_modules', 'idn-area-data', 'data');
  if (!existsSync(dir))
    throw new Error(`idn-area-data not found at ${dir}; run npm install at the repository root.`);
  return dir;
}
