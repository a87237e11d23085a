// One benchmark case, run in its own process so peak memory (max RSS) belongs to it alone.
// Usage: tsx bench/engine-case.ts <units> <fanout e.g. 4,5,5> <runs> <mode: pipeline|score>
import {
  matrixFromColumns,
  parseFramework,
  runPipeline,
  score,
  type PipelineConfig,
} from '../src/index.js';
import { longDataset, syntheticColumns, syntheticFramework } from './synthetic.js';

const [nArg, fanArg, runsArg, mode = 'pipeline'] = process.argv.slice(2);
const n = Number(nArg);
const runs = Number(runsArg);
const framework = syntheticFramework((fanArg ?? '4,5,5').split(',').map(Number));
const tree = parseFramework(framework);
const units = Array.from({ length: n }, (_v, i) => `u${i}`);
const columns = syntheticColumns(tree.indicators, n);
const pipeline: PipelineConfig = {
  impute: { method: 'mean' },
  treat: { method: 'default', winmax: 5 },
  normalise: { method: 'minmax', range: [0, 100] },
  aggregate: { method: 'amean' },
};
// `pipeline` times the stages on typed columns; `score` the whole path from long JSON values
// (validation, pipeline, results document with its hash), so only it builds the long form.
const dataset = mode === 'score' ? longDataset(units, columns) : undefined;
const matrix = matrixFromColumns(
  { units: units.map((code) => ({ code, name: code })), columns },
  tree,
);
const baseline = process.memoryUsage().rss;
const once = (): void => {
  if (mode === 'pipeline') runPipeline(framework, matrix, { pipeline });
  else score(framework, dataset, { pipeline });
};
once(); // warm-up (JIT)
const times: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  once();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median =
  times.length % 2
    ? (times[times.length >> 1] as number)
    : ((times[times.length / 2 - 1] as number) + (times[times.length / 2] as number)) / 2;
process.stdout.write(
  JSON.stringify({
    units: n,
    indicators: tree.indicators.length,
    mode,
    runs,
    medianMs: median,
    minMs: times[0],
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    inputRssMb: baseline / 1024 / 1024,
  }) + '\n',
);
