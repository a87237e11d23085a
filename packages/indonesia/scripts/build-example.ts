/**
 * Writes the example data files to `packages/indonesia/data/example/` from the seeded generator,
 * and prints their sizes (raw and gzip).
 *
 *   npx tsx packages/indonesia/scripts/build-example.ts [--seed 2017]
 *
 * The files are committed; `test/example.test.ts` fails when they differ from the generator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateExample, EXAMPLE_SEED } from '../src/example/generate.js';
import { exampleFiles } from '../src/example/example-files.js';
import { PACKAGE_DIR } from './shared-paths.js';

const at = process.argv.indexOf('--seed');
const seed = at > 0 ? Number(process.argv[at + 1]) : EXAMPLE_SEED;
if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
const dir = join(PACKAGE_DIR, 'data', 'example');
mkdirSync(dir, { recursive: true });
let raw = 0;
let gz = 0;
for (const [name, text] of Object.entries(exampleFiles(generateExample({ seed })))) {
  writeFileSync(join(dir, name), text);
  const r = Buffer.byteLength(text);
  const g = gzipSync(text, { level: 9 }).length;
  raw += r;
  gz += g;
  console.log(
    `${name.padEnd(22)} ${(r / 1024).toFixed(1).padStart(7)} KiB  gzip ${(g / 1024).toFixed(1).padStart(6)} KiB`,
  );
}
console.log(
  `${'total'.padEnd(22)} ${(raw / 1024).toFixed(1).padStart(7)} KiB  gzip ${(gz / 1024).toFixed(1).padStart(6)} KiB`,
);
