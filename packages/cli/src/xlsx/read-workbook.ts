import { TakarError, issue, type Table } from '@takar/core';

/** One sheet of a workbook as a table: the first row is the header. */
export interface WorkbookSheet {
  readonly name: string;
  readonly table: Table;
}

/**
 * Reads every sheet of an `.xlsx` workbook (with `read-excel-file`, loaded only here so other
 * commands never pay for it). Cells typed as numbers stay numbers; text cells stay text, to be read
 * by the same strict number rules as CSV; empty cells are `null` (missing). The first row of each
 * sheet is its header; fully empty rows at the end are dropped.
 *
 * @example
 * ```ts
 * const sheets = await readWorkbook(bytes, 'data.xlsx');
 * sheets[0]?.table.names; // ['kode', 'nama', 'tahun', …]
 * ```
 */
export async function readWorkbook(bytes: Uint8Array, path: string): Promise<WorkbookSheet[]> {
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // trim: false — the cells are taken as written; number cells are parsed by the library.
    sheets = (await readXlsxFile(Buffer.from(bytes), { trim: false })) as {
      sheet: string;
      data: unknown[][];
    }[];
  } catch (e) {
    throw new TakarError(
      issue(
        'io/unreadable',
        ['data'],
        `"${path}" is not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)}); save it again from Excel or LibreOffice as .xlsx.`,
      ),
    );
  }
  return sheets.map((s) => ({ name: s.sheet, table: tableOfRows(s.data) }));
}

/** A table from sheet rows: the first row names the columns, blank header cells are an error. */
function tableOfRows(rows: readonly unknown[][]): Table {
  const [header = [], ...body] = rows;
  let last = body.length;
  while (last > 0 && (body[last - 1] ?? []).every((c) => c === null || c === '')) last--;
  const data = body.slice(0, last);
  let width = header.length;
  while (width > 0 && (header[width - 1] === null || header[width - 1] === '')) width--;
  const names = header
    .slice(0, width)
    .map((h, k) => (h === null ? `column ${k + 1}` : String(h).trim()));
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

/**
 * The sheet to read: the one named by `--sheet`, else the first. An unknown name is an error that
 * lists the sheets.
 *
 * @example
 * ```ts
 * pickSheet(sheets, 'data.xlsx', 'Data 2024');
 * ```
 */
export function pickSheet(
  sheets: readonly WorkbookSheet[],
  path: string,
  sheet: string | undefined,
): WorkbookSheet {
  const found = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (!found)
    throw new TakarError(
      issue(
        'data/invalid',
        ['--sheet'],
        sheet === undefined
          ? `"${path}" has no sheets.`
          : `"${path}" has no sheet "${sheet}"; its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ')}.`,
      ),
    );
  return found;
}
