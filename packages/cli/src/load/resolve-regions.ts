import {
  NAME_COLUMNS,
  TakarError,
  UNIT_COLUMNS,
  issue,
  type Table,
  type TakarIssue,
} from '@takar/core';
import { findRegion, type Region } from '@takar/indonesia';

/** Columns read as the province of a region name (to tell apart names two provinces share). */
export const PROVINCE_COLUMNS: readonly string[] = ['province', 'provinsi', 'prov'];
/** Columns read as the type of a region name (`Kota`, `Kab.`), to tell "Bogor" from "Bogor". */
export const TYPE_COLUMNS: readonly string[] = ['type', 'jenis', 'tipe'];

const CODE = /^\d{2}\.\d{2}$/;
/** What could name a region: a code (`32.73`, `3273`) or text with three letters or more. */
const MAYBE_REGION = /^\s*\d{2}\.?\d{2}\s*$|\p{L}.*\p{L}.*\p{L}/u;

/** Options of {@link resolveRegions}. */
export interface ResolveRegionsOptions {
  /** `--region-column`: the column with region codes or names. */
  regionColumn?: string;
  /** `--name-column`: the column with unit names. */
  nameColumn?: string;
  /** The file, for messages. */
  path: string;
}

/** The table with region codes in its unit column, and which columns are the code and the name. */
export interface ResolvedRegions {
  readonly table: Table;
  readonly unit?: string;
  readonly name?: string;
  /** How many names were turned into codes (0 when the file already had codes). */
  readonly matched: number;
}

/**
 * Turns region names into Kemendagri codes through the `@takar/indonesia` registry, so an analyst's
 * file with `Kab. Bandung`, `Kota Bogor`, `Sleman` (and a province or type column beside them) can
 * be scored as it is. The region column is `--region-column`, else the first code column (`unit`,
 * `code`, `kode`, `kode_wilayah`, …); when the file has no code column, the name column (`name`,
 * `nama`, `wilayah`, …) is matched instead, a `unit` column of codes is added and the names become
 * the official ones. Names are matched
 * with the spellings of Kemendagri and BPS (`Kab.` / `Kabupaten`, `Kep.` / `Kepulauan`,
 * `DI Yogyakarta`), using the row's province and type columns when present. Every unknown or
 * ambiguous name is reported at once, with candidates. A column of codes, or of names none of which
 * is a region (units that are not Indonesian regions), is left as it is.
 *
 * @example
 * ```ts
 * resolveRegions(parseCsv('nama;a\nKota Bandung;1\n'), { path: 'd.csv' }).table.columns[2]; // ['32.73']
 * ```
 */
export function resolveRegions(table: Table, options: ResolveRegionsOptions): ResolvedRegions {
  const has = (c: string): boolean => table.names.includes(c);
  const first = (list: readonly string[]): string | undefined => list.find(has);
  const nameCol = options.nameColumn ?? first(NAME_COLUMNS);
  let regionCol = options.regionColumn ?? first(UNIT_COLUMNS);
  if (regionCol !== undefined && !has(regionCol))
    throw new TakarError(
      issue(
        'data/invalid',
        ['--region-column'],
        `The region column "${regionCol}" is not in "${options.path}" (it has ${table.names.join(', ')}).`,
      ),
    );
  const fromNames = regionCol === undefined;
  if (fromNames) regionCol = nameCol;
  const base = {
    table,
    ...(regionCol !== undefined && !fromNames ? { unit: regionCol } : {}),
    ...(nameCol !== undefined ? { name: nameCol } : {}),
    matched: 0,
  };
  if (regionCol === undefined) return base;
  const cells = table.columns[table.names.indexOf(regionCol)] as ArrayLike<unknown>;
  const texts = Array.from({ length: table.rowCount }, (_v, r) =>
    cells[r] === null || cells[r] === undefined ? '' : String(cells[r]).trim(),
  );
  if (texts.every((t) => t === '' || CODE.test(t))) return base;
  const provinceCol = first(PROVINCE_COLUMNS);
  const typeCol = first(TYPE_COLUMNS);
  const cellOf = (col: string | undefined, r: number): string | undefined => {
    if (col === undefined) return undefined;
    const v = (table.columns[table.names.indexOf(col)] as ArrayLike<unknown>)[r];
    return v === null || v === undefined || String(v).trim() === '' ? undefined : String(v).trim();
  };
  const found: (Region | undefined)[] = [];
  const issues: TakarIssue[] = [];
  const list = (rs: readonly Region[]): string =>
    rs.map((c) => `${c.code} ${c.name} (${c.provinceName})`).join('; ');
  texts.forEach((text, r) => {
    if (text === '') {
      found.push(undefined);
      return;
    }
    const province = cellOf(provinceCol, r);
    const type = cellOf(typeCol, r);
    const context = {
      ...(province !== undefined ? { province } : {}),
      ...(type !== undefined ? { type } : {}),
    };
    // Suggestions (an edit distance against every region) only for the names reported: without
    // this, 10^6 units that are not regions took minutes.
    // A kabupaten/kota is a code or a name of three letters or more: "u17" is neither, quickly.
    const first = MAYBE_REGION.test(text)
      ? findRegion(text, { ...context, suggest: false })
      : ({ status: 'not-found', query: text, suggestions: [] } as const);
    if (first.status === 'found') {
      found.push(first.region);
      return;
    }
    found.push(undefined);
    if (issues.length >= 100) return;
    const hit = first.status === 'not-found' ? findRegion(text, context) : first;
    if (hit.status === 'found') return;
    const where = ['rows', r, regionCol as string];
    if (hit.status === 'ambiguous')
      issues.push(
        issue(
          'data/ambiguous-region',
          where,
          `Row ${r + 1}: "${text}" fits ${hit.candidates.length} regions: ${list(hit.candidates)}; write "Kota …" or "Kab. …"${typeCol ? '' : ', or add a type column (jenis: Kota / Kab.)'}${provinceCol ? '' : ' or a province column (provinsi)'}, or use the code.`,
        ),
      );
    else
      issues.push(
        issue(
          'data/unknown-region',
          where,
          `Row ${r + 1}: "${text}" is not a kabupaten/kota of the registry${hit.suggestions.length ? `; did you mean ${list(hit.suggestions)}?` : '; check the spelling, or use the Kemendagri code.'}`,
        ),
      );
  });
  // Not Indonesian regions at all (e.g. COINr's countries): keep the column as it is.
  if (found.every((f) => f === undefined)) return base;
  if (issues.length) throw new TakarError(issues.slice(0, 100));
  const codes = found.map((f) => f?.code ?? '');
  const registryNames = found.map((f) => f?.name ?? '');
  if (fromNames) {
    // The names as written ("Bogor" beside "Kab.") give way to the official ones.
    const k = table.names.indexOf(regionCol);
    return {
      table: {
        names: ['unit', ...table.names],
        columns: [codes, ...table.columns.map((c, j) => (j === k ? registryNames : c))],
        rowCount: table.rowCount,
      },
      unit: 'unit',
      name: regionCol,
      matched: codes.length,
    };
  }
  // Names in the region column: it becomes the codes; the names move to a name column if none.
  const k = table.names.indexOf(regionCol);
  const columns = table.columns.map((c, j) => (j === k ? codes : c));
  if (nameCol !== undefined)
    return { table: { ...table, columns }, unit: regionCol, name: nameCol, matched: codes.length };
  return {
    table: {
      names: [...table.names, 'name'],
      columns: [...columns, registryNames],
      rowCount: table.rowCount,
    },
    unit: regionCol,
    name: 'name',
    matched: codes.length,
  };
}
