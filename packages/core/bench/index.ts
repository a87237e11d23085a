// `npm run bench -w @takar/core`: the engine benchmark, then the impact and analysis benchmarks
// when present (each runs on import).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { engineBench } from './engine.js';

engineBench();
for (const name of ['results-format.ts', 'impact.ts', 'analysis.ts']) {
  const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (existsSync(file)) await import(file);
}
