// `npm run bench -w @takar/studio`: what a weight change costs the studio on 514 regions × 100
// indicators. A seeded synthetic framework (5 dimensions × 4 aspects × 5 indicators) on the 514
// kabupaten/kota of the registry, written as a wide CSV; the studio's own functions read it
// (dataFromCsv, as when a file is dropped), score it (scoreData) and rescore after each weight
// change with the rank-change table (recompute). Prints figures; not a test.
import { formatCsv } from '@takar/core';
import { regions } from '@takar/indonesia';
import { syntheticColumns, syntheticFramework } from '../../core/bench/synthetic.js';
import { dataFromCsv } from '../src/data-in.js';
import { withWeights, topNodes } from '../src/framework-edit.js';
import { recompute, scoreData } from '../src/scoring.js';

const framework = syntheticFramework([5, 4, 5]);
const indicators = framework.nodes.filter((n) => n.type === 'indicator').map((n) => n.code);
const units = regions();
const columns = syntheticColumns(indicators, units.length, 514);
const csv = formatCsv({
  names: ['kode', 'nama', ...indicators],
  columns: [
    units.map((r) => r.code),
    units.map((r) => r.name),
    ...indicators.map((c) =>
      [...(columns.get(c) as Float64Array)].map((x) => (Number.isNaN(x) ? null : x)),
    ),
  ],
  rowCount: units.length,
});

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

let t = performance.now();
const loaded = dataFromCsv(csv, framework);
const readMs = performance.now() - t;
if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
const dataset = loaded.data.dataset;
t = performance.now();
const first = scoreData(framework, dataset, null);
const firstMs = performance.now() - t;
if (!first.ok) throw new Error(first.issues.map((i) => i.message).join('\n'));
const baseline = first.results;

const tops = topNodes(framework);
const times: number[] = [];
let moved = 0;
for (let i = 0; i < 41; i++) {
  const code = tops[i % tops.length] as string;
  const fw = withWeights(framework, { [code]: 0.5 + ((i * 37) % 20) / 10 });
  t = performance.now();
  const out = recompute(fw, dataset, null, baseline);
  times.push(performance.now() - t);
  if (!out.ok) throw new Error('recompute failed');
  moved = out.changes.length;
}
const warm = times.slice(1);
console.log(
  `Takar Studio bench: ${units.length} regions × ${indicators.length} indicators (CSV ${(csv.length / 1024).toFixed(0)} KB)`,
);
console.log(`  read the CSV (dataFromCsv):         ${readMs.toFixed(1)} ms`);
console.log(`  first scoring (scoreData):          ${firstMs.toFixed(1)} ms`);
console.log(
  `  recompute after a weight change:    median ${median(warm).toFixed(1)} ms, min ${Math.min(...warm).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms (${warm.length} changes; first ${times[0]?.toFixed(1)} ms); ${moved} ranks moved at the last`,
);
