// Prints the size of every built output file (raw and gzip), per package, then the totals.
// Run at the end of `npm run build`; the figures are what a user downloads.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const packages = ['core', 'indonesia', 'charts', 'elements', 'cli'];
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|mjs|json)$/.test(name) && !name.endsWith('.map')) yield path;
  }
}

const rows = [];
for (const name of packages) {
  const dist = join('packages', name, 'dist');
  if (!existsSync(dist)) continue;
  for (const file of files(dist)) {
    const bytes = readFileSync(file);
    rows.push({
      pkg: name,
      file: relative('.', file),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    });
  }
}
const width = Math.max(...rows.map((r) => r.file.length), 4);
console.log('\nSize report (raw / gzip -9)');
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip'.padStart(11)}`);
for (const r of rows)
  console.log(`${r.file.padEnd(width)}  ${kib(r.raw).padStart(11)}  ${kib(r.gzip).padStart(11)}`);
console.log('');
for (const name of packages) {
  const mine = rows.filter((r) => r.pkg === name);
  if (!mine.length) continue;
  const raw = mine.reduce((s, r) => s + r.raw, 0);
  const gz = mine.reduce((s, r) => s + r.gzip, 0);
  console.log(`@takar/${name}: ${mine.length} files, ${kib(raw)} raw, ${kib(gz)} gzip`);
}
const cdn = rows.filter((r) => r.file.includes(`${join('dist', 'cdn')}`));
if (cdn.length) {
  const loader = cdn.find((r) => /cdn[\\/]takar\.js$/.test(r.file));
  if (loader)
    console.log(`CDN first script (takar.js): ${kib(loader.raw)} raw, ${kib(loader.gzip)} gzip`);
  console.log(
    `CDN all chunks: ${kib(cdn.reduce((s, r) => s + r.raw, 0))} raw, ${kib(cdn.reduce((s, r) => s + r.gzip, 0))} gzip`,
  );
}

// The shipped boundaries (@takar/indonesia/boundaries) must never ride along in a chunk: they load
// only when a page or a command asks for them. Look for pieces of the data (its first arcs and its
// quantisation transform) in every built script.
const shipped = join('packages', 'indonesia', 'boundaries', 'kabkota-2025.topo.json');
if (existsSync(shipped)) {
  const text = readFileSync(shipped, 'utf8');
  const topology = JSON.parse(text);
  const marks = [
    JSON.stringify(topology.arcs[0]).slice(0, 40),
    JSON.stringify(topology.arcs[1]).slice(0, 40),
    String(topology.transform.scale[0]),
  ];
  const carriers = rows
    .filter((r) => /\.(js|mjs)$/.test(r.file))
    .filter((r) => {
      const body = readFileSync(r.file, 'utf8');
      return marks.some((m) => body.includes(m));
    })
    .map((r) => r.file);
  console.log(
    `Shipped boundaries ${shipped}: ${kib(text.length)} raw, ${kib(gzipSync(text, { level: 9 }).length)} gzip; ` +
      `found in ${carriers.length === 0 ? 'none' : carriers.length} of the ${rows.length} built files` +
      `${carriers.length ? `: ${carriers.join(', ')}` : ' (every element chunk and entry is free of it)'}`,
  );
  if (carriers.length) process.exitCode = 1;
}
