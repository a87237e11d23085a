import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandGapWarnings } from '../src/commands/score.js';
import { MINI_DATA, MINI_FRAMEWORK, workspace } from './helpers/takar.js';

// The mini framework with its bands [_, 3) and [4, _): index scores 3 (u3) and 3.5 (u2) in 2024
// fall in the gap.
const { dir, takar } = workspace('band-gap');
const gapped = structuredClone(MINI_FRAMEWORK);
gapped.bands[1]!.min = 4;
writeFileSync(join(dir, 'gap.json'), JSON.stringify(gapped));
writeFileSync(join(dir, 'mini.json'), JSON.stringify(MINI_FRAMEWORK));
writeFileSync(join(dir, 'data.csv'), MINI_DATA);

describe('takar score reports units in a band gap', () => {
  it('names each unit, its score and the bands around it, and still writes the results', async () => {
    for (const out of ['r.json', 'r.csv']) {
      const run = await takar(
        'score',
        '--framework',
        'gap.json',
        '--data',
        'data.csv',
        '--year',
        '2024',
        '--out',
        out,
      );
      expect(run.code).toBe(0);
      const lines = run.stderr
        .split('\n')
        .filter((l) => l.startsWith('warning framework/band-gap'));
      expect(lines).toEqual([
        'warning framework/band-gap at idx: 2 units have scores in no band, so their band is empty (null): u2 (3.5: "rendah" ends at 3, "tinggi" starts at 4); u3 (3: "rendah" ends at 3, "tinggi" starts at 4). Close the gap (each band\'s min = the previous max) or add a band.',
      ]);
    }
  });

  it('shows a score with the decimals the framework publishes', () => {
    const band = (code: string, min: number | null, max: number | null) => ({
      code,
      label: { id: code },
      min,
      max,
    });
    expect(
      bandGapWarnings(
        [
          {
            unit: 'u9',
            node: 'idx',
            score: 19 / 6,
            below: band('r', null, 3),
            above: band('t', 4, null),
          },
        ],
        2,
      ),
    ).toEqual([
      'warning framework/band-gap at idx: 1 unit has a score in no band, so its band is empty (null): u9 (3.17: "r" ends at 3, "t" starts at 4). Close the gap (each band\'s min = the previous max) or add a band.\n',
    ]);
  });

  it('says nothing when the bands are contiguous', async () => {
    const run = await takar(
      'score',
      '--framework',
      'mini.json',
      '--data',
      'data.csv',
      '--year',
      '2024',
      '--out',
      'ok.json',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/band-gap/);
  });
});
