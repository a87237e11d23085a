// Snapshot files under test/output: a missing snapshot is written; a different one is written
// beside it as `<name>-changed.<ext>` and the test fails, so the change can be diffed and accepted
// by renaming the file.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const outputDir = fileURLToPath(new URL('./output/', import.meta.url));

/** Compares `actual` with `test/output/<file>`. */
export function expectSnapshot(file: string, actual: string): void {
  mkdirSync(outputDir, { recursive: true });
  const path = outputDir + file;
  const changed = path.replace(/(\.[^.]+\.[^.]+|\.[^.]+)$/, '-changed$1');
  if (!existsSync(path)) {
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(
    `Snapshot ${file} changed; compare it with ${changed.slice(outputDir.length)} and rename that file to accept it.`,
  );
}
