// Reproduces every file of COINr's ASEM reference outputs through the CLI, run in-process with
// main(): 1e-9 relative on values, ranks exact (see packages/core/test/coinr-asem.test.ts for the
// same through the library API, and for the one tie data.csv cannot carry).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv, type ResultsDocument, type TreatRecord } from '@takar/core';
import { main } from '@takar/cli';
import {
  asem,
  mismatches,
  printTies,
  readRef,
  refFiles,
  refNumber,
  refPath,
} from '../../core/test/helpers/reference.js';

const dir = mkdtempSync(join(tmpdir(), 'takar-cli-'));
const META = refPath('meta.csv');
const DATA = refPath('data.csv');
const PANEL = refPath('data_panel.csv');
const { data } = asem();
const ties = printTies(data);
const covered = new Set<string>(['README.md']);

/** Runs `takar` in-process; returns exit code and captured output. */
async function takar(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
  });
  return { code, stdout, stderr };
}

/** Reads a wide CSV written by the CLI as unit → column → number. */
function csvGetter(file: string) {
  const t = parseCsv(readFileSync(join(dir, file), 'utf8'));
  const units = t.columns[0] as string[];
  const row = new Map(units.map((u, i) => [u, i]));
  return (unit: string, column: string): number | undefined => {
    const k = t.names.indexOf(column);
    return k < 0 ? undefined : refNumber((t.columns[k] as string[])[row.get(unit) as number] ?? '');
  };
}

async function scoreTo(out: string, ...flags: string[]): Promise<void> {
  const r = await takar('score', '--framework', META, '--data', DATA, ...flags, '--out', out);
  expect(r.stderr).not.toMatch(/^error/m);
  expect(r.code).toBe(0);
}

function reproduces(file: string, found: string[]): void {
  covered.add(file);
  expect(found, `${file}: ${found.length} mismatches`).toEqual([]);
}

const tieExcuse = (unit: string, column: string): boolean => ties.get(column)?.has(unit) ?? false;

afterAll(() => {
  // Every reference file must have been reproduced by one of the tests above.
  expect(refFiles().filter((f) => !covered.has(f))).toEqual([]);
});

describe('takar score reproduces the COINr normalisers', () => {
  const cases: [string, string][] = [
    ['ref_norm_minmax.csv', 'minmax:0,100'],
    ['ref_norm_zscore.csv', 'zscore'],
    ['ref_norm_zscore_10_2.csv', 'zscore:10,2'],
    ['ref_norm_rank.csv', 'rank'],
    ['ref_norm_borda.csv', 'borda'],
    ['ref_norm_prank.csv', 'prank'],
    ['ref_norm_fracmax.csv', 'fracmax'],
    ['ref_norm_dist2max.csv', 'dist2max'],
    ['ref_norm_dist2ref_AUT.csv', 'dist2ref:AUT'],
    ['ref_norm_dist2targ.csv', 'dist2targ'],
  ];
  for (const [file, flag] of cases) {
    it(`--normalise ${flag} --until normalise → ${file}`, async () => {
      await scoreTo(file, '--normalise', flag, '--until', 'normalise');
      const rankBased = ['rank', 'borda', 'prank'].includes(flag);
      reproduces(file, mismatches(file, csvGetter(file), rankBased ? { excuse: tieExcuse } : {}));
    });
  }
});

describe('takar score reproduces whole runs (scores.csv and ranks.csv)', () => {
  const cases: [string, string[]][] = [
    ['ref_raw_minmax_amean', []],
    ['ref_raw_zscore_amean', ['--normalise', 'zscore', '--aggregate', 'amean']],
    ['ref_raw_minmax1_100_gmean', ['--normalise', 'minmax:1,100', '--aggregate', 'gmean']],
  ];
  for (const [stem, flags] of cases) {
    it(`${flags.join(' ') || '(defaults)'} → ${stem}_{scores,ranks}.csv`, async () => {
      await scoreTo(`${stem}_scores.csv`, ...flags, '--out-ranks', join(dir, `${stem}_ranks.csv`));
      reproduces(
        `${stem}_scores.csv`,
        mismatches(`${stem}_scores.csv`, csvGetter(`${stem}_scores.csv`)),
      );
      reproduces(
        `${stem}_ranks.csv`,
        mismatches(`${stem}_ranks.csv`, csvGetter(`${stem}_ranks.csv`), { exact: true }),
      );
    });
  }
});

