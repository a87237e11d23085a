import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for the built element bundle (`packages/elements/dist/cdn/`) in `dir/bundle`: the
 * files `takar publish` requires (`takar.js`, `takar.css`, `takar-frame.js`, `takar-resize.js`),
 * a source map it must skip and a chunk it must copy.
 */
export function fakeBundle(dir: string): string {
  const b = join(dir, 'bundle');
  mkdirSync(join(b, 'chunks'), { recursive: true });
  writeFileSync(join(b, 'takar.js'), 'export {};\n');
  writeFileSync(join(b, 'takar-frame.js'), 'export {};\n');
  writeFileSync(join(b, 'takar.css'), '/* */\n');
  writeFileSync(join(b, 'takar-resize.js'), 'export {};\n');
  writeFileSync(join(b, 'takar.js.map'), '{}');
  writeFileSync(join(b, 'chunks', 'vega-x.js'), 'export {};\n');
  return b;
}
