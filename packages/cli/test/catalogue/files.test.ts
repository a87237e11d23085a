// Bad-input catalogue, files: nothing lost on failure, and file errors coded (issue 16, items 2–3).
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { FsOps } from '../../src/files/fs-ops.js';
import { MINI } from '../helpers/takar.js';
import { cliCases, errno, fakeBundle, leftovers, type CliCase } from './run-cases.js';

const SCORE = ['score', ...MINI];
const OLD = 'old results, must survive\n';

/** File operations whose n-th write fails with `code` after writing half of the chunk. */
const failingWrite =
  (code: string, at = 0) =>
  (real: FsOps): FsOps => {
    let writes = 0;
    return {
      ...real,
      create: async (path) => {
        const sink = await real.create(path);
        return {
          ...sink,
          write: async (chunk) => {
            if (writes++ === at) {
              await sink.write(chunk.slice(0, Math.floor(chunk.length / 2)));
              throw errno(code, path);
            }
            await sink.write(chunk);
          },
        };
      },
    };
  };

const intact = (file: string) => (dir: string) => {
  expect(readFileSync(join(dir, file), 'utf8')).toBe(OLD);
  expect(leftovers(dir)).toEqual([]);
};

const cases: CliCase[] = [
  {
    name: 'score --out in a folder that does not exist',
    argv: [...SCORE, '--out', 'nope/r.json'],
    exit: 1,
    code: 'io/not-found',
    place: '--out "nope/r.json": its folder does not exist',
  },
  {
    name: 'score --out naming a folder',
    setup: (d) => mkdirSync(join(d, 'r.json')),
    argv: [...SCORE, '--out', 'r.json'],
    exit: 1,
    code: 'io/is-directory',
    place: 'at --out: Cannot write --out "r.json": it is a folder',
  },
  {
    name: 'score --out below a file',
    argv: [...SCORE, '--out', 'mini.csv/r.json'],
    exit: 1,
    code: 'io/not-a-directory',
    place: '"mini.csv/r.json"',
  },
  {
    name: 'score --out equal to --data: refused, the data untouched',
    argv: [...SCORE, '--out', 'mini.csv'],
    exit: 1,
    code: 'io/same-as-input',
    place: '--out "mini.csv" is also an input ("mini.csv")',
    after: (d) => expect(readFileSync(join(d, 'mini.csv'), 'utf8')).toMatch(/^unit,name/),
  },
  {
    name: 'score --out equal to --framework written another way (./)',
    argv: [...SCORE, '--out', './mini.json'],
    exit: 1,
    code: 'io/same-as-input',
    place: 'is also an input ("mini.json")',
  },
  {
    name: 'score --out a hard link to --data (same file, other name)',
    setup: (d) => linkSync(join(d, 'mini.csv'), join(d, 'copy.csv')),
    argv: [...SCORE, '--out', 'copy.csv'],
    exit: 1,
    code: 'io/same-as-input',
    place: '--out "copy.csv" is also an input',
  },
  {
    name: 'score --out-ranks equal to --out',
    argv: [...SCORE, '--out', 's.csv', '--out-ranks', 's.csv'],
    exit: 1,
    code: 'io/same-as-input',
    place: '--out-ranks "s.csv" is also the path of --out',
  },
  {
    name: 'score --out a symbolic link: refused, the linked file untouched',
    files: { 'real.json': OLD },
    setup: (d) => symlinkSync(join(d, 'real.json'), join(d, 'r.json')),
    argv: [...SCORE, '--out', 'r.json'],
    exit: 1,
    code: 'io/symlink',
    place: '--out "r.json" is a symbolic link',
    after: intact('real.json'),
  },
  {
    name: 'score --out a dangling symbolic link out of the folder',
    setup: (d) => symlinkSync('/nonexistent-takar/elsewhere.json', join(d, 'r.json')),
    argv: [...SCORE, '--out', 'r.json'],
    exit: 1,
    code: 'io/symlink',
    place: 'at --out',
  },
  {
    name: 'score --out, disk full half-way (injected ENOSPC): the old file intact',
    files: { 'r.json': OLD },
    fs: failingWrite('ENOSPC'),
    argv: [...SCORE, '--out', 'r.json'],
    exit: 1,
    code: 'io/disk-full',
    place: '"r.json": the disk is full (ENOSPC); nothing was replaced',
    after: intact('r.json'),
  },
  {
    name: 'score --out CSV, disk quota used up (injected EDQUOT)',
    files: { 's.csv': OLD },
    fs: failingWrite('EDQUOT'),
    argv: [...SCORE, '--out', 's.csv'],
    exit: 1,
    code: 'io/disk-full',
    place: '"s.csv"',
    after: intact('s.csv'),
  },
  {
    name: 'score --out, the flush to disk fails (injected ENOSPC at fsync)',
    files: { 'r.json': OLD },
    fs: (real) => ({
      ...real,
      create: async (p) => {
        const s = await real.create(p);
        return { ...s, close: async () => (await s.abort(), Promise.reject(errno('ENOSPC', p))) };
      },
    }),
    argv: [...SCORE, '--out', 'r.json'],
    exit: 1,
    code: 'io/disk-full',
    place: 'r.json',
    after: intact('r.json'),
  },
  {
    name: 'score --out, permission denied creating the file (injected EACCES)',
    fs: (real) => ({ ...real, create: async (p) => Promise.reject(errno('EACCES', p)) }),
    argv: [...SCORE, '--out', 'r.json'],
    exit: 1,
    code: 'io/permission-denied',
    place: 'Cannot write the output file "r.json": permission denied',
  },
  {
    name: 'score --out, read-only file system (injected EROFS)',
    fs: (real) => ({ ...real, create: async (p) => Promise.reject(errno('EROFS', p)) }),
    argv: [...SCORE, '--out', 'r.json'],
    exit: 1,
    code: 'io/permission-denied',
    place: 'read-only (EROFS)',
  },
  {
    name: 'score --out, the temporary file exists already (injected EEXIST)',
    fs: (real) => ({ ...real, create: async (p) => Promise.reject(errno('EEXIST', p)) }),
    argv: [...SCORE, '--out', 'r.json'],
    exit: 1,
    code: 'io/exists',
    place: '"r.json": it already exists',
  },
  {
    name: 'score --out, the rename fails (injected EIO): old file intact',
    files: { 'r.json': OLD },
    fs: (real) => ({ ...real, rename: async (a) => Promise.reject(errno('EIO', a)) }),
    argv: [...SCORE, '--out', 'r.json'],
    exit: 1,
    code: 'io/write-failed',
    place: '"r.json" (EIO)',
    after: intact('r.json'),
  },
  {
    name: 'score --out-ranks, disk full on the second file',
    files: { 'ranks.csv': OLD },
    fs: failingWrite('ENOSPC', 1),
    argv: [...SCORE, '--out', 's.csv', '--out-ranks', 'ranks.csv'],
    exit: 1,
    code: 'io/disk-full',
    place: 'ranks.csv',
    after: intact('ranks.csv'),
  },
  {
    name: 'stats --out in a missing folder',
    argv: ['stats', ...MINI, '--out', 'no/stats.csv'],
    exit: 1,
    code: 'io/not-found',
    place: '--out "no/stats.csv"',
  },
  {
    name: 'stats --out, disk full (injected): old file intact',
    files: { 'stats.csv': OLD },
    fs: failingWrite('ENOSPC'),
    argv: ['stats', ...MINI, '--out', 'stats.csv'],
    exit: 1,
    code: 'io/disk-full',
    place: 'stats.csv',
    after: intact('stats.csv'),
  },
  {
    name: 'framework --out naming a folder',
    setup: (d) => mkdirSync(join(d, 'f.json')),
    argv: ['framework', 'spbe-2020', '--out', 'f.json'],
    exit: 1,
    code: 'io/is-directory',
    place: '"f.json"',
  },
  {
    name: 'framework --out, disk full (injected): old file intact',
    files: { 'f.json': OLD },
    fs: failingWrite('ENOSPC'),
    argv: ['framework', 'spbe-2020', '--out', 'f.json'],
    exit: 1,
    code: 'io/disk-full',
    place: 'f.json',
    after: intact('f.json'),
  },
  {
    name: 'compare --out, disk full (injected): old file intact',
    files: { 'c.json': OLD },
    fs: failingWrite('ENOSPC'),
    argv: ['compare', ...MINI, '--unit', 'u1', '--out', 'c.json'],
    exit: 1,
    code: 'io/disk-full',
    place: 'c.json',
    after: intact('c.json'),
  },
  {
    name: 'awards --out equal to --data',
    argv: ['awards', ...MINI, '--out', 'mini.csv'],
    exit: 1,
    code: 'io/same-as-input',
    place: '--out "mini.csv"',
  },
  {
    name: 'trend --out below a file',
    argv: ['trend', '--framework', 'mini.json', '--data', 'mini.csv', '--out', 'mini.json/t.csv'],
    exit: 1,
    code: 'io/not-a-directory',
    place: 'mini.json/t.csv',
  },
  {
    name: 'impact --out-records equal to --records',
    files: { 'rec.csv': 'region,programme,key\n32.73,PKH,a\n' },
    env: { TAKAR_SALT: 'rahasia-uji-0042-abcd' },
    argv: ['impact', '--records', 'rec.csv', '--out-records', 'rec.csv'],
    exit: 1,
    code: 'io/same-as-input',
    place: '--out-records "rec.csv" is also an input',
    after: (d) => expect(readFileSync(join(d, 'rec.csv'), 'utf8')).toContain('32.73,PKH,a'),
  },
  {
    name: 'impact --out-records: a record with an extra field leaves the old file intact',
    files: { 'rec.csv': 'region,programme,key\n32.73,PKH,a\n32.73,PKH,b,c\n', 'p.csv': OLD },
    env: { TAKAR_SALT: 'rahasia-uji-0042-abcd' },
    argv: ['impact', '--records', 'rec.csv', '--out-records', 'p.csv'],
    exit: 1,
    code: 'data/csv',
    place: 'Line 3 has 4 fields but the header has 3 (an extra field)',
    after: intact('p.csv'),
  },
  {
    name: 'impact --out-records: a bad record leaves the old pseudonymised file intact',
    files: { 'rec.csv': 'region,programme,key\n32.73,PKH,a\n,PKH,b\n', 'p.csv': OLD },
    env: { TAKAR_SALT: 'rahasia-uji-0042-abcd' },
    argv: ['impact', '--records', 'rec.csv', '--out-records', 'p.csv'],
    exit: 1,
    code: 'impact/invalid',
    place: 'Line 3 needs a region and a key',
    after: intact('p.csv'),
  },
  {
    name: 'impact --out-records, disk full (injected): old file intact',
    files: { 'rec.csv': 'region,programme,key\n32.73,PKH,a\n', 'p.csv': OLD },
    env: { TAKAR_SALT: 'rahasia-uji-0042-abcd' },
    fs: failingWrite('ENOSPC'),
    argv: ['impact', '--records', 'rec.csv', '--out-records', 'p.csv'],
    exit: 1,
    code: 'io/disk-full',
    place: '--out-records "p.csv"',
    after: intact('p.csv'),
  },
  {
    name: 'impact --out a symbolic link',
    files: { 'prog.csv': 'region,programme,beneficiaries,unit\n32.73,PKH,10,persons\n' },
    setup: (d) => symlinkSync(join(d, 'prog.csv'), join(d, 'a.csv')),
    argv: ['impact', '--programmes', 'prog.csv', '--out', 'a.csv'],
    exit: 1,
    code: 'io/symlink',
    place: '--out "a.csv"',
  },
  {
    name: 'publish --out naming a file',
    setup: async (d, takar) => void (await takar(...SCORE, '--out', 'results.json')),
    argv: ['publish', '--results', 'results.json', '--out', 'mini.csv'],
    exit: 1,
    code: 'io/not-a-directory',
    place: '--out "mini.csv": it is a file',
  },
  {
    name: 'publish into a folder of other files: refused, nothing touched',
    files: { 'site/mine.txt': OLD },
    setup: async (d, takar) => {
      await takar(...SCORE, '--out', 'results.json');
      fakeBundle(d);
    },
    argv: ['publish', '--results', 'results.json', '--out', 'site', '--bundle', 'bundle'],
    exit: 1,
    code: 'io/exists',
    place: 'it already holds files that takar publish did not write (mine.txt)',
    after: (d) => {
      expect(readdirSync(join(d, 'site'))).toEqual(['mine.txt']);
      expect(leftovers(d)).toEqual([]);
    },
  },
  {
    name: 'publish, disk full half-way (injected): the old site intact, no temporary folder',
    setup: async (d, takar) => {
      await takar(...SCORE, '--out', 'results.json');
      fakeBundle(d);
      expect(
        (await takar('publish', '--results', 'results.json', '--out', 'site', '--bundle', 'bundle'))
          .code,
      ).toBe(0);
      writeFileSync(join(d, 'site', 'index.html'), OLD);
    },
    fs: failingWrite('ENOSPC', 5),
    argv: ['publish', '--results', 'results.json', '--out', 'site', '--bundle', 'bundle'],
    exit: 1,
    code: 'io/disk-full',
    place: 'site',
    after: (d) => {
      expect(readFileSync(join(d, 'site', 'index.html'), 'utf8')).toBe(OLD);
      expect(leftovers(d)).toEqual([]);
    },
  },
  {
    name: 'publish --out a symbolic link to a folder',
    setup: async (d, takar) => {
      await takar(...SCORE, '--out', 'results.json');
      mkdirSync(join(d, 'elsewhere'));
      symlinkSync(join(d, 'elsewhere'), join(d, 'site'));
    },
    argv: ['publish', '--results', 'results.json', '--out', 'site'],
    exit: 1,
    code: 'io/symlink',
    place: '--out "site" is a symbolic link',
  },
  {
    name: 'publish --out equal to --results',
    setup: async (d, takar) => void (await takar(...SCORE, '--out', 'results.json')),
    argv: ['publish', '--results', 'results.json', '--out', 'results.json'],
    exit: 1,
    code: 'io/same-as-input',
    place: '--out "results.json" is also an input',
  },
  {
    name: 'publish --results missing',
    argv: ['publish', '--results', 'none.json', '--out', 'site'],
    exit: 1,
    code: 'io/not-found',
    place: 'none.json',
    after: (d) => expect(existsSync(join(d, 'site'))).toBe(false),
  },
  {
    name: 'publish with the element bundle missing: io/not-found, no site written',
    setup: async (_d, takar) => void (await takar(...SCORE, '--out', 'results.json')),
    argv: ['publish', '--results', 'results.json', '--out', 'site', '--bundle', 'no-bundle'],
    exit: 1,
    code: 'io/not-found',
    place: 'no-bundle/takar.js',
    after: (d) => expect(existsSync(join(d, 'site'))).toBe(false),
  },
  {
    name: 'impact --method duckdb on a missing records file: io/not-found',
    argv: ['impact', '--records', 'none.csv', '--method', 'duckdb', '--already-hashed'],
    exit: 1,
    code: 'io/not-found',
    place: 'none.csv',
  },
  {
    name: 'publish --boundaries missing: no site written',
    setup: async (d, takar) => {
      await takar(...SCORE, '--out', 'results.json');
      fakeBundle(d);
    },
    argv: [
      'publish',
      '--results',
      'results.json',
      '--out',
      'site',
      '--bundle',
      'bundle',
      '--boundaries',
      'b.geojson',
    ],
    exit: 1,
    code: 'io/not-found',
    place: '--boundaries "',
    after: (d) => {
      expect(existsSync(join(d, 'site'))).toBe(false);
      expect(leftovers(d)).toEqual([]);
    },
  },
  {
    name: '--data missing',
    argv: ['score', '--framework', 'mini.json', '--data', 'none.csv'],
    exit: 1,
    code: 'io/not-found',
    place: 'at data: Cannot read the data file "none.csv": it does not exist',
  },
  {
    name: '--data naming a folder',
    setup: (d) => mkdirSync(join(d, 'dir.csv')),
    argv: ['score', '--framework', 'mini.json', '--data', 'dir.csv'],
    exit: 1,
    code: 'io/is-directory',
    place: '"dir.csv": it is a folder',
  },
  {
    name: '--framework below a file',
    argv: ['score', '--framework', 'mini.csv/f.json', '--data', 'mini.csv'],
    exit: 1,
    code: 'io/not-a-directory',
    place: 'mini.csv/f.json',
  },
  {
    name: '--data unreadable (injected EACCES)',
    readFile: async (p) =>
      p.endsWith('mini.csv') ? Promise.reject(errno('EACCES', p)) : readFileSync(p),
    argv: ['score', ...MINI],
    exit: 1,
    code: 'io/permission-denied',
    place: 'Cannot read the data file "mini.csv": permission denied',
  },
  {
    name: '--config missing',
    argv: [...SCORE, '--config', 'none.json'],
    exit: 1,
    code: 'io/not-found',
    place: 'the config file "none.json"',
  },
  {
    name: '--weights missing',
    argv: [...SCORE, '--weights', 'none.csv'],
    exit: 1,
    code: 'io/not-found',
    place: 'the weights file "none.csv"',
  },
  {
    name: 'impact --population missing',
    files: { 'prog.csv': 'region,programme,beneficiaries,unit\n32.73,PKH,10,persons\n' },
    argv: ['impact', '--programmes', 'prog.csv', '--population', 'none.csv'],
    exit: 1,
    code: 'io/not-found',
    place: 'none.csv',
  },
  {
    name: 'impact --programmes missing',
    argv: ['impact', '--programmes', 'none.csv'],
    exit: 1,
    code: 'io/not-found',
    place: 'none.csv',
  },
  {
    name: 'impact --survey naming a folder',
    setup: (d) => mkdirSync(join(d, 's.csv')),
    argv: ['impact', '--survey', 's.csv'],
    exit: 1,
    code: 'io/is-directory',
    place: 's.csv',
  },
  {
    name: 'impact --records missing',
    env: { TAKAR_SALT: 'rahasia-uji-0042-abcd' },
    argv: ['impact', '--records', 'none.csv'],
    exit: 1,
    code: 'io/not-found',
    place: 'none.csv',
  },
];

describe('bad-input catalogue: files', () => cliCases(cases));
