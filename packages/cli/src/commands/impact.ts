/*
 * takar impact: positively-affected citizens (masyarakat terdampak positif).
 *
 *   --programmes <file|example> ─ countProgrammes ─┐ (range; point value with --overlap)
 *   --records <file.csv> ─ stream ─ HMAC (salt) ─ DistinctCounter (exact | hll) ─┤
 *   --records <file> --method duckdb ─ countDistinctDuckDB ──────────────────────┤
 *   --survey <file> ─ estimateSurvey (Wilson) ───────────────────────────────────┴─ coverage ─ out
 *
 *   takar impact sketch | merge | sql: federated counting across agencies (impact-sketch.ts, …)
 */
import { say } from '../locale/say.js';
import { issueLine } from '../locale/error-meanings.js';
import { lang } from '../locale/terms.js';
import {
  DistinctCounter,
  TakarError,
  countProgrammes,
  coverage,
  estimateSurvey,
  issue,
  keyHasherSync,
  looksLikeNik,
  parseGroupings,
  spreadsheetSafe,
  type Grouping,
  type ImpactRow,
  type OverlapAssumption,
  type TakarIssue,
} from '@takar/core';
import { EXAMPLE_NOTE, examplePrograms } from '@takar/indonesia';
import { parseArgs, type ParsedArgs } from '../args.js';
import { atomicSink, type AtomicSink } from '../files/atomic-write.js';
import { impactOutput } from '../impact-output.js';
import { pathIn, type CliIo } from '../io.js';
import { readPopulation } from '../load/read-population.js';
import { readRows } from '../load/read-rows.js';
import { extensionOf } from '../load/read-text.js';
import { streamCsv } from '../load/stream-csv.js';
import { progressBar } from '../progress.js';
import { checkOut, writeOutput } from '../write-output.js';
import { impactMergeCommand } from './impact-merge.js';
import { impactSketchCommand } from './impact-sketch.js';
import { impactSqlCommand } from './impact-sql.js';
import { outputFormat } from '../output/output-format.js';
import {
  CSV_FLAGS,
  OUTPUT_SWITCHES,
  OUTPUT_VALUED,
  csvOptions,
  flagNumber,
  optional,
  yearFlag,
} from './shared-flags.js';
import { impactCells, regionMatcher, unmatchedRegions } from '../load/impact-rows.js';
import { readTable } from '../load/read-table.js';

const VALUED = [
  'programmes',
  'records',
  'survey',
  'salt',
  'by',
  'method',
  'population',
  'household-size',
  'overlap',
  'deff',
  'confidence',
  'year',
  'out',
  'out-records',
  ...CSV_FLAGS,
  'sheet',
  ...OUTPUT_VALUED,
];
const SWITCHES = ['already-hashed', 'progress', 'help', ...OUTPUT_SWITCHES];
const usage = (flag: string, message: string): TakarError =>
  new TakarError(issue('cli/usage', [`--${flag}`], message));

/**
 * `takar impact`: counts positively-affected citizens from programme totals, keyed beneficiary
 * records (hashed with a secret salt, counted exactly, with HyperLogLog or on DuckDB) or a resident
 * survey, per region, dimension, province or nation, with coverage of the population; every number
 * carries the method that produced it.
 *
 * @example
 * ```ts
 * await impactCommand(['--records', 'records.csv', '--by', 'region,national', '--out', 'affected.csv'], io);
 * ```
 */
