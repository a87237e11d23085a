/**
 * Benchmark of positively-affected counting (issue 5).
 *
 *   node packages/core/bench/impact-run.mjs impact [--keys 1e7] [--rows 1e8] [--skip-duckdb]
 *     [--threads N] [--memory-limit 4GB]
 *
 *   1. keys: 10^7 keyed records (64-bit pseudonyms over 514 regions, 6·10^6 distinct people),
 *      generated into typed arrays before any baseline is taken
 *   2. HyperLogLog, national and by region (fast path, two uint32 per key)   goal ≤ 3 s, ≤ 64 MB
 *   3. exact distinct counts (64-bit open-addressing sets), national and by region
 *   4. hex path (add(hex) on 10^6 HMAC-shaped keys) and HMAC-SHA-256 throughput of hashKeys (10^5 keys)
 *   5. DuckDB: write a --rows Parquet file to os.tmpdir(), count distinct by region and nationally
 *      (64-bit key hashes, then key strings), delete the file
 *
 * Memory: `heap+buffers` is the change in V8 heap plus ArrayBuffers across the step after a full GC
 * (what the step keeps); `peak RSS` is the process's maximum resident set size so far (so a step's
 * peak includes earlier steps' memory), and `peak Δ` its growth during the step.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { arch, cpus, platform, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { countDistinctDuckDB, loadDuckDB } from '../src/impact/duckdb.js';
import { DistinctCounter, HyperLogLog, hashKeys } from '../src/impact/index.js';
import { personHex, personKey, xoshiro128 } from './impact-prng.js';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
};
const KEYS = flag('keys', 1e7);
// 10^7 by default so `npm run bench` stays a few minutes; pass `--rows 1e8` for the national-scale run.
const ROWS = flag('rows', 1e7);
const THREADS = flag('threads', 0);
const SKIP_DUCKDB = argv.includes('--skip-duckdb');
const MEMORY_LIMIT = argv.includes('--memory-limit')
  ? argv[argv.indexOf('--memory-limit') + 1]
  : undefined;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const MB = 1024 * 1024;

interface Sample {
  heap: number;
  rss: number;
  peak: number;
  t: number;
}
function sample(): Sample {
  gc();
  const m = process.memoryUsage();
  return {
    heap: m.heapUsed + m.arrayBuffers,
    rss: m.rss,
    peak: process.resourceUsage().maxRSS * 1024,
    t: performance.now(),
  };
}
/** Holds a step's structures until its memory is measured (V8 may free unreferenced locals early). */
const keep: unknown[] = [];
function report(label: string, before: Sample, extra = '', memory = true): void {
  const seconds = (performance.now() - before.t) / 1000;
  const after = sample();
  const line = [
    label.padEnd(46),
    `${seconds.toFixed(2).padStart(7)} s`,
    memory
      ? `heap+buffers ${((after.heap - before.heap) / MB).toFixed(1).padStart(7)} MB`
      : 'heap+buffers     n/a   ',
    memory
      ? `peak Δ ${((after.peak - before.peak) / MB).toFixed(1).padStart(7)} MB`
      : 'peak Δ     n/a   ',
    `peak RSS ${(after.peak / MB).toFixed(0).padStart(6)} MB`,
    extra,
  ];
  console.log(line.join('  '));
}

