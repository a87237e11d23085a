// The release version lives in one place: the root package.json's "version". This script writes
// it everywhere else, so nothing is kept in step by hand:
//   - every workspace package's "version" and its dependencies on the other @takar packages;
//   - ENGINE_VERSION in packages/core/src/version.ts (recorded in every results document; the CLI's
//     `takar --version` prints the same constant).
// `node scripts/set-version.mjs 0.2.0` sets a new version first; with no argument it re-syncs.
// packages/core/test/versions.test.ts fails if anything drifts.
import { readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url);
// The studio is private (never published) but pins the other packages, so it moves with them.
const PACKAGES = ['core', 'indonesia', 'charts', 'elements', 'cli', 'studio'];
const readJson = (path) => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));
const writeJson = (path, value) =>
  writeFileSync(new URL(path, ROOT), JSON.stringify(value, null, 2) + '\n');

const root = readJson('package.json');
const wanted = process.argv[2];
if (wanted !== undefined) {
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(wanted)) {
    console.error(`set-version: "${wanted}" is not a semantic version such as 0.2.0`);
    process.exit(2);
  }
  root.version = wanted;
  writeJson('package.json', root);
}
const version = root.version;
const changed = [];
for (const name of PACKAGES) {
  const path = `packages/${name}/package.json`;
  const pkg = readJson(path);
  const before = JSON.stringify(pkg);
  pkg.version = version;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies'])
    for (const dep of Object.keys(pkg[field] ?? {}))
      if (dep.startsWith('@takar/')) pkg[field][dep] = version;
  if (JSON.stringify(pkg) !== before) {
    writeJson(path, pkg);
    changed.push(path);
  }
}
const versionTs = 'packages/core/src/version.ts';
const ts = readFileSync(new URL(versionTs, ROOT), 'utf8');
const next = ts.replace(/ENGINE_VERSION = '[^']*'/, `ENGINE_VERSION = '${version}'`);
if (next !== ts) {
  writeFileSync(new URL(versionTs, ROOT), next);
  changed.push(versionTs);
}
console.log(
  `set-version: ${version}; ${changed.length ? `updated ${changed.join(', ')}` : 'everything already in step'}` +
    (changed.some((p) => p.endsWith('package.json'))
      ? ' (run npm install to update the lock file)'
      : ''),
);
