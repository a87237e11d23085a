/**
 * Several files, one per year, read as one: the data of several years for across-years
 * normalisation, the trend and a published series, as evaluators keep it (one export per year).
 * Each file's year is its year column (`tahun`, `year` or `Time`), or else a year in its name
 * (`skor-2023.csv`). Every problem is listed at once, with the file it is in.
 *
 * - CSV files ({@link combineYearFiles}) must have the same columns in the same order and the
 *   same locale; they become one CSV text with a year column, read as any other (so a session
 *   keeps it, and the engine's issues name its rows).
 * - Sheets of workbooks and JSON rows ({@link combineYearTables}) must have the same columns, in
 *   any order; they become one table with a year column.
 */
import { YEAR_COLUMNS, issue, parseCsv, type Table, type TakarIssue } from '@takar/core';
import { detectLocale, type CsvLocale } from './data-in.js';

/** One dropped file. */
export interface YearFile {
  name: string;
  text: string;
}

/** The files as one CSV text, or what is wrong with them. */
export type YearFilesOutcome =
  | { ok: true; name: string; text: string; years: number[]; locale: CsvLocale }
  | { ok: false; issues: TakarIssue[] };

/** A year in a file name: four digits from 1900 to 2099, not inside a longer number. */
export function yearInName(name: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** What the year checks need of a file. */
interface Part {
  name: string;
  names: readonly string[];
  year: number | undefined;
}

interface ReadFile extends Part {
  locale: CsvLocale;
  header: string;
  lines: string[];
}

/** Splits a file into its header and data lines, with `#` comments and blank lines left out. */
function readFile(f: YearFile, problems: TakarIssue[]): ReadFile | undefined {
  const locale = detectLocale(f.text);
  const all = f.text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(locale.comments);
  const [header = '', ...rest] = all;
  const lines = rest.filter((l) => l.trim() !== '');
  const table = parseCsv(all.join('\n'), { delimiter: locale.delimiter });
  if (table.rowCount !== lines.length) {
    // A quoted cell over several lines: joining the files line by line would split it.
    problems.push(
      issue(
        'data/invalid',
        ['files', f.name],
        `${f.name} has a cell that runs over several lines; give one row per line to read several files at once, or put the years in one file with a year column.`,
      ),
    );
    return undefined;
  }
  return { name: f.name, locale, header, names: table.names, lines, year: yearInName(f.name) };
}

/** The year column a file has, if any. */
const yearColumn = (p: Part) => p.names.find((n) => YEAR_COLUMNS.includes(n));

/**
 * The checks every kind of file shares: the columns agree with the first file's (`columns` says
 * how, or why not), and each file without a year column has its own year in its name. Returns the
 * years taken from the names, or `null` when the first file has a year column.
 */
function checkParts<P extends Part>(
  parts: readonly P[],
  problems: TakarIssue[],
  columns: (p: P, first: P) => string | undefined,
): Map<number, string> | null {
  const first = parts[0];
  const withColumn = first !== undefined && yearColumn(first) !== undefined;
  const seen = new Map<number, string>();
  for (const p of parts) {
    const wrong = p === first ? undefined : columns(p, first!);
    if (wrong) problems.push(issue('data/invalid', ['files', p.name], wrong));
    if (withColumn || yearColumn(p) !== undefined) continue;
    if (p.year === undefined)
      problems.push(
        issue(
          'data/invalid',
          ['files', p.name],
          `${p.name} has no year column (tahun) and no year in its name; name it like skor-2024.csv, or add a column "tahun".`,
        ),
      );
    else if (seen.has(p.year))
      problems.push(
        issue(
          'data/invalid',
          ['files', p.name],
          `${p.name} and ${seen.get(p.year)} are both for ${p.year} (from their names); give one file per year.`,
        ),
      );
    else seen.set(p.year, p.name);
  }
  return withColumn ? null : seen;
}

/** The years taken from the names, in order. */
const sortedYears = (seen: Map<number, string> | null) =>
  seen ? [...seen.keys()].sort((a, b) => a - b) : [];

/**
 * Reads several CSV files (one per year) as one CSV text with a year column.
 *
 * @example
 * ```ts
 * const out = combineYearFiles([
 *   { name: 'skor-2023.csv', text: 'kode;a\n32.73;1,5\n' },
 *   { name: 'skor-2024.csv', text: 'kode;a\n32.73;1,7\n' },
 * ]);
 * out.ok && out.text; // 'tahun;kode;a\n2023;32.73;1,5\n2024;32.73;1,7\n'
 * ```
 */
export function combineYearFiles(files: readonly YearFile[]): YearFilesOutcome {
  const problems: TakarIssue[] = [];
  const read = files.flatMap((f) => readFile(f, problems) ?? []);
  const first = read[0];
  if (!first) return { ok: false, issues: problems };
  const seen = checkParts(read, problems, (r) => {
    if (r.locale.delimiter !== first.locale.delimiter || r.locale.decimal !== first.locale.decimal)
      return `${r.name} is written with "${r.locale.delimiter}" between cells and "${r.locale.decimal}" as decimal mark, ${first.name} with "${first.locale.delimiter}" and "${first.locale.decimal}"; export every year the same way.`;
    if (r.names.join('\u0000') === first.names.join('\u0000')) return undefined;
    const at = r.names.findIndex((n, i) => n !== first.names[i]);
    const k = at === -1 ? first.names.length : at;
    return `${r.name} has other columns than ${first.name}: column ${k + 1} is "${r.names[k] ?? '(none)'}" there and "${first.names[k] ?? '(none)'}" in ${first.name}; every year needs the same columns in the same order.`;
  });
  if (problems.length) return { ok: false, issues: problems };

  const d = first.locale.delimiter;
  const header = seen ? `tahun${d}${first.header}` : first.header;
  const rows = read.flatMap((r) => (seen ? r.lines.map((l) => `${r.year}${d}${l}`) : r.lines));
  return {
    ok: true,
    name: read.map((r) => r.name).join(' + '),
    text: [header, ...rows].join('\n') + '\n',
    years: sortedYears(seen),
    locale: first.locale,
  };
}

/** One year's table: a workbook's data sheet, or a JSON file's rows. */
export interface YearTable {
  name: string;
  table: Table;
}

/** The tables as one, or what is wrong with them. */
export type YearTablesOutcome =
  { ok: true; name: string; table: Table; years: number[] } | { ok: false; issues: TakarIssue[] };

/**
 * Reads several tables (one per year) as one table with a year column (`tahun`, first, when the
 * years come from the names). The columns may be in any order; the result has the first table's.
 *
 * @example
 * ```ts
 * const out = combineYearTables([
 *   { name: 'skor-2023.xlsx', table: { names: ['kode', 'a'], columns: [['32.73'], [1.5]], rowCount: 1 } },
 *   { name: 'skor-2024.xlsx', table: { names: ['a', 'kode'], columns: [[1.7], ['32.73']], rowCount: 1 } },
 * ]);
 * out.ok && out.table.names; // ['tahun', 'kode', 'a']
 * ```
 */
export function combineYearTables(tables: readonly YearTable[]): YearTablesOutcome {
  const problems: TakarIssue[] = [];
  const parts = tables.map((t) => ({ ...t, names: t.table.names, year: yearInName(t.name) }));
  const first = parts[0];
  if (!first) return { ok: false, issues: problems };
  const seen = checkParts(parts, problems, (p) => {
    const missing = first.names.filter((n) => !p.names.includes(n));
    const extra = p.names.filter((n) => !first.names.includes(n));
    if (!missing.length && !extra.length) return undefined;
    const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
    return [
      `${p.name} has other columns than ${first.name}:`,
      missing.length ? `it lacks ${list(missing)}` : '',
      missing.length && extra.length ? 'and' : '',
      extra.length ? `it has ${list(extra)}, which ${first.name} has not` : '',
    ]
      .filter(Boolean)
      .join(' ')
      .concat('; every year needs the same columns.');
  });
  if (problems.length) return { ok: false, issues: problems };

  const columns = first.names.map((n) =>
    parts.flatMap((p) => p.table.columns[p.names.indexOf(n)] ?? []),
  );
  const rowCount = parts.reduce((n, p) => n + p.table.rowCount, 0);
  const table: Table = seen
    ? {
        names: ['tahun', ...first.names],
        columns: [
          parts.flatMap((p) => Array.from({ length: p.table.rowCount }, () => p.year ?? null)),
          ...columns,
        ],
        rowCount,
      }
    : { names: [...first.names], columns, rowCount };
  return { ok: true, name: parts.map((p) => p.name).join(' + '), table, years: sortedYears(seen) };
}
