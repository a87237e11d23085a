/**
 * Data into the studio: CSV text (`,` or `;`, with the locale detected and shown), JSON (a Takar
 * dataset or an array of row objects), or the shipped example data. Every problem the engine finds
 * is returned at once, with its place; nothing is dropped or coerced. Kabupaten/kota units get the
 * registry's groups and denominators, and units the registry does not know are listed.
 */
import {
  TakarError,
  datasetFromTable,
  issue,
  parseCsv,
  parseFramework,
  tableFromRecords,
  type Dataset,
  type Table,
  type TakarIssue,
} from '@takar/core';
import {
  exampleDataset,
  findRegion,
  regionByCode,
  type ExampleFrameworkId,
} from '@takar/indonesia';

/** How a CSV text was read, for the user to see (and correct). */
export interface CsvLocale {
  delimiter: ',' | ';' | '\t';
  decimal: '.' | ',';
  /** Leading `#` comment lines skipped (they do not count in line numbers). */
  comments: number;
}

/** A unit the region registry does not know, with the registry's best guess. */
export interface UnmatchedUnit {
  code: string;
  name: string;
  /** Code of a region whose name matches, when there is exactly one. */
  suggestion: string | null;
}

/** Data ready to score. */
export interface LoadedData {
  dataset: Dataset;
  kind: 'csv' | 'json' | 'xlsx' | 'example';
  locale: CsvLocale | null;
  unmatched: UnmatchedUnit[];
}

export type LoadOutcome = { ok: true; data: LoadedData } | { ok: false; issues: TakarIssue[] };

/** Group and denominator columns a COINr `iMeta` sheet declares. */
export interface DeclaredColumns {
  groups?: readonly string[];
  denominators?: readonly string[];
}

function readOptions(c: DeclaredColumns): {
  groups?: readonly string[];
  denominators?: readonly string[];
} {
  return {
    ...(c.groups?.length ? { groups: c.groups } : {}),
    ...(c.denominators?.length ? { denominators: c.denominators } : {}),
  };
}

/** Reads a sheet of a workbook (see workbook-in.ts) against a framework. */
export function dataFromTable(
  table: Table,
  framework: unknown,
  columns: DeclaredColumns = {},
): LoadOutcome {
  return attempt('xlsx', null, () =>
    datasetFromTable(table, parseFramework(framework), readOptions(columns)),
  );
}

/** Options of {@link dataFromCsv}. */
export interface CsvOptions {
  delimiter?: ',' | ';' | '\t';
  decimal?: '.' | ',';
}

function count(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ch) n++;
  }
  return n;
}

/**
 * Detects the CSV locale from the header line: `;` when it has more `;` than `,` (outside quotes),
 * tab when it has tabs and neither; the decimal mark is `,` with `;` (the Indonesian and European
 * spreadsheet export) and `.` otherwise, unless the options say otherwise.
 */
export function detectLocale(text: string, options: CsvOptions = {}): CsvLocale {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let comments = 0;
  while (comments < lines.length && lines[comments]?.startsWith('#')) comments++;
  const header = lines[comments] ?? '';
  const semi = count(header, ';');
  const comma = count(header, ',');
  const tab = count(header, '\t');
  const detected: CsvLocale['delimiter'] =
    semi > comma ? ';' : tab > 0 && comma === 0 && semi === 0 ? '\t' : ',';
  const delimiter = options.delimiter ?? detected;
  const decimal = options.decimal ?? (delimiter === ';' ? ',' : '.');
  return { delimiter, decimal, comments };
}

function attempt(
  kind: LoadedData['kind'],
  locale: CsvLocale | null,
  read: () => Dataset,
): LoadOutcome {
  try {
    const dataset = withRegistry(read());
    return { ok: true, data: { dataset, kind, locale, unmatched: unmatchedUnits(dataset) } };
  } catch (e) {
    if (e instanceof TakarError) return { ok: false, issues: [...e.issues] };
    throw e;
  }
}

/**
 * Reads CSV text against a framework (wide: one row per unit and year, COINr `iData` style, or
 * long: unit, indicator, value).
 *
 * @example
 * ```ts
 * const out = dataFromCsv('kode;nama;a\n32.73;Kota Bandung;1,5\n', framework);
 * out.ok && out.data.locale; // { delimiter: ';', decimal: ',', comments: 0 }
 * ```
 */
