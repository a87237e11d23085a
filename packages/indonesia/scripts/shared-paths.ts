/**
 * Where the build scripts find their inputs: the repository root, `idn-area-data` and the
 * package's own source data (`data/sources/`, `data/boundaries/`, copied into the repository with
 * their sources; see the READMEs there).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package directory (`packages/indonesia`). */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The repository root. */
export const REPO_ROOT = resolve(PACKAGE_DIR, '..', '..');

/** The source data directory (`packages/indonesia/data/sources`). */
export const SOURCES_DIR = resolve(PACKAGE_DIR, 'data', 'sources');

/** The source boundaries (`packages/indonesia/data/boundaries/kabkota-2025.geojson`). */
export const BOUNDARIES_SOURCE = resolve(PACKAGE_DIR, 'data', 'boundaries', 'kabkota-2025.geojson');

/** The source data directory; throws with a hint when it is missing. */
export function sourcesDir(): string {
  if (!existsSync(SOURCES_DIR))
    throw new Error(
      `Source data not found at ${SOURCES_DIR}; restore packages/indonesia/data/sources from git.`,
    );
  return SOURCES_DIR;
}

/** The data directory of the `idn-area-data` package. */
export function idnAreaDataDir(): string {
  const dir = resolve(REPO_ROOT, 'node_modules', 'idn-area-data', 'data');
  if (!existsSync(dir))
    throw new Error(`idn-area-data not found at ${dir}; run npm install at the repository root.`);
  return dir;
}
