/**
 * Test helper: reads the shared domain data (`../shared/data` beside the repository, or
 * `TAKAR_SHARED_DATA`). CI has it; a missing directory fails the test with the place it looked.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { readCsv } from '../scripts/read-csv.js';

const dir =
  process.env.TAKAR_SHARED_DATA ??
  resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', '..', 'shared', 'data');

/** Rows of a CSV file of the shared data; throws when the shared data is missing. */
export function sharedCsv(name: string): Record<string, string>[] {
  const path = resolve(dir, name);
  if (!existsSync(path))
    throw new Error(
      `shared data file ${path} is missing; check out ../shared beside the repository or set TAKAR_SHARED_DATA`,
    );
  return readCsv(path);
}
