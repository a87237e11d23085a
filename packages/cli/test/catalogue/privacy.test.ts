// Bad-input catalogue, privacy of beneficiary keys (issue 16, item 1), and the check that no output,
// log line or message of any command repeats a 16-digit key of its input.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeMini } from '../helpers/takar.js';
import { cliCases, takarIn, type CliCase } from './run-cases.js';

const SALT = { TAKAR_SALT: 'rahasia-uji-0042-abcd' };
const NIKS = [
  '3273010101900001',
  '3273 0101 0190 0002',
  '3273.0101.0190.0003',
  '3374-0101-0190-0004',
];
const digits = (s: string) => s.replace(/\D/g, '');
const records = (rows: string[][]) =>
  ['region,programme,key,dimension', ...rows.map((r) => r.join(','))].join('\n') + '\n';
const noNik = (_d: string, run: { stdout: string; stderr: string }) => {
  const all = run.stdout + run.stderr;
  for (const n of NIKS) expect(all.replace(/\D/g, '')).not.toContain(digits(n));
};

const cases: CliCase[] = [
  {
    name: 'records: a NIK pasted into region (salt given)',
    files: {
      'r.csv': records([
        ['32.73', 'PKH', 'a', 'gov'],
        [NIKS[0] as string, 'PKH', 'b', 'gov'],
      ]),
    },
    env: SALT,
    argv: ['impact', '--records', 'r.csv'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'at records[3].region: Line 3: column "region"',
    after: noNik,
  },
  {
    name: 'records: a NIK with spaces in programme',
    files: { 'r.csv': records([['32.73', NIKS[1] as string, 'a', 'gov']]) },
    env: SALT,
    argv: ['impact', '--records', 'r.csv'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'column "programme"',
    after: noNik,
  },
  {
    name: 'records: a NIK with dots in dimension',
    files: { 'r.csv': records([['32.73', 'PKH', 'a', NIKS[2] as string]]) },
    env: SALT,
    argv: ['impact', '--records', 'r.csv'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'column "dimension"',
    after: noNik,
  },
  {
    name: 'records: a NIK in a column takar does not read',
    files: { 'r.csv': 'region,programme,key,nama\n32.73,PKH,a,' + NIKS[3] + '\n' },
    env: SALT,
    argv: ['impact', '--records', 'r.csv'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'column "nama"',
    after: noNik,
  },
  {
    name: 'records: --already-hashed does not switch the check off',
    files: { 'r.csv': records([['32.73', 'PKH', NIKS[0] as string, 'gov']]) },
    argv: ['impact', '--records', 'r.csv', '--already-hashed'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'Line 2: the key looks like a raw 16-digit NIK (not shown)',
    after: noNik,
  },
  {
    name: 'records: --already-hashed with --method hll',
    files: { 'r.csv': records([['32.73', 'PKH', NIKS[1] as string, 'gov']]) },
    argv: ['impact', '--records', 'r.csv', '--already-hashed', '--method', 'hll'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'at records[2].key',
    after: noNik,
  },
  {
    name: 'records: a NIK in region is not written to --out-records',
    files: { 'r.csv': records([[NIKS[0] as string, 'PKH', 'a', 'gov']]) },
    env: SALT,
    argv: ['impact', '--records', 'r.csv', '--out-records', 'p.csv'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'column "region"',
    after: (d, run) => {
      noNik(d, run);
      expect(readdirSync(d)).not.toContain('p.csv');
    },
  },
  {
    name: 'records: DuckDB with --already-hashed checks every key (a NIK after row 10 000)',
    setup: (d) => {
      const rows: string[][] = [];
      for (let i = 0; i < 12_000; i++) rows.push(['32.73', 'PKH', `k${i}`, 'gov']);
      rows.push(['32.73', 'PKH', NIKS[0] as string, 'gov']);
      writeFileSync(join(d, 'big.csv'), records(rows));
    },
    argv: ['impact', '--records', 'big.csv', '--method', 'duckdb', '--already-hashed'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: '1 value in column "key"',
    after: noNik,
  },
  {
    name: 'records: DuckDB refuses a NIK in the region column',
    files: {
      'r.csv': records([
        ['32.73', 'PKH', 'a', 'gov'],
        [NIKS[2] as string, 'PKH', 'b', 'gov'],
      ]),
    },
    argv: ['impact', '--records', 'r.csv', '--method', 'duckdb', '--already-hashed'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'at source.region',
    after: noNik,
  },
  {
    name: 'salt of 5 bytes in TAKAR_SALT',
    files: { 'r.csv': records([['32.73', 'PKH', NIKS[0] as string, 'gov']]) },
    env: { TAKAR_SALT: 'garam' },
    argv: ['impact', '--records', 'r.csv'],
    exit: 1,
    code: 'impact/weak-salt',
    place: 'The salt is 5 bytes long; it needs at least 16',
    after: noNik,
  },
  {
    name: 'salt of 15 bytes on the command line',
    files: { 'r.csv': records([['32.73', 'PKH', 'a', 'gov']]) },
    argv: ['impact', '--records', 'r.csv', '--salt', '123456789012345'],
    exit: 1,
    code: 'impact/weak-salt',
    place: '15 bytes',
    after: (_d, run) => expect(run.stderr).not.toContain('123456789012345'),
  },
  {
    name: 'raw keys without a salt',
    files: { 'r.csv': records([['32.73', 'PKH', NIKS[0] as string, 'gov']]) },
    env: { TAKAR_SALT: '' },
    argv: ['impact', '--records', 'r.csv'],
    exit: 1,
    code: 'impact/missing-salt',
    place: 'at salt',
    after: noNik,
  },
  {
    name: 'programmes: a NIK in region',
    files: { 'p.csv': `region,programme,beneficiaries,unit\n${NIKS[0]},PKH,10,persons\n` },
    argv: ['impact', '--programmes', 'p.csv'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'at programmes[0].region',
    after: noNik,
  },
  {
    name: 'programmes: a NIK in programme',
    files: { 'p.csv': `region,programme,beneficiaries,unit\n32.73,${NIKS[1]},10,persons\n` },
    argv: ['impact', '--programmes', 'p.csv'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'programme looks like a raw 16-digit NIK (not shown)',
    after: noNik,
  },
  {
    name: 'survey: a NIK in region',
    files: { 's.csv': `region,respondents,positive\n${NIKS[2]},100,40\n` },
    argv: ['impact', '--survey', 's.csv'],
    exit: 1,
    code: 'impact/raw-identifier',
    place: 'at survey[0].region',
    after: noNik,
  },
  {
    name: 'score: a NIK as a data cell is never quoted in the message',
    files: { 'd.csv': `unit,name,year,a,b,c,d\nu1,Satu,2024,${NIKS[0]}x,1,1,1\n` },
    argv: ['score', '--framework', 'mini.json', '--data', 'd.csv'],
    exit: 1,
    code: 'data/not-a-number',
    place: 'Cell a value shaped like a 16-digit NIK (not shown) in row 1, column "a"',
    after: noNik,
  },
];

describe('bad-input catalogue: privacy of beneficiary keys', () => cliCases(cases));

describe('no output, log line or message repeats a 16-digit key of the input', () => {
  it('holds for every impact path, successful or refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'takar-leak-'));
    writeMini(dir);
    const rows = NIKS.flatMap((n, i) => [
      ['32.73', 'PKH', n, 'gov'],
      [i % 2 ? '33.74' : '32.73', 'KIS', n, 'eco'],
    ]);
    writeFileSync(join(dir, 'r.csv'), records(rows));
    writeFileSync(join(dir, 'bad.csv'), records([...rows, [NIKS[0] as string, 'X', 'k', 'gov']]));
    writeFileSync(
      join(dir, 'p.csv'),
      `region,programme,beneficiaries,unit\n32.73,PKH,10,persons\n${NIKS[3]},KIS,5,persons\n`,
    );
    vi.stubEnv('TAKAR_SALT', SALT.TAKAR_SALT);
    const inputs = new Set(readdirSync(dir));
    const runs = [
      [
        'impact',
        '--records',
        'r.csv',
        '--by',
        'region,province,national',
        '--out',
        'a.csv',
        '--out-records',
        'pr.csv',
      ],
      ['impact', '--records', 'r.csv', '--method', 'hll', '--out', 'a.json'],
      ['impact', '--records', 'r.csv', '--by', 'region+dimension,programme'],
      ['impact', '--records', 'pr.csv', '--method', 'duckdb', '--already-hashed', '--out', 'd.csv'],
      ['impact', '--records', 'r.csv', '--already-hashed'],
      ['impact', '--records', 'r.csv', '--method', 'duckdb', '--already-hashed'],
      ['impact', '--records', 'bad.csv', '--out-records', 'pr2.csv'],
      ['impact', '--records', 'r.csv', '--salt', 'short'],
      ['impact', '--programmes', 'p.csv', '--out', 'pa.csv'],
      ['impact', '--records', 'r.csv', '--progress'],
    ];
    let text = '';
    const codes: number[] = [];
    try {
      for (const argv of runs) {
        const r = await takarIn(dir, argv);
        codes.push(r.code);
        text += r.stdout + r.stderr;
      }
    } finally {
      vi.unstubAllEnvs();
    }
    // The successful runs did run, the refused ones were refused.
    expect(codes).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 0]);
    for (const f of readdirSync(dir, { recursive: true }) as string[])
      if (!inputs.has(f) && statSync(join(dir, f)).isFile())
        text += readFileSync(join(dir, f), 'utf8');
    expect(text.length).toBeGreaterThan(1000);
    const flat = text.replace(/\D/g, ' ');
    for (const n of NIKS) {
      expect(text).not.toContain(n);
      expect(flat).not.toContain(digits(n));
    }
  });
});
