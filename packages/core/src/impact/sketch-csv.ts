/*
 * The `group,sketch` CSV: one postgresql-hll sketch (`\x…` hex) per group, as `psql --csv` exports
 * the SQL of {@link pgHllSketchSql}, optionally with `records`, `without_key` and `key_check` columns.
 */
import { TakarError, issue, type TakarIssue } from '../errors/index.js';
import { parseCsv } from '../io/parse-csv.js';
import type { Table } from '../io/table.js';
import { looksLikeNik } from './looks-like-nik.js';
import { pgHllHex, safeParsePgHll } from './pg-hll-storage.js';
import { refusedGroup, type GroupSketch, type SketchSet } from './sketch-document.js';

/**
 * Writes group sketches as `group,sketch` CSV (groups in code-point order, LF line ends).
 *
 * @example
 * ```ts
 * sketchCsv([{ group: '32.73', sketch: new PgHll() }]); // 'group,sketch\n32.73,\\x118b7f\n'
 * ```
 *
 * @category Impact
 */
export function sketchCsv(groups: readonly GroupSketch[]): string {
  const sorted = [...groups].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  return ['group,sketch', ...sorted.map((g) => `${csvCell(g.group)},${pgHllHex(g.sketch)}`)]
    .map((l) => l + '\n')
    .join('');
}

/**
 * Reads a `group,sketch` CSV (the first column is the group, whatever its name; a `sketch` column
 * is required; `records` and `without_key` are read when present). Throws `impact/invalid-sketch`
 * naming the file, line and column of every problem at once.
 *
 * @example
 * ```ts
 * readSketchCsv('group,sketch\n32.73,\\x118b7f\n', 'bpjs.csv').groups[0].group; // '32.73'
 * ```
 *
 * @category Impact
 */
export function readSketchCsv(text: string, file: string): SketchSet {
  const bad = (path: (string | number)[], why: string) =>
    issue('impact/invalid-sketch', [file, ...path], why);
  let table: Table;
  try {
    table = parseCsv(text, { delimiter: ',' });
  } catch (e) {
    if (!(e instanceof TakarError)) throw e;
    // The one CSV reader's problems (quotes, NUL bytes, field counts, a repeated header), in this file.
    throw new TakarError(e.issues.map((i) => bad(i.path.slice(), i.message)));
  }
  const header = table.names.map((h) => h.toLowerCase());
  if (header.length < 2 || !header.includes('sketch'))
    throw new TakarError(
      bad(
        ['line', 1],
        'The CSV needs a header with the group column first and a "sketch" column (group,sketch), as psql --csv writes the SQL of takar impact sql.',
      ),
    );
  const col = (name: string) => header.indexOf(name);
  const s = col('sketch');
  const rec = col('records');
  const wk = col('without_key');
  const kc = col('key_check');
  const checks = new Set<string>();
  const issues: TakarIssue[] = [];
  const groups: GroupSketch[] = [];
  const seen = new Set<string>();
  for (let n = 0; n < table.rowCount; n++) {
    const row = table.columns.map((c) => String(c[n] ?? ''));
    const line = table.lines?.[n] ?? n + 2;
    const group = (row[0] ?? '').trim();
    if (group === '') {
      issues.push(
        bad(
          ['line', line, header[0] as string],
          'The group is empty: every row needs a group (a region code, …); rows with a missing region must be fixed at the source.',
        ),
      );
      continue;
    }
    if (looksLikeNik(group)) {
      issues.push(refusedGroup([file, 'line', line, header[0] as string]));
      continue;
    }
    if (seen.has(group))
      issues.push(
        bad(['line', line, header[0] as string], `Group "${group}" appears twice in the file.`),
      );
    seen.add(group);
    const count = (c: number, name: string): number | undefined => {
      if (c < 0) return undefined;
      const t = (row[c] ?? '').trim();
      if (!/^\d+$/.test(t)) {
        issues.push(
          bad(['line', line, name], `"${name}" must be a whole number, got "${t.slice(0, 20)}".`),
        );
        return undefined;
      }
      return Number(t);
    };
    if (kc >= 0) {
      const check = (row[kc] ?? '').trim();
      if (!/^[0-9a-f]{16}$/.test(check))
        issues.push(
          bad(
            ['line', line, 'key_check'],
            'key_check must be 16 lowercase hex digits, as the SQL of takar impact sql writes it.',
          ),
        );
      else checks.add(check);
    }
    const records = count(rec, 'records');
    const withoutKey = count(wk, 'without_key');
    const r = safeParsePgHll(row[s] ?? '', [file, 'line', line, 'sketch']);
    if (!r.ok) {
      issues.push(...r.issues);
      continue;
    }
    groups.push({
      group,
      sketch: r.value,
      ...(records !== undefined ? { records } : {}),
      ...(withoutKey !== undefined ? { withoutKey } : {}),
    });
  }
  if (checks.size > 1)
    issues.push(
      bad(
        ['key_check'],
        'The rows were sketched with different keys; sketch the whole file with the one shared key.',
      ),
    );
  if (issues.length) throw new TakarError(issues);
  const [keyCheck] = checks;
  return {
    source: file,
    groupBy: header[0] as string,
    groups,
    ...(keyCheck !== undefined ? { keyCheck } : {}),
  };
}

function csvCell(t: string): string {
  return /[",\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}