describe('takar score reproduces imputation, statistics and treatment of raw data', () => {
  const cases: [string, string][] = [
    ['ref_raw_impute_mean.csv', 'mean'],
    ['ref_raw_impute_median.csv', 'median'],
    ['ref_raw_impute_mean_grp_EurAsia.csv', 'group-mean:EurAsia_group'],
  ];
  for (const [file, flag] of cases) {
    it(`--impute ${flag} --until impute → ${file}`, async () => {
      await scoreTo(file, '--impute', flag, '--until', 'impute');
      reproduces(file, mismatches(file, csvGetter(file)));
    });
  }

  it('takar stats → ref_raw_stats.csv', async () => {
    const r = await takar('stats', '--framework', META, '--data', DATA, '--out', 'stats.csv');
    expect(r.code).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 'stats.csv'), 'utf8'));
    const codes = t.columns[0] as string[];
    const get = (code: string, c: string): string =>
      (t.columns[t.names.indexOf(c)] as string[])[codes.indexOf(code)] ?? '';
    const ref = readRef('ref_raw_stats.csv');
    expect(t.names).toEqual(ref.names);
    const numeric = ref.names.slice(1).filter((n) => !n.startsWith('Flag.'));
    const found = mismatches('ref_raw_stats.csv', (code, c) => refNumber(get(code, c)), {
      columns: numeric,
      excuse: (code, c) => ties.has(code) && (c === 'N.Unique' || c === 'Frc.Unique'),
    });
    for (const [code, row] of ref.rows) {
      for (const f of ref.names.filter((n) => n.startsWith('Flag.')))
        if (get(code, f) !== row.get(f)) found.push(`${code}/${f}`);
    }
    reproduces('ref_raw_stats.csv', found);
  });

  it('--treat default --until treat → ref_raw_treated.csv; its results.json → treat details and points', async () => {
    await scoreTo('ref_raw_treated.csv', '--treat', 'default', '--until', 'treat');
    reproduces(
      'ref_raw_treated.csv',
      mismatches('ref_raw_treated.csv', csvGetter('ref_raw_treated.csv')),
    );
    await scoreTo('treat.json', '--treat', 'winmax=5', '--until', 'treat');
    const doc = JSON.parse(readFileSync(join(dir, 'treat.json'), 'utf8')) as ResultsDocument;
    expect(doc.until).toBe('treat');
    const details = doc.stages.find((s) => s.stage === 'treat')?.details as TreatRecord[];
    reproduces('ref_raw_treat_details.csv', treatMismatches('ref_raw_treat_details.csv', details));
    const points = new Map(details.map((d) => [d.indicator, d.points ?? {}]));
    const ref = readRef('ref_raw_treat_points.csv');
    const found: string[] = [];
    for (const [unit, row] of ref.rows) {
      for (const c of ref.names.slice(1))
        if ((points.get(c)?.[unit] ?? '') !== row.get(c)) found.push(`${unit}/${c}`);
    }
    reproduces('ref_raw_treat_points.csv', found);
  });
});

