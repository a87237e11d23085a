/**
 * `.xlsx` workbooks into the studio: every sheet as a table (the first row is the header), read
 * with `read-excel-file` in the page (its universal build: no workers, and the same in Node, so
 * the tests read a workbook exactly as the page does). A COINr / composer workbook, and the
 * `takar template` workbook, carry the framework in their `iMeta` sheet and the data in `iData`.
 *
 * Under `script-src 'self'` no worker may start from a `blob:` URL, and the zip library inflates
 * entries of 512 KB or more in such workers; so the workbook is first unpacked here, on this
 * thread, and repacked without compression before it is parsed.
 */
import readXlsxFile from 'read-excel-file/universal';
import { unzipSync, zipSync } from 'fflate';
import {
  frameworkFromTable,
  issue,
  safely,
  tableFromRecords,
  type Framework,
  type Table,
  type TakarIssue,
} from '@takar/core';
import { dataFromTable, type DeclaredColumns, type LoadOutcome } from './data-in.js';
import type { SessionData } from './session.js';
import { combineYearTables, type YearTable } from './year-files.js';

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

/** What a dropped workbook gives the studio. */
export type WorkbookInput =
  | { ok: false; where: 'data' | 'framework'; issues: TakarIssue[] }
  | {
      ok: true;
      /** The framework of its `iMeta` sheet (named after the file, as `takar score` names it), or null. */
      framework: Framework | null;
      /** The data as the session keeps it: the data sheet as JSON rows, with iMeta's columns. */
      source: Extract<SessionData, { kind: 'json' }>;
      /** The data read against the workbook's framework, or else `current`. */
      outcome: LoadOutcome;
    };

/** A workbook's parts: its `iMeta` sheet (if any) and its data sheet. */
type WorkbookParts =
  { ok: true; meta: Sheet | undefined; data: Sheet } | { ok: false; issues: TakarIssue[] };

/** The `iMeta` sheet and the data sheet (`iData`, or else the first other sheet) of a workbook. */
async function workbookParts(bytes: Uint8Array, name: string): Promise<WorkbookParts> {
  const book = await readWorkbook(bytes, name);
  if (!book.ok) return book;
  const meta = book.sheets.find((sh) => sh.name === 'iMeta');
  const data =
    book.sheets.find((sh) => sh.name === 'iData') ?? book.sheets.find((sh) => sh !== meta);
  if (!data)
    return {
      ok: false,
      issues: [
        issue(
          'data/empty',
          [name],
          `"${name}" has no data sheet (iData or another sheet beside iMeta).`,
        ),
      ],
    };
  return { ok: true, meta, data };
}

/**
 * The input from a data table and, when there is one, an `iMeta` sheet (named after `name`, as
 * `takar score` names it): the framework with the group and denominator columns it declares.
 */
function inputOf(
  table: Table,
  meta: Table | undefined,
  name: string,
  current: Framework,
): WorkbookInput {
  let framework: Framework | null = null;
  let columns: DeclaredColumns = {};
  if (meta) {
    const id = name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_.-]/g, '-') || 'framework';
    const read = safely(() => frameworkFromTable(meta, { id }));
    if (!read.ok) return { ok: false, where: 'framework', issues: [...read.issues] };
    framework = read.value.framework;
    columns = {
      ...(read.value.groups?.length ? { groups: [...read.value.groups] } : {}),
      ...(read.value.denominators?.length ? { denominators: [...read.value.denominators] } : {}),
    };
  }
  const source = {
    kind: 'json' as const,
    name,
    text: JSON.stringify(recordsOf(table)),
    ...(columns.groups ? { groups: [...columns.groups] } : {}),
    ...(columns.denominators ? { denominators: [...columns.denominators] } : {}),
  };
  return {
    ok: true,
    framework,
    source,
    outcome: dataFromTable(table, framework ?? current, columns),
  };
}

/**
 * Reads a workbook as the studio does when it is dropped: with an `iMeta` sheet (a COINr /
 * composer workbook, or a filled-in `takar template`), the framework comes from it, with the group
 * and denominator columns it declares, and the data from `iData`; otherwise the first sheet is the
 * data for `current`.
 */
export async function workbookInput(
  bytes: Uint8Array,
  name: string,
  current: Framework,
): Promise<WorkbookInput> {
  const parts = await workbookParts(bytes, name);
  if (!parts.ok) return { ok: false, where: 'data', issues: parts.issues };
  return inputOf(parts.data.table, parts.meta?.table, name, current);
}

/** One of several files dropped at once: a workbook's bytes, or a JSON file's text. */
export type YearInputFile = { name: string; bytes: Uint8Array } | { name: string; text: string };

/** A JSON file's rows as a table, or what is wrong with it. */
function jsonTable(name: string, text: string, problems: TakarIssue[]): Table | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    problems.push(
      issue('data/invalid', ['files', name], `${name} is not valid JSON: ${(e as Error).message}`),
    );
    return undefined;
  }
  if (
    Array.isArray(json) &&
    json.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))
  )
    return tableFromRecords(json as Record<string, unknown>[]);
  problems.push(
    issue(
      'data/invalid',
      ['files', name],
      `${name} is not an array of rows (one object per region and year); a Takar dataset ({ "units", "values" }) holds its years itself, so drop it alone.`,
    ),
  );
  return undefined;
}

/**
 * Reads several workbooks and JSON files (one per year, or each with a year column) as one data
 * set, as {@link workbookInput} reads one: the framework comes from the `iMeta` sheet the
 * workbooks have (every `iMeta` must be the same), the years from their year column or their
 * names (`combineYearTables`). Every problem is listed at once, with its file.
 */
export async function yearFilesInput(
  files: readonly YearInputFile[],
  current: Framework,
): Promise<WorkbookInput> {
  const problems: TakarIssue[] = [];
  const tables: YearTable[] = [];
  let meta: { name: string; table: Table } | undefined;
  for (const f of files) {
    if ('text' in f) {
      const table = jsonTable(f.name, f.text, problems);
      if (table) tables.push({ name: f.name, table });
      continue;
    }
    const parts = await workbookParts(f.bytes, f.name);
    if (!parts.ok) {
      problems.push(...parts.issues);
      continue;
    }
    tables.push({ name: f.name, table: parts.data.table });
    if (!parts.meta) continue;
    if (!meta) meta = { name: f.name, table: parts.meta.table };
    else if (JSON.stringify(parts.meta.table) !== JSON.stringify(meta.table))
      problems.push(
        issue(
          'framework/invalid',
          ['files', f.name, 'iMeta'],
          `The iMeta sheet of ${f.name} differs from that of ${meta.name}; every year is scored with one framework, so give every workbook the same iMeta (or keep it in one).`,
        ),
      );
  }
  const combined = combineYearTables(tables);
  if (!combined.ok) problems.push(...combined.issues);
  if (problems.length || !combined.ok) return { ok: false, where: 'data', issues: problems };
  const input = inputOf(combined.table, meta?.table, meta?.name ?? combined.name, current);
  return input.ok ? { ...input, source: { ...input.source, name: combined.name } } : input;
}
