// Bad-input catalogue, real file systems: a full 64 KiB tmpfs and a read-only one. Mounting needs
// root (or CAP_SYS_ADMIN); where it is not allowed the cases are skipped, saying so (the same
// failures are covered with injected errors in files.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI } from '../helpers/takar.js';
import { cliCases, leftovers } from './run-cases.js';

const OLD = 'old results, must survive\n';

/** Mounts a tmpfs (`options` e.g. `size=64k` or `ro,size=64k`); undefined when not allowed. */
function tryMount(options: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'takar-mnt-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

const full = tryMount('size=64k');
const readOnly = tryMount('ro,size=64k');
if (full) {
  writeFileSync(join(full, 'r.json'), OLD);
  // Fill the rest of the disk, so the results document no longer fits.
  try {
    writeFileSync(join(full, 'filler'), Buffer.alloc(60 * 1024));
  } catch {
    // A full disk is what we want.
  }
}
afterAll(() => {
  for (const m of [full, readOnly])
    if (m) {
      execFileSync('umount', [m]);
      rmSync(m, { recursive: true, force: true });
    }
});

describe.runIf(full !== undefined)('bad-input catalogue: a real full disk (tmpfs, 64 KiB)', () =>
  cliCases([
    {
      name: 'score --out on a full disk: io/disk-full, the old file intact, no temporary file',
      argv: ['score', ...MINI, '--out', join(full ?? '', 'r.json')],
      exit: 1,
      code: 'io/disk-full',
      place: 'r.json": the disk is full (ENOSPC)',
      after: () => {
        expect(readFileSync(join(full ?? '', 'r.json'), 'utf8')).toBe(OLD);
        expect(leftovers(full ?? '')).toEqual([]);
      },
    },
  ]),
);

describe.runIf(readOnly !== undefined)('bad-input catalogue: a read-only target (ro tmpfs)', () =>
  cliCases([
    {
      name: 'score --out on a read-only file system: refused before anything is read',
      argv: ['score', ...MINI, '--out', join(readOnly ?? '', 'r.json')],
      exit: 1,
      code: 'io/permission-denied',
      place: 'read-only (EROFS)',
    },
    {
      name: 'publish --out on a read-only file system',
      argv: ['publish', '--results', 'mini.json', '--out', join(readOnly ?? '', 'site')],
      exit: 1,
      code: 'io/permission-denied',
      place: 'site',
    },
  ]),
);

// Where this machine refuses to mount a tmpfs (not root, no CAP_SYS_ADMIN), the cases above cannot
// run: one skipped entry says why, rather than the cases vanishing silently. Where the mount works
// (CI runs as root), nothing is skipped.
if (full === undefined)
  it.skip('tmpfs cases: need permission to mount a tmpfs (root or CAP_SYS_ADMIN), which this machine refused', () => {});