export function dataFromCsv(
  text: string,
  framework: unknown,
  options: CsvOptions = {},
): LoadOutcome {
  const locale = detectLocale(text, options);
  return attempt('csv', locale, () => {
    const tree = parseFramework(framework);
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const body = lines.slice(locale.comments).join('\n');
    const table = parseCsv(body, { delimiter: locale.delimiter });
    return datasetFromTable(table, tree, { decimal: locale.decimal });
  });
}

/** Reads JSON text: a Takar dataset `{ units, values }` or an array of row objects. */
export function dataFromJson(
  text: string,
  framework: unknown,
  columns: DeclaredColumns = {},
): LoadOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      issues: [
        issue('data/invalid', ['json'], `The file is not valid JSON: ${(e as Error).message}`),
      ],
    };
  }
  return attempt('json', null, () => {
    const tree = parseFramework(framework);
    if (Array.isArray(json))
      return datasetFromTable(tableFromRecords(json), tree, readOptions(columns));
    if (typeof json === 'object' && json !== null && 'units' in json && 'values' in json)
      return json as Dataset;
    throw new TakarError(
      issue(
        'data/invalid',
        ['json'],
        'The JSON is neither a Takar dataset ({ "units": [...], "values": [...] }) nor an array of rows.',
      ),
    );
  });
}

/** The shipped example data (synthetic) of a shipped framework, for one year or every year (`'all'`). */
export function exampleData(
  framework: ExampleFrameworkId,
  year: number | 'all' = 2024,
): LoadOutcome {
  return attempt('example', null, () =>
    exampleDataset(framework, year === 'all' ? undefined : year),
  );
}

/**
 * When every unit is a kabupaten/kota of the registry: adds the groups `province`, `type`,
 * `populationClass` and the denominators `population`, `area` (2024). What the data says wins.
 */
export function withRegistry(dataset: Dataset): Dataset {
  const found = dataset.units.map((u) => regionByCode(u.code));
  if (!found.length || found.some((r) => r === undefined)) return dataset;
  return {
    ...dataset,
    units: dataset.units.map((u, i) => {
      const r = found[i]!;
      return {
        ...u,
        name: u.name === u.code ? r.name : u.name,
        groups: {
          province: r.provinceName,
          type: r.type,
          populationClass: r.populationClass,
          ...u.groups,
        },
        denominators: { population: r.population2024, area: r.areaKm2, ...u.denominators },
      };
    }),
  };
}

/** Units whose code is no kabupaten/kota code of the registry, with a match by name if unique. */
export function unmatchedUnits(dataset: Dataset): UnmatchedUnit[] {
  return dataset.units
    .filter((u) => !regionByCode(u.code))
    .map((u) => {
      const f = findRegion(u.name);
      return {
        code: u.code,
        name: u.name,
        suggestion: f.status === 'found' ? f.region.code : null,
      };
    });
}

/**
 * Resolves units by hand: `map` gives, for a unit code of the file, the registry's region code.
 * The units and their values take the region's code (the file's name stays), then the registry is
 * joined as for a file with codes. Two units given the same region are left for the engine to
 * refuse (`data/duplicate-unit`), not merged.
 */
export function withRegionMap(data: LoadedData, map: Readonly<Record<string, string>>): LoadedData {
  const code = (c: string) => map[c] ?? c;
  const dataset = withRegistry({
    ...data.dataset,
    units: data.dataset.units.map((u) => ({ ...u, code: code(u.code) })),
    values: data.dataset.values.map((v) => ({ ...v, unit: code(v.unit) })),
  });
  return { ...data, dataset, unmatched: unmatchedUnits(dataset) };
}

/**
 * Reads what the user typed for each unmatched unit (a region code such as `32.73` or a name such
 * as `Kota Bandung`) through the registry. Empty entries are left unmatched; an unknown or
 * ambiguous entry is a problem naming the unit.
 */
export function regionChoices(typed: Readonly<Record<string, string>>): {
  map: Record<string, string>;
  issues: TakarIssue[];
} {
  const map: Record<string, string> = {};
  const issues: TakarIssue[] = [];
  for (const [unit, text] of Object.entries(typed)) {
    if (!text.trim()) continue;
    const f = findRegion(text);
    if (f.status === 'found') map[unit] = f.region.code;
    else
      issues.push(
        issue(
          f.status === 'ambiguous' ? 'data/ambiguous-region' : 'data/unknown-region',
          ['units', unit],
          f.status === 'ambiguous'
            ? `"${text}" (for unit ${unit}) names several regions; write "Kota …" or "Kabupaten …", or the region code.`
            : `"${text}" (for unit ${unit}) is no kabupaten/kota of the registry; check the spelling or give the region code.`,
        ),
      );
  }
  return { map, issues };
}
