// The CLI speaks Indonesian by default and English with --lang en: messages, summaries and errors,
// not only table headers. Each row runs one command both ways and checks a sentence of each.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES, type TakarErrorCode } from '@takar/core';
import { ERROR_MEANINGS_ID, issueLine } from '../src/locale/error-meanings.js';
import { MINI, workspace, writeMini } from './helpers/takar.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const { dir, takar } = workspace('locale');
writeMini(dir);
writeFileSync(
  join(dir, 'records.csv'),
  'region,programme,key\n32.73,PKH,k-1\n32.73,KIS,k-2\nKota Semarang,PKH,k-3\n',
);

afterEach(() => vi.unstubAllEnvs());

/** [what, argv, where it is printed, an Indonesian sentence, the English one] */
const CASES: [string, string[], 'stdout' | 'stderr', string | RegExp, string | RegExp][] = [
  [
    'score summary',
    ['score', ...MINI, '--out', 's.csv'],
    'stderr',
    'takar: 6 unit diskor pada 4 indikator → s.csv',
    'takar: scored 6 units on 4 indicators → s.csv',
  ],
  [
    'a file written',
    ['audit', ...MINI, '--no-removal', '--out', 'a.json'],
    'stderr',
    'takar: menulis a.json',
    'takar: wrote a.json',
  ],
  [
    'peer summaries',
    ['compare', ...MINI, '--peers', 'province'],
    'stdout',
    'Kelompok pembanding menurut province pada idx',
    'Peer groups by province at idx',
  ],
  [
    'awards',
    ['awards', ...MINI],
    'stdout',
    /^Penghargaan\n[\s\S]*Total selisih: /,
    /^Awards\n[\s\S]*Total margin: /,
  ],
  [
    'what-if with a value',
    ['whatif', ...MINI, '--unit', 'u6', '--indicator', 'a', '--set', '5'],
    'stdout',
    /^Mengisi a u6 dengan 5: \d+ unit berpindah pada idx/,
    /^Setting a of u6 to 5: \d+ unit\(s\) move at idx/,
  ],
  [
    'sensitivity',
    [
      'sensitivity',
      ...MINI,
      '--alt-aggregate',
      'amean,gmean',
      '--samples',
      '8',
      '--bootstrap',
      '10',
    ],
    'stdout',
    /^Sensitivitas peringkat idx: N = 8/,
    /^Sensitivity of the idx ranking: N = 8/,
  ],
  [
    'keyed records counted',
    ['impact', '--records', 'records.csv'],
    'stderr',
    'takar: 3 catatan dihitung (exact)',
    'takar: counted 3 records (exact)',
  ],
  [
    'an error: the code’s meaning first',
    ['score', ...MINI, '--normalise', 'sideways'],
    'stderr',
    /^error cli\/usage at --normalise: Baris perintah tidak sah\. — Unknown --normalise "sideways"/,
    /^error cli\/usage at --normalise: Unknown --normalise "sideways"/,
  ],
  [
    'an unknown command',
    ['launch'],
    'stderr',
    /^error cli\/usage: Baris perintah tidak sah\. — Unknown command "launch"/,
    /^error cli\/usage: Unknown command "launch"/,
  ],
];

describe('terminal sentences in --lang', () => {
  for (const [what, argv, where, id, en] of CASES)
    it(`${what}: Indonesian by default, English with --lang en`, async () => {
      vi.stubEnv('TAKAR_SALT', 'rahasia-uji-0042');
      const a = await takar(...argv);
      const b = await takar(...argv, '--lang', 'en');
      if (typeof id === 'string') expect(a[where]).toContain(id);
      else expect(a[where]).toMatch(id);
      if (typeof en === 'string') expect(b[where]).toContain(en);
      else expect(b[where]).toMatch(en);
      expect(a.code).toBe(b.code);
    });
});

describe('the Indonesian meaning of every error code', () => {
  it('exists for every code of the catalogue and is not the English one', () => {
    const codes = Object.keys(ERROR_CODES) as TakarErrorCode[];
    expect(Object.keys(ERROR_MEANINGS_ID).sort()).toEqual([...codes].sort());
    for (const c of codes) {
      expect(ERROR_MEANINGS_ID[c], c).not.toBe(ERROR_CODES[c]);
      expect(ERROR_MEANINGS_ID[c], c).toMatch(/\.$/);
    }
  });

  it('leads the line with --lang id and is left out with --lang en', () => {
    expect(issueLine('error', 'data/unknown-region', 'rows[1].region', 'Region "X" …', 'id')).toBe(
      'error data/unknown-region at rows[1].region: Nama atau kode wilayah tidak ada di registri wilayah. — Region "X" …',
    );
    expect(issueLine('error', 'data/unknown-region', undefined, 'Region "X" …', 'en')).toBe(
      'error data/unknown-region: Region "X" …',
    );
  });
});
