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