describe('takar score reproduces the full COINr example from a --config file', () => {
  const config = join(dir, 'example.json');
  writeFileSync(
    config,
    JSON.stringify({
      denominate: true,
      impute: { method: 'group-mean', group: 'EurAsia_group' },
      screen: { minAvailability: 0.9 },
      treat: { method: 'default' },
      order: ['denominate', 'impute', 'screen', 'treat', 'normalise'],
    }),
  );
  const stages: [string, string][] = [
    ['denominate', 'ref_example_denominated.csv'],
    ['impute', 'ref_example_imputed.csv'],
    ['screen', 'ref_example_screened.csv'],
    ['treat', 'ref_example_treated.csv'],
    ['normalise', 'ref_example_normalised.csv'],
  ];
  for (const [until, file] of stages) {
    it(`--until ${until} → ${file}`, async () => {
      await scoreTo(file, '--config', config, '--until', until);
      reproduces(file, mismatches(file, csvGetter(file)));
    });
  }

  it('the same flags as options (--denominate --impute --screen --treat --order) → aggregated scores and ranks', async () => {
    await scoreTo(
      'ex_scores.csv',
      '--denominate',
      '--impute',
      'group-mean:EurAsia_group',
      '--screen',
      '0.9',
      '--treat',
      'default',
      '--order',
      'denominate,impute,screen,treat,normalise',
      '--out-ranks',
      join(dir, 'ex_ranks.csv'),
    );
    reproduces(
      'ref_example_aggregated_scores.csv',
      mismatches('ref_example_aggregated_scores.csv', csvGetter('ex_scores.csv')),
    );
    reproduces(
      'ref_example_aggregated_ranks.csv',
      mismatches('ref_example_aggregated_ranks.csv', csvGetter('ex_ranks.csv'), { exact: true }),
    );
  });

  it('results.json records the screening table → ref_example_screen_avail.csv, and treat details → ref_example_treat_details.csv', async () => {
    await scoreTo('example.json.out.json', '--config', config);
    const doc = JSON.parse(
      readFileSync(join(dir, 'example.json.out.json'), 'utf8'),
    ) as ResultsDocument;
    const table = (
      doc.stages.find((s) => s.stage === 'screen')?.details as {
        availability: Record<string, unknown>[];
      }
    ).availability;
    const byUnit = new Map(table.map((t) => [t.unit as string, t]));
    const names: Record<string, string> = {
      N_missing: 'nMissing',
      N_zero: 'nZero',
      N_miss_or_zero: 'nMissOrZero',
      Dat_Avail: 'dataAvailability',
      Non_Zero: 'nonZero',
      LowData: 'lowData',
      LowNonZero: 'lowNonZero',
      LowDatOrZeroFlag: 'lowDataOrZero',
      Included: 'included',
    };
    const found: string[] = [];
    for (const [unit, row] of readRef('ref_example_screen_avail.csv').rows) {
      for (const [refName, key] of Object.entries(names)) {
        const got = byUnit.get(unit)?.[key];
        const want = row.get(refName) as string;
        const ok =
          typeof got === 'boolean'
            ? String(got).toUpperCase() === want
            : Math.abs((got as number) - Number(want)) <= 1e-9 * Math.abs(Number(want));
        if (!ok) found.push(`${unit}/${refName}`);
      }
    }
    reproduces('ref_example_screen_avail.csv', found);
    const details = doc.stages.find((s) => s.stage === 'treat')?.details as TreatRecord[];
    reproduces(
      'ref_example_treat_details.csv',
      treatMismatches('ref_example_treat_details.csv', details),
    );
  });
});

describe('takar score reads the inputs', () => {
  it('meta.csv and data.csv (every run above), data_panel.csv with --year', async () => {
    covered.add('meta.csv');
    covered.add('data.csv');
    const r = await takar('score', '--framework', META, '--data', PANEL, '--out', 'panel.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error data\/mixed-years at values: .*--year/m);
    const r2 = await takar(
      'score',
      '--framework',
      META,
      '--data',
      PANEL,
      '--year',
      '2018',
      '--out',
      'panel2018.csv',
      '--out-ranks',
      'panel2018_ranks.csv',
    );
    expect(r2.code).toBe(0);
    covered.add('data_panel.csv');
    // 2018 of the panel is the data of data.csv.
    expect(
      mismatches('ref_raw_minmax_amean_ranks.csv', csvGetter('panel2018_ranks.csv'), {
        exact: true,
      }),
    ).toEqual([]);
  });
});

function treatMismatches(file: string, details: readonly TreatRecord[]): string[] {
  const byCode = new Map(details.map((d) => [d.indicator, d]));
  const found: string[] = [];
  for (const [code, row] of readRef(file).rows) {
    const d = byCode.get(code);
    const want = (n: string): string => row.get(n) ?? '';
    const num = (got: number | null | undefined, n: string): void => {
      const w = want(n);
      if (
        got === undefined || got === null
          ? w !== ''
          : Math.abs(got - Number(w)) > 1e-9 * Math.abs(Number(w)) + 1e-12
      ) {
        found.push(`${code}/${n}`);
      }
    };
    if ((d?.pass0 ? 'TRUE' : 'FALSE') !== want('check_SkewKurt0.Pass')) found.push(`${code}/pass0`);
    num(d?.skew0, 'check_SkewKurt0.Skew');
    num(d?.kurt0, 'check_SkewKurt0.Kurt');
    num(d?.nwin, 'winsorise.nwin');
    if ((d?.pass1 === undefined ? '' : d.pass1 ? 'TRUE' : 'FALSE') !== want('check_SkewKurt1.Pass'))
      found.push(`${code}/pass1`);
    num(d?.skew1, 'check_SkewKurt1.Skew');
    num(d?.kurt1, 'check_SkewKurt1.Kurt');
  }
  return found;
}
