// The engine benchmark: impute (mean) → treat (JRC rule) → normalise (min-max) → aggregate
// (arithmetic mean) → rank, on 514 units × 100 indicators in a 4-level tree (Indonesia's
// kabupaten/kota) and on 83,762 units × 50 indicators (village scale). Each case runs in its own
// process; the table shows the median time and the peak memory (max RSS) of that process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface CaseResult {
  units: number;
  indicators: number;
  mode: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxRssMb: number;
  inputRssMb: number;
}

const here = fileURLToPath(new URL('.', import.meta.url));

function runCase(
  units: number,
  fanout: string,
  runs: number,
  mode: 'pipeline' | 'score',
): CaseResult {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', `${here}engine-case.ts`, String(units), fanout, String(runs), mode],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`bench case failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as CaseResult;
}

/** Runs the engine benchmark and prints its table; returns the results. */
export function engineBench(): CaseResult[] {
  const cases: [number, string, number, 'pipeline' | 'score'][] = [
    [514, '4,5,5', 31, 'pipeline'],
    [514, '4,5,5', 31, 'score'],
    [83_762, '5,2,5', 5, 'pipeline'],
    [83_762, '5,2,5', 3, 'score'],
  ];
  const results = cases.map(([u, f, runs, mode]) => runCase(u, f, runs, mode));
  const fmt = (x: number, d = 1): string => x.toFixed(d).padStart(9);
  console.log(
    '\n@takar/core engine: impute → treat → normalise → aggregate → rank (median of N runs after warm-up)\n',
  );
  console.log(
    '| units × indicators | what is timed                         | runs | median ms |  min ms | peak RSS MB | ns / cell |',
  );
  console.log(
    '|--------------------|---------------------------------------|------|-----------|---------|-------------|-----------|',
  );
  for (const r of results) {
    const what =
      r.mode === 'pipeline'
        ? 'runPipeline on parsed columns'
        : 'score(): validate long JSON → document';
    const cells = r.units * r.indicators;
    console.log(
      `| ${`${r.units.toLocaleString('en')} × ${r.indicators}`.padEnd(18)} | ${what.padEnd(37)} | ${String(r.runs).padStart(4)} | ${fmt(r.medianMs, 2)} | ${r.minMs.toFixed(2).padStart(7)} | ${fmt(r.maxRssMb, 0).padStart(11)} | ${fmt((r.medianMs * 1e6) / cells, 0)} |`,
    );
  }
  const small = results[0] as CaseResult;
  const large = results[2] as CaseResult;
  const perCell = (r: CaseResult): number => r.medianMs / (r.units * r.indicators);
  console.log(
    `\nGoal ≤ 20 ms for 514 × 100: runPipeline ${small.medianMs.toFixed(2)} ms, score() ${(results[1] as CaseResult).medianMs.toFixed(2)} ms` +
      ` (COINr 1.1.14 in R: ~530 ms → ${(530 / (results[1] as CaseResult).medianMs).toFixed(0)}× faster end to end).`,
  );
  console.log(
    `Growth: ${((large.units * large.indicators) / (small.units * small.indicators)).toFixed(0)}× the cells took ${(large.medianMs / small.medianMs).toFixed(0)}× the time (time per cell ratio ${(perCell(large) / perCell(small)).toFixed(2)}; 1.00 = linear).\n`,
  );
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) engineBench();
