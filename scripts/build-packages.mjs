// Builds every workspace package to dist/ (ESM + .d.ts) with tsc, in dependency order.
// Runs on `npm ci` (prepare) so that `npx takar` works straight after install.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const order = ['core', 'indonesia', 'charts', 'elements', 'cli'];
const tsc = 'node_modules/typescript/bin/tsc';
if (!existsSync(tsc)) {
  console.log('build-packages: typescript is not installed yet; skipping.');
  process.exit(0);
}
for (const name of order) {
  const config = `packages/${name}/tsconfig.build.json`;
  if (!existsSync(config)) continue;
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, [tsc, '-p', config], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build-packages: @takar/${name} failed to compile (see above).`);
    process.exit(r.status ?? 1);
  }
  console.log(
    `build-packages: @takar/${name} built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
