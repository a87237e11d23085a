// Village scale: `takar score --out results.json` on 83,762 units × 50 indicators (a synthetic
// framework and data written to a temporary folder), in its own process, so that its peak memory
// (max RSS) is its own. Prints the time, the peak memory and the bytes written (goals ≤ 1.5 GB and
// ≤ 160 MB), and the time ratio to runPipeline on the same data in another process.
// Run: npm run bench -w @takar/cli (or npx tsx packages/cli/bench/village.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFramework } from '@takar/core';
import { syntheticColumns, syntheticFramework } from '../../core/bench/synthetic.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const units = Number(process.argv[2] ?? 83_762);
const dir = mkdtempSync(join(tmpdir(), 'takar-village-'));
try {
  const framework = syntheticFramework([5, 2, 5]);
  const tree = parseFramework(framework);
  const columns = syntheticColumns(tree.indicators, units);
  writeFileSync(join(dir, 'framework.json'), JSON.stringify(framework));
  const lines = [['unit', 'name', ...tree.indicators].join(',')];
  for (let i = 0; i < units; i++) {
    const row = [`d${i}`, `Desa ${i}`];
    for (const code of tree.indicators) {
      const x = (columns.get(code) as Float64Array)[i] as number;
      row.push(Number.isNaN(x) ? '' : String(x));
    }
    lines.push(row.join(','));
  }
  writeFileSync(join(dir, 'data.csv'), lines.join('\n') + '\n');
  const csvMb = statSync(join(dir, 'data.csv')).size / 1e6;
  const run = (mode: 'cli' | 'pipeline') => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions',
        'source',
        `${here}village-case.ts`,
        mode,
        dir,
        String(units),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (r.status !== 0) throw new Error(`village case ${mode} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop() as string) as {
      ms: number;
      maxRssMb: number;
    };
  };
  const pipe = run('pipeline');
  const cli = run('cli');
  const written = statSync(join(dir, 'results.json')).size / 1e6;
  console.log(
    `\nVillage scale: ${units.toLocaleString('en')} units × ${tree.indicators.length} indicators (data.csv ${csvMb.toFixed(0)} MB)`,
  );
  console.log(
    `  takar score --out results.json: ${(cli.ms / 1000).toFixed(1)} s, peak ${cli.maxRssMb.toFixed(0)} MB (goal ≤ 1,500), wrote ${written.toFixed(0)} MB (goal ≤ 160)`,
  );
  console.log(
    `  runPipeline on parsed columns: ${(pipe.ms / 1000).toFixed(1)} s, peak ${pipe.maxRssMb.toFixed(0)} MB; time ratio takar score / runPipeline ${(cli.ms / pipe.ms).toFixed(1)}×`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