console.log(
  `takar impact bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${platform()}/${arch()}, ` +
    `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
);

// 1. Keys
const REGIONS = 514;
const PEOPLE = Math.round(KEYS * 0.6);
let s = sample();
const hi = new Uint32Array(KEYS);
const lo = new Uint32Array(KEYS);
const region = new Uint16Array(KEYS);
let TRUE = 0; // distinct people drawn, for the error column
const regionCodes = Array.from(
  { length: REGIONS },
  (_, i) => `${11 + (i % 34)}.${String(1 + Math.floor(i / 34)).padStart(2, '0')}`,
);
{
  const next = xoshiro128(2024);
  const drawn = new Uint8Array(PEOPLE);
  for (let i = 0; i < KEYS; i++) {
    const person = next() % PEOPLE;
    if (!drawn[person]) {
      drawn[person] = 1;
      TRUE++;
    }
    const [h, l] = personKey(person, 2024);
    hi[i] = h;
    lo[i] = l;
    region[i] = person % REGIONS; // a person lives in one region
  }
}
report(`generate ${KEYS.toExponential(0)} keyed records`, s, `(${PEOPLE.toExponential(1)} people)`);
// 2. HyperLogLog
s = sample();
{
  const h = new HyperLogLog(14);
  for (let i = 0; i < KEYS; i++) h.addHash(hi[i] as number, lo[i] as number);
  const e = h.estimate();
  keep.push(h);
  report(
    'HLL p=14, national (addHash)',
    s,
    `estimate ${Math.round(e)} vs ${TRUE} (${((e / TRUE - 1) * 100).toFixed(2)} %, SE ${(h.standardError * 100).toFixed(2)} %)`,
  );
}
s = sample();
{
  const counter = new DistinctCounter({ method: 'hll', by: [['region'], []] });
  const rec = { region: '' };
  for (let i = 0; i < KEYS; i++) {
    rec.region = regionCodes[region[i] as number] as string;
    counter.addHash(rec, hi[i] as number, lo[i] as number);
  }
  const rows = counter.result();
  keep.push(counter);
  report('HLL p=14, 514 regions + national (counter)', s, `${rows.length} groups`);
}

// 3. Exact
s = sample();
{
  const counter = new DistinctCounter({ method: 'exact', by: [[]] });
  const rec = { region: '' };
  for (let i = 0; i < KEYS; i++) counter.addHash(rec, hi[i] as number, lo[i] as number);
  const n = counter.result()[0]?.affected;
  keep.push(counter);
  report(
    'exact, national (64-bit set)',
    s,
    `count ${n} (${n === TRUE ? 'equals' : 'DIFFERS FROM'} truth)`,
  );
}
s = sample();
{
  const counter = new DistinctCounter({ method: 'exact', by: [['region'], []] });
  const rec = { region: '' };
  for (let i = 0; i < KEYS; i++) {
    rec.region = regionCodes[region[i] as number] as string;
    counter.addHash(rec, hi[i] as number, lo[i] as number);
  }
  const rows = counter.result();
  keep.push(counter);
  report('exact, 514 regions + national (counter)', s, `${rows.length} groups`);
}

keep.length = 0;

// 4. Hex keys and HMAC
const HEX = Math.min(KEYS, 1e6);
const hex = Array.from({ length: HEX }, (_, i) => personHex(i, 1));
for (const k of hex) k.charCodeAt(63); // flatten the concatenated strings before the baseline
s = sample();
{
  const h = new HyperLogLog(14);
  for (const k of hex) h.add(k);
  const ns = ((performance.now() - s.t) * 1e6) / HEX;
  keep.push(h);
  // Memory n/a: V8 compacts the key strings while they are read, which blurs the delta.
  report(
    `HLL add(hex) on ${HEX.toExponential(0)} 64-hex keys`,
    s,
    `${ns.toFixed(0)} ns/key`,
    false,
  );
}
hex.length = 0;
const HMAC = Math.min(KEYS, 1e5);
{
  const niks = Array.from({ length: HMAC }, (_, i) => `32730101${String(i).padStart(8, '0')}`);
  s = sample();
  const t = performance.now();
  await hashKeys(niks, 'bench-salt');
  const us = ((performance.now() - t) * 1e3) / HMAC;
  report(
    `HMAC-SHA-256 (hashKeys) of ${HMAC.toExponential(0)} NIKs`,
    s,
    `${us.toFixed(1)} µs/key → 10^7 in ~${((us * 1e7) / 1e6).toFixed(0)} s`,
    false,
  );
}

// 5. DuckDB
if (!SKIP_DUCKDB) {
  const dir = mkdtempSync(join(tmpdir(), 'takar-bench-duckdb-'));
  const file = join(dir, 'records.parquet');
  const settings: Record<string, string> = { temp_directory: join(dir, 'spill') };
  if (THREADS > 0) settings['threads'] = String(THREADS);
  if (MEMORY_LIMIT) settings['memory_limit'] = MEMORY_LIMIT;
  try {
    s = sample();
    const { DuckDBInstance } = await loadDuckDB();
    const db = await DuckDBInstance.create(':memory:', settings);
    const c = await db.connect();
    const people = Math.round(ROWS * 0.4);
    await c.run(`COPY (
        SELECT (hash(i, 1) % 34 + 11)::VARCHAR || '.' || lpad((hash(i, 2) % 15 + 1)::VARCHAR, 2, '0') AS region,
               'P' || (hash(i, 3) % 20)::VARCHAR AS programme,
               sha256('person-' || (hash(i, 4) % ${people})::VARCHAR) AS key
        FROM range(${Math.floor(ROWS)}) t(i)
      ) TO '${file.replaceAll("'", "''")}' (FORMAT PARQUET)`);
    c.closeSync();
    db.closeSync();
    report(
      `DuckDB: write ${ROWS.toExponential(0)}-row Parquet`,
      s,
      `${(statSync(file).size / 2 ** 30).toFixed(2)} GiB`,
    );
    // hash64 first: peak RSS only grows, so the lighter variant must be measured before the heavier.
    for (const hash64 of [true, false]) {
      s = sample();
      let last = -10;
      const { rows } = await countDistinctDuckDB({
        source: { path: file },
        by: [['region'], []],
        hash64,
        settings,
        onProgress: (p) => {
          if (p - last >= 25) {
            last = p;
            process.stderr.write(`  … ${p.toFixed(0)} %\n`);
          }
        },
      });
      const national = rows.find((r) => r.by.length === 0)?.affected;
      report(
        `DuckDB: count(DISTINCT ${hash64 ? 'hash(key)' : 'key'}) by region + national`,
        s,
        `${rows.length} groups, national ${national}`,
      );
    }
  } catch (e) {
    console.log(`DuckDB step failed: ${(e as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
