// Runs `takar` in-process against a temporary directory, and writes the small hand-checkable
// framework and data the analysis command tests share.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@takar/cli';

/** What one run printed and returned. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh temporary directory and a `takar` that runs there. */
export function workspace(prefix: string): {
  dir: string;
  takar: (...argv: string[]) => Promise<Run>;
} {
  const dir = mkdtempSync(join(tmpdir(), `takar-${prefix}-`));
  return {
    dir,
    takar: async (...argv) => {
      let stdout = '';
      let stderr = '';
      const code = await main(argv, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        cwd: dir,
        stderrIsTTY: false,
      });
      return { code, stdout, stderr };
    },
  };
}

/**
 * A two-pillar index over four indicators on a 1–5 scale, scored as the levels are (normalise
 * none, arithmetic mean), with bands; six units in two provinces. Pillar `p1` = mean(a, b),
 * `p2` = mean(c, d), index = mean(p1, p2).
 */
export const MINI_FRAMEWORK = {
  id: 'mini',
  version: '1',
  label: { id: 'Indeks Mini', en: 'Mini index' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'p1', parent: 'idx', type: 'aggregate', label: { id: 'Pilar 1', en: 'Pillar 1' } },
    { code: 'p2', parent: 'idx', type: 'aggregate', label: { id: 'Pilar 2', en: 'Pillar 2' } },
    { code: 'a', parent: 'p1', type: 'indicator', label: { id: 'A' }, scale: [1, 5] },
    { code: 'b', parent: 'p1', type: 'indicator', label: { id: 'B' }, scale: [1, 5] },
    { code: 'c', parent: 'p2', type: 'indicator', label: { id: 'C' }, scale: [1, 5] },
    { code: 'd', parent: 'p2', type: 'indicator', label: { id: 'D' }, scale: [1, 5] },
  ],
  bands: [
    { code: 'rendah', label: { id: 'Rendah', en: 'Low' }, min: null, max: 3 },
    { code: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: 3, max: null },
  ],
  pipeline: { normalise: { method: 'none' }, aggregate: { method: 'amean' } },
};

/**
 * Index scores: u1 4.5, u2 3.5, u3 3, u4 2.5, u5 2, u6 1.5 (ranks 1–6). Pillars: u1 p1 5 / p2 4;
 * u2 p1 3 / p2 4 (best p2 tied with u1); u3 p1 4 / p2 2.
 */
export const MINI_DATA = `unit,name,province,year,a,b,c,d
u1,Satu,A,2024,5,5,4,4
u2,Dua,A,2024,3,3,4,4
u3,Tiga,A,2024,4,4,2,2
u4,Empat,B,2024,3,3,2,2
u5,Lima,B,2024,2,2,2,2
u6,Enam,B,2024,2,2,1,1
u1,Satu,A,2023,3,3,3,3
u2,Dua,A,2023,4,4,4,4
u3,Tiga,A,2023,4,4,2,2
u4,Empat,B,2023,3,3,2,2
u5,Lima,B,2023,2,2,2,2
u6,Enam,B,2023,2,2,1,1
`;

/** Writes mini.json and mini.csv into `dir`. */
export function writeMini(dir: string): void {
  writeFileSync(join(dir, 'mini.json'), JSON.stringify(MINI_FRAMEWORK));
  writeFileSync(join(dir, 'mini.csv'), MINI_DATA);
}

/** The common arguments for the mini index in 2024. */
export const MINI = ['--framework', 'mini.json', '--data', 'mini.csv', '--year', '2024'];
