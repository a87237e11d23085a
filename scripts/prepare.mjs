// `prepare` (runs after `npm ci` / `npm install`): builds what the documented commands need right
// after install, so `npx takar publish` and `npm start` work at once: every package's dist/ (tsc)
// and the element bundle `packages/elements/dist/cdn/` (rollup) that publish copies and pages load.
// Skipped, with a note, where the dev tools are not installed (`npm ci --omit=dev`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/typescript') || !existsSync('node_modules/rollup')) {
  console.log(
    'prepare: typescript or rollup is not installed (npm ci --omit=dev?); nothing built.',
  );
  process.exit(0);
}
for (const [label, args] of [
  ['packages (tsc)', ['scripts/build-packages.mjs']],
  ['element bundle (rollup)', ['node_modules/rollup/dist/bin/rollup', '-c', '--silent']],
]) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`prepare: building the ${label} failed (see above).`);
    process.exit(r.status ?? 1);
  }
  console.log(`prepare: ${label} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
