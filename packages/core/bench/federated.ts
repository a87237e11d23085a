/**
 * Benchmark of federated counting (issue 18): three agencies, 10^7 distinct persons.
 *
 *   export TAKAR_PG_URL="$(scripts/ci/postgres.sh)"
 *   node packages/core/bench/impact-run.mjs federated [--keys 1e7]
 *
 *   persons 0 … keys−1, NIK '3273' + 12 digits of 7919·i, region 32.01 … 32.10 by i mod 10
 *   agency A: persons [0, 0.4·keys), B: [0.3·keys, 0.7·keys), C: [0.6·keys, keys)
 *     (4·10^6 records each for 10^7; A∩B = B∩C = 10^6, A∩C = 0; union 10^7)
 *   1. Takar: normalise + HMAC-SHA-256 + first 8 bytes + PgHll per region, per agency (in process,
 *      NIK strings made on the fly; reading a CSV adds the file's parse time)
 *   2. PostgreSQL: the same records in an UNLOGGED table (load not timed), then the SQL of
 *      pgHllSketchSql through psql --csv (timed); its sketches must equal Takar's byte for byte
 *   3. merge: read the three CSV exports and mergeSketches (union per region, overlaps), timed
 *   4. sizes of the sketch document and the CSV; relative error per region and of the total
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import {
  PgHll,
  federatedHasher,
  keyCheck,
  mergeSketches,
  pgHllHex,
  pgHllSketchSql,
  readSketchCsv,
  sketchDocument,
  type GroupSketch,
} from '../src/impact/index.js';

const argv = process.argv.slice(2);
const i = argv.indexOf('--keys');
const KEYS = i >= 0 ? Number(argv[i + 1]) : 1e7;
const URL = process.env['TAKAR_PG_URL'];
if (!URL) {
  console.error('Set TAKAR_PG_URL first: export TAKAR_PG_URL="$(scripts/ci/postgres.sh)"');
  process.exit(2);
}
const KEY = 'bench-shared-key-0001';
const REGIONS = 10;
const region = (p: number) => `32.${String((p % REGIONS) + 1).padStart(2, '0')}`;
const nik = (p: number) => `3273${String(p * 7919).padStart(12, '0')}`;
const agencies = [
  { name: 'A', from: 0, to: Math.round(0.4 * KEYS) },
  { name: 'B', from: Math.round(0.3 * KEYS), to: Math.round(0.7 * KEYS) },
  { name: 'C', from: Math.round(0.6 * KEYS), to: KEYS },
];

const psql = (sql: string, csv = false): string =>
  execFileSync(
    'psql',
    [URL, '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...(csv ? ['--csv'] : ['-At']), '-f', '-'],
    {
      input: sql,
      encoding: 'utf8',
      env: { ...process.env, TAKAR_SALT: KEY, PGOPTIONS: '-c client_min_messages=warning' },
      maxBuffer: 1 << 30,
    },
  );
const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

console.log(
  `federated counting bench: ${KEYS.toExponential(0)} persons, 3 agencies, ${REGIONS} regions; Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
);
console.log(
  `PostgreSQL: ${psql("SELECT version() || ', hll ' || extversion FROM pg_extension WHERE extname = 'hll'").trim()}`,
);

const hash = federatedHasher(KEY);
const csvs: string[] = [];
for (const a of agencies) {
  const n = a.to - a.from;
  // 1. Takar
  let t0 = process.hrtime.bigint();
  const sketches = new Map<string, PgHll>();
  for (let p = a.from; p < a.to; p++) {
    const r = region(p);
    let s = sketches.get(r);
    if (!s) sketches.set(r, (s = new PgHll()));
    const [hi, lo] = hash(nik(p));
    s.addHash(hi, lo);
  }
  const takarSeconds = seconds(t0);
  const groups: GroupSketch[] = [...sketches].map(([group, sketch]) => ({ group, sketch }));
  const doc =
    JSON.stringify(
      sketchDocument(groups, { groupBy: 'region', source: a.name, keyCheck: keyCheck(KEY) }),
      null,
      2,
    ) + '\n';
  // 2. PostgreSQL
  psql(`DROP TABLE IF EXISTS bench_${a.name.toLowerCase()}; CREATE UNLOGGED TABLE bench_${a.name.toLowerCase()} AS
    SELECT '32.' || lpad(((g % ${REGIONS}) + 1)::text, 2, '0') AS region, '3273' || lpad((g * 7919)::text, 12, '0') AS nik
    FROM generate_series(${a.from}::bigint, ${a.to - 1}::bigint) g; VACUUM ANALYZE bench_${a.name.toLowerCase()};`);
  t0 = process.hrtime.bigint();
  const csv = psql(
    pgHllSketchSql({ table: `bench_${a.name.toLowerCase()}`, key: 'nik', group: 'region' }),
    true,
  );
  const pgSeconds = seconds(t0);
  psql(`DROP TABLE bench_${a.name.toLowerCase()};`);
  const fromPg = readSketchCsv(csv, `${a.name}.csv`);
  const equal = fromPg.groups.every(
    (g) => pgHllHex(g.sketch) === pgHllHex(sketches.get(g.group) as PgHll),
  );
  csvs.push(csv);
  console.log(
    `agency ${a.name}: ${n} records; Takar ${takarSeconds.toFixed(1)} s (${((takarSeconds / n) * 1e9).toFixed(0)} ns/key), PostgreSQL ${pgSeconds.toFixed(1)} s (${((pgSeconds / n) * 1e9).toFixed(0)} ns/key); sketches equal: ${equal}; document ${kib(doc.length)}, CSV ${kib(csv.length)}`,
  );
  if (!equal) process.exitCode = 1;
}

// 3. merge
const t0 = process.hrtime.bigint();
const sets = csvs.map((c, k) => readSketchCsv(c, `${agencies[k]?.name}.csv`));
const { groups, overlaps } = mergeSketches(sets);
const mergeSeconds = seconds(t0);
let total = 0;
let worst = 0;
for (const g of groups) {
  const truth = KEYS / REGIONS;
  worst = Math.max(worst, Math.abs(g.estimate / truth - 1));
  total += g.estimate;
}
const ab = overlaps
  .filter((o) => o.a === 'A.csv' && o.b === 'B.csv')
  .reduce((s, o) => s + o.estimate, 0);
console.log(
  `merge of 3 × ${REGIONS} sketches (read CSV, union, ${overlaps.length} overlaps): ${(mergeSeconds * 1000).toFixed(0)} ms`,
);
console.log(
  `relative error: per region (truth ${KEYS / REGIONS}) worst ${(worst * 100).toFixed(2)} % (stated ±${(((1.96 * 1.04) / Math.sqrt(2048)) * 100).toFixed(2)} % at 95 %); total ${total.toFixed(0)} vs ${KEYS}: ${((total / KEYS - 1) * 100).toFixed(2)} %; A∩B ${ab.toFixed(0)} vs ${0.1 * KEYS}`,
);
