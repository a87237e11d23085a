/**
 * Test helper: reads the package's source data (`packages/indonesia/data/sources/`, copied into
 * the repository with their sources, see its README), so a clone anywhere runs these tests.
 */
import { existsSync } from 'node:fs';
import { readCsv } from '../scripts/read-csv.js';
import { SOURCES_DIR } from '../scripts/shared-paths.js';
import { resolve } from 'node:path';

/** Rows of a CSV file of the package's source data; throws when the file is missing. */
export function sharedCsv(name: string): Record<string, string>[] {
  const path = resolve(SOURCES_DIR, name);
  if (!existsSync(path)) throw new Error(`source data file ${path} is missing from the repository`);
  return readCsv(path);
}