export async function impactCommand(argv: readonly string[], io: CliIo): Promise<number> {
  // Federated counting: takar impact sketch | merge | sql (see their files).
  const sub = argv[0];
  if (sub === 'sketch') return impactSketchCommand(argv.slice(1), io);
  if (sub === 'merge') return impactMergeCommand(argv.slice(1), io);
  if (sub === 'sql') return impactSqlCommand(argv.slice(1), io);
  const args = parseArgs(argv, VALUED, SWITCHES);
  if (args.positional.length)
    throw usage(
      'argv',
      `Unexpected argument "${args.positional[0]}"; the subcommands are sketch, merge and sql, and options start with --.`,
    );
  const sources = ['programmes', 'records', 'survey'].filter((s) => args.flags.has(s));
  if (sources.length !== 1)
    throw usage(
      sources[1] ?? 'programmes',
      'Give exactly one input: --programmes <file>, --records <file> or --survey <file>.',
    );
  const out = optional(args, 'out');
  checkOut(out);
  const by = parseGroupings(optional(args, 'by') ?? 'region');
  const format = csvOptions(args);
  const population = await readPopulation(io, optional(args, 'population'), format);
  const source = sources[0] as 'programmes' | 'records' | 'survey';
  let rows: ImpactRow[];
  const warnings: TakarIssue[] = [];
  if (source === 'programmes') rows = await programmes(args, io, by, population);
  else if (source === 'survey') {
    const deff = numberFlag(args, 'deff', 1);
    const confidence = numberFlag(args, 'confidence', 0, 1);
    const path = optional(args, 'survey') as string;
    const cells = impactCells(
      await impactRows(io, path, 'survey', args),
      ['respondents', 'positive', 'deff'],
      format,
      path,
      population,
      (rows) => estimateSurvey(rows, { population, ...(deff !== undefined ? { deff } : {}) }),
    );
    const r = estimateSurvey(cells, {
      by,
      population,
      ...(deff !== undefined ? { deff } : {}),
      ...(confidence !== undefined ? { confidence } : {}),
    });
    rows = r.rows;
    warnings.push(...r.issues);
  } else rows = await records(args, io, by, warnings, population);
  const withCoverage = coverage(rows, population).rows;
  for (const w of warnings.slice(0, 20))
    io.stderr(
      issueLine('warning', w.code, undefined, w.message.replaceAll('\n', ' '), lang()) + '\n',
    );
  if (warnings.length > 20)
    io.stderr(
      say(
        `…dan ${warnings.length - 20} peringatan lagi.\n`,
        `…and ${warnings.length - 20} more warnings.\n`,
      ),
    );
  const over = withCoverage.filter((r) => (r as { exceedsPopulation?: boolean }).exceedsPopulation);
  const overList = over
    .slice(0, 5)
    .map((r) => Object.values(r.group).join(' '))
    .join(', ');
  if (over.length)
    io.stderr(
      issueLine(
        'warning',
        'impact/exceeds-population',
        undefined,
        say(
          `di ${over.length} baris satu program melaporkan penerima lebih banyak dari penduduk (${overList}); periksa datanya (kolom exceedsPopulation).`,
          `in ${over.length} row(s) one programme reports more beneficiaries than the population (${overList}); check the data (column exceedsPopulation).`,
        ),
        'en',
      ) + '\n',
    );
  await writeOutput(io, out, impactOutput(withCoverage), outputFormat(args));
  return 0;
}

/**
 * Impact input rows: a CSV or `.xlsx` table (with the ambiguity check of `readTable`), or JSON
 * through `readRows`.
 */
async function impactRows(
  io: CliIo,
  path: string,
  role: string,
  args: ParsedArgs,
): Promise<Record<string, unknown>[]> {
  if (!/\.(csv|tsv|txt|xlsx)$/i.test(path)) return readRows(io, path, role);
  const sheet = optional(args, 'sheet');
  const { table } = await readTable(io, path, role, {
    ...csvOptions(args),
    ...(sheet !== undefined ? { sheet } : {}),
    textColumns: ['region', 'programme', 'dimension', 'year', 'unit'],
  });
  return Array.from({ length: table.rowCount }, (_v, r) => {
    const row: Record<string, unknown> = {};
    table.names.forEach((n, k) => {
      const v = (table.columns[k] as ArrayLike<unknown>)[r];
      row[n] = v === null || v === undefined ? '' : typeof v === 'number' ? v : String(v);
    });
    return row;
  });
}

async function programmes(
  args: ParsedArgs,
  io: CliIo,
  by: Grouping[],
  population: Record<string, number>,
): Promise<ImpactRow[]> {
  const path = optional(args, 'programmes') as string;
  let input: unknown[];
  if (path === 'example') {
    const year = yearFlag(args);
    input = examplePrograms(year);
    io.stderr(
      say(
        `takar: program contoh${year === undefined ? ' 2020–2024' : ` ${year}`} — ${EXAMPLE_NOTE}\n`,
        `takar: example programmes${year === undefined ? ' 2020–2024' : ` ${year}`} — ${EXAMPLE_NOTE}\n`,
      ),
    );
  } else {
    input = impactCells(
      await impactRows(io, path, 'programmes', args),
      ['beneficiaries'],
      csvOptions(args),
      path,
      population,
      (rows) => countProgrammes(rows, { population }),
    );
    const year = yearFlag(args);
    if (year !== undefined)
      input = input.filter((r) => String((r as { year?: unknown }).year) === String(year));
  }
  const overlap = optional(args, 'overlap');
  if (overlap !== undefined && !['none', 'nested', 'independent'].includes(overlap))
    throw usage('overlap', `--overlap must be none, nested or independent; got "${overlap}".`);
  const householdSize = numberFlag(args, 'household-size', 1, Infinity, csvOptions(args));
  return countProgrammes(input, {
    by,
    population,
    ...(overlap !== undefined ? { overlap: overlap as OverlapAssumption } : {}),
    ...(householdSize !== undefined ? { householdSize } : {}),
  });
}

