import { parseResults, resultsView } from '@takar/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { main } from '@takar/cli';

const dir = mkdtempSync(join(tmpdir(), 'takar-cli-usage-'));
const framework = {
  id: 'mini',
  version: '1',
  label: { id: 'Indeks Mini' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'ipm', parent: 'idx', type: 'indicator', label: { id: 'IPM' } },
    {
      code: 'miskin',
      parent: 'idx',
      type: 'indicator',
      label: { id: 'Kemiskinan' },
      direction: -1,
    },
  ],
  bands: [
    { code: 'rendah', label: { id: 'Rendah' }, min: null, max: 50 },
    { code: 'tinggi', label: { id: 'Tinggi' }, min: 50, max: null },
  ],
};
writeFileSync(join(dir, 'framework.json'), JSON.stringify(framework));
writeFileSync(
  join(dir, 'data.csv'),
  'unit;name;provinsi;ipm;miskin\n32.73;Kota Bandung;Jawa Barat;82,50;3,96\n33.74;Kota Semarang;Jawa Tengah;84,08;4,23\n32.01;Kab. Bogor;Jawa Barat;71,20;7,27\n',
);

async function takar(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('takar', () => {
  it('documents every command and option in --help', async () => {
    const r = await takar('--help');
    expect(r.code).toBe(0);
    for (const flag of [
      '--framework',
      '--data',
      '--config',
      '--impute',
      '--treat',
      '--normalise',
      '--aggregate',
      '--weights',
      '--denominate',
      '--screen',
      '--until',
      '--out',
      '--out-ranks',
      '--decimal',
      '--thousands',
    ]) {
      expect(r.stdout).toContain(flag);
      expect((await takar('score', '--help')).stdout, flag).toContain(flag);
    }
  });

  it('scores an Indonesian CSV with explicit number formats, to JSON on stdout with bands and in-group ranks', async () => {
    const r = await takar(
      'score',
      '--framework',
      'framework.json',
      '--data',
      'data.csv',
      '--decimal',
      ',',
      '--group-ranks',
      'provinsi',
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.format).toBe('takar-results');
    const rows = resultsView(parseResults(doc)).rows;
    const semarang = rows.find((u: { unit: string }) => u.unit === '33.74');
    expect(semarang?.ranks.idx).toBe(1);
    expect(semarang?.bands?.idx).toBe('tinggi');
    expect(rows.find((u: { unit: string }) => u.unit === '32.01')?.groupRanks?.provinsi?.idx).toBe(
      2,
    );
  });

  it('reports a decimal comma read without --decimal, with the cell and the fix, and exit code 1', async () => {
    const r = await takar(
      'score',
      '--framework',
      'framework.json',
      '--data',
      'data.csv',
      '--out',
      'x.json',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error data\/not-a-number at data\.rows\[0\]\.ipm: Sebuah sel tidak dapat dibaca sebagai angka\. — data\.csv: Cell "82,50" in row 1, column "ipm" \(unit ".+"\) .*--decimal ,/m,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('rejects bad command lines with exit code 2', async () => {
    expect((await takar('score', '--frobnicate', 'x')).code).toBe(2);
    expect(
      (
        await takar(
          'score',
          '--framework',
          'framework.json',
          '--data',
          'data.csv',
          '--normalise',
          'magic',
        )
      ).stderr,
    ).toMatch(/Unknown --normalise "magic"/);
    expect((await takar('launch')).code).toBe(2);
    const r = await takar('score', '--data', 'data.csv');
    expect(r.stderr).toMatch(/--framework is required/);
  });

  it('reports a missing file without a stack trace', async () => {
    const r = await takar('score', '--framework', 'nope.json', '--data', 'data.csv');
    expect(r.code).toBe(1);
    // Indonesian first (the code's meaning), then the detailed message; --lang en: English only.
    expect(r.stderr).toBe(
      'error io/not-found at framework: Berkas atau folder tidak ada. — Cannot read the framework file "nope.json": it does not exist (ENOENT); check the path and the folder you run takar in.\n',
    );
    const en = await takar(
      'score',
      '--framework',
      'nope.json',
      '--data',
      'data.csv',
      '--lang',
      'en',
    );
    expect(en.stderr).toBe(
      'error io/not-found at framework: Cannot read the framework file "nope.json": it does not exist (ENOENT); check the path and the folder you run takar in.\n',
    );
  });

  it('reads JSON records, Apache Arrow and a weights CSV', async () => {
    writeFileSync(
      join(dir, 'data.json'),
      JSON.stringify([
        { unit: 'a', ipm: 70, miskin: 5 },
        { unit: 'b', ipm: 60, miskin: 9 },
        { unit: 'c', ipm: 65, miskin: 1 },
      ]),
    );
    writeFileSync(
      join(dir, 'data.arrow'),
      aq.toArrowIPC(aq.table({ unit: ['a', 'b', 'c'], ipm: [70, 60, 65], miskin: [5, 9, 1] })),
    );
    writeFileSync(join(dir, 'weights.csv'), 'code,weight\nipm,3\nmiskin,1\n');
    for (const file of ['data.json', 'data.arrow']) {
      const r = await takar(
        'score',
        '--framework',
        'framework.json',
        '--data',
        file,
        '--weights',
        'weights.csv',
        '--out',
        `${file}.csv`,
        '--out-ranks',
        `${file}.ranks.csv`,
      );
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(dir, `${file}.ranks.csv`), 'utf8')).toBe(
        'unit,name,ipm,miskin,idx\na,a,1,2,1\nb,b,3,3,3\nc,c,2,1,2\n',
      );
    }
  });
});
