// The uncertainty benchmark of issue 6: 1,000 replications on 514 units × 100 indicators, weights
// ±25 % at two levels, two normalisations, two aggregations, winmax 1–5; single thread and with
// worker threads. Run: npx tsx --conditions source packages/core/bench/analysis.ts [threads]
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parseDataset, parseFramework, score, type PipelineConfig } from '../src/index.js';
import { uncertainty, type UncertaintyOptions } from '../src/analysis/index.js';
import { nodeWorkerPool } from '../src/analysis/node-workers.js';
import { longDataset, syntheticColumns, syntheticFramework } from './synthetic.js';

const UNITS = 514;
const RUNS = 1000;
const framework = syntheticFramework([5, 4, 5]); // 5 dimensions × 4 sub-dimensions × 5 indicators = 100
const tree = parseFramework(framework);
const units = Array.from({ length: UNITS }, (_v, i) => `u${i}`);
const dataset = longDataset(units, syntheticColumns(tree.indicators, UNITS));
const pipeline: PipelineConfig = {
  impute: { method: 'mean' },
  treat: { method: 'default', winmax: 5 },
  normalise: { method: 'minmax', range: [1, 100] },
  aggregate: { method: 'amean' },
};
const spec: Omit<UncertaintyOptions, 'runs' | 'seed'> = {
  pipeline,
  weightNoise: { 2: 0.25, 3: 0.25 },
  normalise: [
    { method: 'minmax', range: [1, 100] },
    { method: 'zscore', meanSd: [10, 2] },
  ],
  aggregate: ['amean', 'gmean'],
  winmax: [1, 2, 3, 4, 5],
};

const ms = (t0: number): string => `${(performance.now() - t0).toFixed(0)} ms`;

{
  const t0 = performance.now();
  score(framework, dataset, { pipeline });
  console.log(`one score() on ${UNITS} × ${tree.indicators.length}: ${ms(t0)} (JIT cold)`);
  const t1 = performance.now();
  score(framework, dataset, { pipeline });
  console.log(`one score() warm: ${ms(t1)}`);
}

// Parse once and hand the matrix over, as the CLI would after reading the files.
const matrix = parseDataset(dataset, tree);
{
  const t0 = performance.now();
  const r = await uncertainty(framework, matrix, { ...spec, runs: RUNS, seed: 1 });
  console.log(
    `uncertainty, ${RUNS} replications, 1 thread: ${ms(t0)} (unit u0: nominal ${r.units[0]?.nominal}, q05–q95 ${r.units[0]?.q05}–${r.units[0]?.q95})`,
  );
}
{
  const t0 = performance.now();
  await uncertainty(framework, matrix, { ...spec, runs: RUNS, seed: 1 });
  console.log(`uncertainty, ${RUNS} replications, 1 thread, warm: ${ms(t0)}`);
}
const threads = Number(process.argv[2] ?? Math.max(2, availableParallelism()));
// The worker entry as the build ships it (one JavaScript file), so threads do not transpile
// TypeScript on start; then straight from sources through tsx, for comparison.
const dir = mkdtempSync(join(tmpdir(), 'takar-bench-'));
const bundled = join(dir, 'node-uncertainty-worker.mjs');
await build({
  entryPoints: [
    fileURLToPath(new URL('../src/analysis/node-uncertainty-worker.ts', import.meta.url)),
  ],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundled,
  logLevel: 'warning',
});
const entries: [string, URL | undefined][] = [
  ['compiled worker', pathToFileURL(bundled)],
  ['TypeScript worker via tsx', undefined],
];
for (const [what, entry] of entries) {
  for (const [label, data] of [
    ['parsed matrix', matrix],
    ['long dataset', dataset],
  ] as const) {
    const t0 = performance.now();
    const r = await uncertainty(framework, data, {
      ...spec,
      runs: RUNS,
      seed: 1,
      workers: nodeWorkerPool(threads, entry ? { entry } : {}),
    });
    console.log(
      `uncertainty, ${RUNS} replications, ${threads} worker threads, ${what}, ${label} sent: ${ms(t0)} (unit u0: q05–q95 ${r.units[0]?.q05}–${r.units[0]?.q95})`,
    );
  }
}
rmSync(dir, { recursive: true, force: true });
