// Rewrites the method tables of docs/methodology.md from the method tables in src/methods/
// (npm run methodology -w @takar/core); test/methodology.test.ts fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { updateMethodology } from './methodology-tables.js';

const path = fileURLToPath(new URL('../../../docs/methodology.md', import.meta.url));
const text = readFileSync(path, 'utf8');
const next = await updateMethodology(text, path);
if (next !== text) writeFileSync(path, next);
console.log(next === text ? 'docs/methodology.md is up to date' : 'wrote docs/methodology.md');