async function records(
  args: ParsedArgs,
  io: CliIo,
  by: Grouping[],
  warnings: TakarIssue[],
  population: Readonly<Record<string, number>>,
): Promise<ImpactRow[]> {
  const path = pathIn(io, optional(args, 'records') as string);
  const method = optional(args, 'method') ?? 'exact';
  if (!['exact', 'hll', 'duckdb'].includes(method))
    throw usage('method', `--method must be exact, hll or duckdb; got "${method}".`);
  const alreadyHashed = args.flags.get('already-hashed') === true;
  // The salt is a secret: it is read from the environment first and never printed.
  const salt = optional(args, 'salt') ?? process.env['TAKAR_SALT'];
  if (optional(args, 'salt') !== undefined)
    io.stderr(
      say(
        'takar: catatan: salt di baris perintah dapat dilihat pengguna lain dan tersimpan di riwayat shell; lebih baik pakai variabel lingkungan TAKAR_SALT.\n',
        'takar: note: a salt on the command line can be seen by other users and kept in shell history; prefer the environment variable TAKAR_SALT.\n',
      ),
    );
  const mb = (b: number): string => (b / 1e6).toFixed(b < 1e8 ? 1 : 0);
  const bar = progressBar(io, 'impact', args.flags.get('progress') === true, (d, t) =>
    method === 'duckdb' ? '' : ` ${mb(d)}/${mb(t)} MB`,
  );
  const outRecords = optional(args, 'out-records');
  if (method === 'duckdb') {
    if (outRecords !== undefined)
      throw usage(
        'out-records',
        '--out-records works with --method exact or hll, which read the file line by line.',
      );
    if (!alreadyHashed && salt)
      throw usage(
        'method',
        'DuckDB counts the keys as they are in the file, so they must already be pseudonyms: hash them first (hashKey with your salt) and pass --already-hashed, or use --method exact|hll, which hash as they read.',
      );
    const { countDistinctDuckDB } = await import('@takar/core/duckdb');
    const ext = extensionOf(path);
    const r = await countDistinctDuckDB({
      source: { path, format: ext === 'parquet' ? 'parquet' : 'csv' },
      by,
      alreadyHashed,
      onProgress: (p) => bar.update(Math.round(p), 100),
    });
    bar.done();
    warnings.push(...r.issues);
    // DuckDB counts by the file's region values, which cannot be renamed after counting: every
    // region must already be a code of the registry (or of --population).
    const issues = r.rows.flatMap((row, i) => {
      const region = row.group['region'];
      if (region === undefined || Object.hasOwn(population, region)) return [];
      const m = regionMatcher(population)(region);
      return [
        issue(
          m.ok ? 'data/unknown-region' : m.code,
          ['records', 'region', i],
          m.ok
            ? `Region "${region}" of "${optional(args, 'records') as string}" is a name; with --method duckdb write the code (${m.code}) in the file, or use --method exact|hll, which turn names into codes.`
            : `"${optional(args, 'records') as string}": ${m.why}`,
        ),
      ];
    });
    if (issues.length) throw new TakarError(issues.slice(0, 50));
    return r.rows;
  }
  if (!alreadyHashed && !salt)
    throw new TakarError(
      issue(
        'impact/missing-salt',
        ['salt'],
        'The keys are not known to be pseudonyms: set a secret salt in the environment (TAKAR_SALT) or with --salt to hash them, or pass --already-hashed if they already are.',
      ),
    );
  const hash = alreadyHashed ? undefined : keyHasherSync(salt as string);
  // --out-records: the records with pseudonymous keys, for DuckDB or a data warehouse later. They
  // go to a temporary file beside it, renamed into place only once the whole input has been read
  // without error, so a bad input or a full disk leaves any old file as it was.
  const sink: AtomicSink | undefined =
    outRecords === undefined
      ? undefined
      : await atomicSink(pathIn(io, outRecords), {
          ...(io.fs ? { fs: io.fs } : {}),
          shown: outRecords,
          role: '--out-records',
        });
  try {
    return await countRecords();
  } catch (e) {
    await sink?.abort();
    throw e;
  }

  async function countRecords(): Promise<ImpactRow[]> {
    await sink?.write('region,programme,key,dimension,year\n');
    const counter = new DistinctCounter({ by, method: method as 'exact' | 'hll', alreadyHashed });
    type Pending = { region: string; programme?: string; dimension?: string; year?: number };
    const batch: Pending[] = [];
    const keys: string[] = [];
    const flush = async (): Promise<void> => {
      if (!batch.length) return;
      const hashed = hash ? keys.map((k) => hash(k)) : keys;
      batch.forEach((r, i) => counter.add({ ...r, key: hashed[i] as string }));
      if (sink) {
        const lines = batch.map((r, i) =>
          [r.region, r.programme ?? '', hashed[i] as string, r.dimension ?? '', r.year ?? '']
            .map(csvCell)
            .join(','),
        );
        await sink.write(lines.join('\n') + '\n');
      }
      batch.length = 0;
      keys.length = 0;
    };
    const bad: TakarIssue[] = [];
    const match = regionMatcher(population);
    const unmatched = unmatchedRegions(optional(args, 'records') as string);
    const header = await streamCsv(
      path,
      async (rec) => {
        const region = rec.get('region')?.trim() ?? '';
        const key = rec.get('key')?.trim() ?? '';
        const yearText = rec.get('year')?.trim();
        const year = yearText ? Number(yearText) : undefined;
        if (!region || !key || (yearText && !/^\d{4}$/.test(yearText))) {
          if (bad.length < 50)
            bad.push(
              issue(
                'impact/invalid',
                ['records', rec.line],
                `Line ${rec.line} needs a region and a key${yearText ? ', and a four-digit year' : ''}.`,
              ),
            );
          return;
        }
        // A NIK-shaped value in any column but a key about to be hashed is refused before it is
        // kept or written anywhere; the message names the line and column, never the value.
        const nikAt = rec.cells.findIndex(
          (c, k) => (hash === undefined || rec.names[k] !== 'key') && looksLikeNik(c),
        );
        if (nikAt >= 0) {
          const column = rec.names[nikAt] ?? `column ${nikAt + 1}`;
          if (bad.length < 50)
            bad.push(
              issue(
                'impact/raw-identifier',
                ['records', rec.line, column],
                column === 'key'
                  ? `Line ${rec.line}: the key looks like a raw 16-digit NIK (not shown), so it is not a pseudonym; drop --already-hashed and give a salt (TAKAR_SALT) to hash the keys.`
                  : `Line ${rec.line}: column "${column}" holds a value that looks like a raw 16-digit NIK (not shown); a NIK may only be in the key column, to be hashed. Remove it.`,
              ),
            );
          return;
        }
        // The region is checked against the registry (names become codes), as for programmes.
        const m = match(region);
        if (!m.ok) {
          unmatched.add(rec.line, region, m);
          return;
        }
        const programme = rec.get('programme')?.trim();
        const dimension = rec.get('dimension')?.trim();
        batch.push({
          region: m.code,
          ...(programme ? { programme } : {}),
          ...(dimension ? { dimension } : {}),
          ...(year !== undefined ? { year } : {}),
        });
        keys.push(key);
        if (batch.length >= 512) await flush();
      },
      {
        ...(csvOptions(args).delimiter ? { delimiter: csvOptions(args).delimiter } : {}),
        ...(io.encoding ? { encoding: io.encoding } : {}),
        shown: optional(args, 'records') as string,
        onProgress: (done, size) => bar.update(done, size),
      },
    );
    await flush();
    bar.done();
    const missing = ['region', 'key'].filter((c) => !header.includes(c));
    if (missing.length)
      throw new TakarError(
        issue(
          'impact/invalid',
          ['records', 'columns'],
          `The records file has no ${missing.map((c) => `"${c}"`).join(' or ')} column; it needs region, programme, key (and optionally dimension, year).`,
        ),
      );
    if (bad.length || unmatched.issues().length)
      throw new TakarError([...bad, ...unmatched.issues()]);
    const result = counter.result();
    await sink?.commit();
    io.stderr(
      say(
        `takar: ${counter.records} catatan dihitung (${method})${outRecords ? `; catatan berpseudonim → ${outRecords}` : ''}\n`,
        `takar: counted ${counter.records} records (${method})${outRecords ? `; pseudonymised records → ${outRecords}` : ''}\n`,
      ),
    );
    return result;
  }
}

function numberFlag(
  args: ParsedArgs,
  name: string,
  min: number,
  max = Infinity,
  format: { decimal?: '.' | ',' } = {},
): number | undefined {
  const t = optional(args, name);
  if (t === undefined) return undefined;
  // With --decimal , a flag is written as the file is: --household-size 3,6.
  const x = flagNumber(t, { ...(format.decimal ? { decimal: format.decimal } : {}) }) ?? NaN;
  if (!(Number.isFinite(x) && x >= min && x <= max))
    throw usage(
      name,
      `--${name} must be a number${max < Infinity ? ` between ${min} and ${max}` : ` ≥ ${min}`}; got "${t}"${/^\d+,\d+$/.test(t) ? ' (for a decimal comma also give --decimal ,)' : ''}.`,
    );
  return x;
}

function csvCell(v: string | number): string {
  const t = typeof v === 'number' ? String(v) : spreadsheetSafe(v);
  return /[",\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}
