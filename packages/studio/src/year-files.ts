/**
 * Several CSV files, one per year, read as one: the data of several years for across-years
 * normalisation and the trend, as evaluators keep it (one export per year). Each file's year is
 * its year column (`tahun`, `year` or `Time`), or else a year in its name (`skor-2023.csv`). The
 * files must have the same columns in the same order and the same locale; every problem is listed
 * at once, with the file it is in. The result is one CSV text with a year column, read as any
 * other (so a session keeps it, and the engine's issues name its rows).
 */
import { YEAR_COLUMNS, issue, parseCsv, type TakarIssue } from '@takar/core';
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

interface ReadFile {
  name: string;
  locale: CsvLocale;
  header: string;
  names: readonly string[];
  lines: string[];
  year: number | undefined;
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
  const yearColumn = (r: ReadFile) => r.names.find((n) => YEAR_COLUMNS.includes(n));
  const withColumn = yearColumn(first) !== undefined;
  const seen = new Map<number, string>();
  for (const r of read) {
    if (r.locale.delimiter !== first.locale.delimiter || r.locale.decimal !== first.locale.decimal)
      problems.push(
        issue(
          'data/invalid',
          ['files', r.name],
          `${r.name} is written with "${r.locale.delimiter}" between cells and "${r.locale.decimal}" as decimal mark, ${first.name} with "${first.locale.delimiter}" and "${first.locale.decimal}"; export every year the same way.`,
        ),
      );
    else if (r.names.join('\u0000') !== first.names.join('\u0000')) {
      const at = r.names.findIndex((n, i) => n !== first.names[i]);
      const at2 = at === -1 ? first.names.length : at;
      problems.push(
        issue(
          'data/invalid',
          ['files', r.name],
          `${r.name} has other columns than ${first.name}: column ${at2 + 1} is "${r.names[at2] ?? '(none)'}" there and "${first.names[at2] ?? '(none)'}" in ${first.name}; every year needs the same columns in the same order.`,
        ),
      );
    }
    if (withColumn || yearColumn(r) !== undefined) continue;
    if (r.year === undefined)
      problems.push(
        issue(
          'data/invalid',
          ['files', r.name],
          `${r.name} has no year column (tahun) and no year in its name; name it like skor-2024.csv, or add a column "tahun".`,
        ),
      );
    else if (seen.has(r.year))
      problems.push(
        issue(
          'data/invalid',
          ['files', r.name],
          `${r.name} and ${seen.get(r.year)} are both for ${r.year} (from their names); give one file per year.`,
        ),
      );
    else seen.set(r.year, r.name);
  }
  if (problems.length) return { ok: false, issues: problems };

  const d = first.locale.delimiter;
  const header = withColumn ? first.header : `tahun${d}${first.header}`;
  const rows = read.flatMap((r) =>
    withColumn ? r.lines : r.lines.map((l) => `${r.year}${d}${l}`),
  );
  const years = withColumn ? [] : [...seen.keys()].sort((a, b) => a - b);
  return {
    ok: true,
    name: read.map((r) => r.name).join(' + '),
    text: [header, ...rows].join('\n') + '\n',
    years,
    locale: first.locale,
  };
}
