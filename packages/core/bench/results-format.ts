// Results format 2: what building and writing the results document costs next to the pipeline
// itself, on 514 units × 100 indicators (kabupaten/kota), in one process. runPipeline and
// score() + JSON.stringify take the same long JSON input and alternate, so both see the same
// machine load; the figure that matters is the ratio of their medians (goal ≤ 2×).
// Also prints the size of the Smart City 2024 example document (goal ≤ 45 KB gzip) when built.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  parseResults,
  regionDocuments,
  runPipeline,
  score,
  type PipelineConfig,
} from '../src/index.js';
import { longDataset, syntheticColumns, syntheticFramework } from './synthetic.js';
import { parseFramework } from '../src/framework/parse-framework.js';

const n = 514;
const framework = syntheticFramework([4, 5, 5]);
const tree = parseFramework(framework);
const units = Array.from({ length: n }, (_v, i) => `u${i}`);
const dataset = longDataset(units, syntheticColumns(tree.indicators, n));
const pipeline: PipelineConfig = {
  impute: { method: 'mean' },
  treat: { method: 'default', winmax: 5 },
  normalise: { method: 'minmax', range: [0, 100] },
  aggregate: { method: 'amean' },
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[s.length >> 1] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const time = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

export function resultsFormatBench(runs = 31): { ratio: number; bytes: number } {
  const pipe: number[] = [];
  const doc: number[] = [];
  const full: number[] = [];
  let bytes = 0;
  const toJson = () => {
    const text = JSON.stringify(score(framework, dataset, { pipeline }));
    bytes = text.length;
  };
  time(() => runPipeline(framework, dataset, { pipeline })); // warm-up (JIT)
  time(toJson);
  for (let r = 0; r < runs; r++) {
    pipe.push(time(() => runPipeline(framework, dataset, { pipeline })));
    doc.push(time(() => score(framework, dataset, { pipeline })));
    full.push(time(toJson));
  }
  const ratio = median(full) / median(pipe);
  console.log(
    `\nResults format 2, ${n} × ${tree.indicators.length}, same process, ${runs} alternating runs:`,
  );
  console.log(`  runPipeline (long JSON in → columns)        median ${median(pipe).toFixed(2)} ms`);
  console.log(
    `  score() (→ document object)                 median ${median(doc).toFixed(2)} ms: ${(median(doc) / median(pipe)).toFixed(2)}× runPipeline`,
  );
  console.log(
    `  score() + JSON.stringify (→ document text)  median ${median(full).toFixed(2)} ms, ${(bytes / 1024).toFixed(0)} KiB`,
  );
  console.log(`  ratio score() + JSON text / runPipeline: ${ratio.toFixed(2)}× (goal ≤ 2×)`);
  const example = new URL('../../../examples/data/smart-city-2024.json', import.meta.url);
  if (existsSync(example)) {
    const text = readFileSync(example);
    const gz = gzipSync(text, { level: 9 }).length;
    console.log(
      `  Smart City 2024 example document: ${(text.length / 1024).toFixed(1)} KiB, ${(gz / 1000).toFixed(1)} KB gzip -9 (goal ≤ 45 KB)`,
    );
  }
  // Region documents (what a one-region page downloads) of the five example years.
  const years = [2020, 2021, 2022, 2023, 2024].map(
    (y) => new URL(`../../../examples/data/smart-city-${y}.json`, import.meta.url),
  );
  if (years.every((u) => existsSync(u))) {
    const docs = years.map((u) => parseResults(JSON.parse(readFileSync(u, 'utf8'))));
    const sizes = [...regionDocuments(docs).values()]
      .map((d) => gzipSync(JSON.stringify(d), { level: 9 }).length)
      .sort((a, b) => a - b);
    console.log(
      `  region documents (${sizes.length}, 2020–2024): median ${((sizes[sizes.length >> 1] as number) / 1000).toFixed(1)} KB, largest ${((sizes[sizes.length - 1] as number) / 1000).toFixed(1)} KB gzip -9 (goal ≤ 10 KB)`,
    );
  }
  return { ratio, bytes };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string))
  resultsFormatBench();
