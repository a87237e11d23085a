// One village-scale case in its own process (see village.ts): `cli` runs `takar score` in-process
// (read CSV → pipeline → results.json), `pipeline` runs runPipeline on the same values as parsed
// columns (as the engine benchmark does). Prints {ms, maxRssMb}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matrixFromColumns, parseFramework, runPipeline } from '@takar/core';
import { syntheticColumns } from '../../core/bench/synthetic.js';
import { main } from '../src/main.js';

const [mode, dir = '.'] = process.argv.slice(2);
const framework = JSON.parse(readFileSync(join(dir, 'framework.json'), 'utf8'));
let ms: number;
if (mode === 'cli') {
  const t0 = performance.now();
  const code = await main(
    [
      'score',
      '--framework',
      join(dir, 'framework.json'),
      '--data',
      join(dir, 'data.csv'),
      '--out',
      join(dir, 'results.json'),
    ],
    { stderr: () => {} },
  );
  ms = performance.now() - t0;
  if (code !== 0) throw new Error(`takar score exited ${code}`);
} else {
  // The same values as data.csv (same generator and seed), as parsed columns.
  const tree = parseFramework(framework);
  const n = Number(process.argv[4]);
  const codes = Array.from({ length: n }, (_v, i) => `d${i}`);
  const matrix = matrixFromColumns(
    {
      units: codes.map((code, i) => ({ code, name: `Desa ${i}` })),
      columns: syntheticColumns(tree.indicators, n),
    },
    tree,
  );
  const t0 = performance.now();
  runPipeline(framework, matrix);
  ms = performance.now() - t0;
}
process.stdout.write(
  JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
