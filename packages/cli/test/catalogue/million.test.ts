// The 10^6-unit cases of the bad-input catalogue (issue 16, item 4): a cell error in the last of a
// million rows is named by its row, and a million units score with the results document (format
// 2, columnar) written as a stream, one column at a time.
// Synthetic data: unit codes u0…u999999 with values cycling through 1–5.
import { createReadStream, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMini } from '../helpers/takar.js';
import { cliCases, takarIn } from './run-cases.js';

const N = 1_000_000;
function millionRows(last?: string): string {
  const lines = ['unit,name,province,a,b,c,d'];
  for (let i = 0; i < N; i++)
    lines.push(
      `u${i},U${i},${i % 2 ? 'A' : 'B'},${1 + (i % 5)},${1 + ((i * 7) % 5)},${1 + ((i * 3) % 5)},${1 + ((i * 11) % 5)}`,
    );
  if (last !== undefined) lines[N] = last;
  return lines.join('\n') + '\n';
}

describe('bad-input catalogue: 10^6 units', () => {
  cliCases([
    {
      name: 'a bad cell in the last of 10^6 rows is named by its row, column and unit',
      files: { 'big.csv': millionRows(`u${N - 1},U,A,1,1e400,1,1`) },
      argv: ['score', '--framework', 'mini.json', '--data', 'big.csv', '--out', 'r.json'],
      exit: 1,
      code: 'data/not-a-number',
      place: `Cell "1e400" in row ${N}, column "b" (unit "u${N - 1}") is not a finite number`,
    },
  ]);

  it(
    'scores 10^6 units and streams the results document to the file',
    { timeout: 600_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'takar-million-'));
      writeMini(dir);
      writeFileSync(join(dir, 'big.csv'), millionRows());
      const run = await takarIn(dir, [
        'score',
        '--framework',
        'mini.json',
        '--data',
        'big.csv',
        '--out',
        'big.json',
        '--lang',
        'en',
      ]);
      expect(run.stderr).toBe(`takar: scored ${N} units on 4 indicators → big.json\n`);
      expect(run.code).toBe(0);
      const file = join(dir, 'big.json');
      expect(statSync(file).size).toBeGreaterThan(0);
      // Every unit code once, in units.codes.
      let codes = 0;
      let head = '';
      let tail = '';
      let end = '';
      for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
        const text = tail + (chunk as string);
        if (head.length < 4096) head += chunk;
        end = (end + (chunk as string)).slice(-64);
        // Cut after the last comma (no code contains one): a code cut in two is counted once.
        const cut = text.lastIndexOf(',') + 1;
        codes += (text.slice(0, cut).match(/"u\d+"/g) ?? []).length;
        tail = text.slice(cut);
      }
      codes += (tail.match(/"u\d+"/g) ?? []).length;
      expect(codes).toBe(N);
      expect(head).toMatch(/^\{"format":"takar-results","formatVersion":2,/);
      expect(end.endsWith(']}\n')).toBe(true);
    },
  );
});
