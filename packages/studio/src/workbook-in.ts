/**
 * `.xlsx` workbooks into the studio: every sheet as a table (the first row is the header), read
 * with `read-excel-file` in the page. A COINr / composer workbook carries the framework in its
 * `iMeta` sheet and the data in `iData`.
 *
 * Under `script-src 'self'` no worker may start from a `blob:` URL, and the zip library inflates
 * entries of 512 KB or more in such workers; so the workbook is first unpacked here, on this
 * thread, and repacked without compression before it is parsed.
 */
import readXlsxFile from 'read-excel-file/browser';
import { unzipSync, zipSync } from 'fflate';
import { issue, type Table, type TakarIssue } from '@takar/core';

/** One sheet as a table. */
export interface Sheet {
  name: string;
  table: Table;
}

export type WorkbookOutcome = { ok: true; sheets: Sheet[] } | { ok: false; issues: TakarIssue[] };

/** Reads every sheet of an `.xlsx` file's bytes. Number cells stay numbers; empty cells are null. */
export async function readWorkbook(bytes: Uint8Array, name: string): Promise<WorkbookOutcome> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const stored = zipSync(unzipSync(bytes), { level: 0 });
    sheets = (await readXlsxFile(stored.buffer as ArrayBuffer, { trim: false })) as unknown as {
      sheet: string;
      data: unknown[][];
    }[];
  } catch (e) {
    return {
      ok: false,
      issues: [
        issue(
          'io/unreadable',
          [name],
          `"${name}" is not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)}); save it again from Excel or LibreOffice as .xlsx.`,
        ),
      ],
    };
  }
  return { ok: true, sheets: sheets.map((s) => ({ name: s.sheet, table: tableOfRows(s.data) })) };
}

/**
 * A table from sheet rows: the header row names the columns (an empty header cell is named
 * "column N" so that the engine reports it by that name), trailing empty rows and header cells
 * are dropped, dates become `YYYY-MM-DD`.
 */
export function tableOfRows(rows: readonly unknown[][]): Table {
  const [header = [], ...body] = rows;
  const empty = (c: unknown) => c === null || c === undefined || c === '';
  let last = body.length;
  while (last > 0 && (body[last - 1] ?? []).every(empty)) last--;
  let width = header.length;
  while (width > 0 && empty(header[width - 1])) width--;
  const names = header
    .slice(0, width)
    .map((h, k) => (empty(h) ? `column ${k + 1}` : String(h).trim()));
  const data = body.slice(0, last);
  return {
    names,
    columns: names.map((_n, k) =>
      data.map((r) => {
        const v = r[k];
        if (v === undefined || v === null) return null;
        if (v instanceof Date) return v.toISOString().slice(0, 10);
        return v;
      }),
    ),
    rowCount: data.length,
  };
}

/** Rows as objects (for the session, which keeps a workbook's data as JSON rows). */
export function recordsOf(table: Table): Record<string, unknown>[] {
  return Array.from({ length: table.rowCount }, (_, i) =>
    Object.fromEntries(table.names.map((n, k) => [n, table.columns[k]?.[i] ?? null])),
  );
}
