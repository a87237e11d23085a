/**
 * The committed example files (`data/example/*.json`, `*.csv`): how they are written and read.
 * Values are stored wide (one row per region and year) to stay small; {@link datasetFromExampleFile}
 * turns a file back into an engine dataset.
 */
import { TakarError, issue, type Dataset } from '@takar/core';
import { regionByCode, type Region } from '../regions/registry.js';
import { toUnits } from '../regions/to-units.js';
import { EXAMPLE_NOTE, type ExampleData, type Programme, type WideValues } from './generate.js';

/** The `source` every example file and dataset carries. */
export interface ExampleSource {
  readonly title: string;
  readonly synthetic: true;
  readonly note: string;
}

/** The JSON form of a framework's example values. */
export interface ExampleValuesFile extends WideValues {
  readonly format: 'takar-example-values';
  readonly formatVersion: 1;
  readonly source: ExampleSource;
  readonly generator: { readonly seed: number; readonly script: string };
}

/** The JSON form of the example programmes: a programme table and one row per programme and year. */
export interface ExampleProgrammesFile {
  readonly format: 'takar-example-programmes';
  readonly formatVersion: 1;
  readonly source: ExampleSource;
  readonly generator: { readonly seed: number; readonly script: string };
  /** The distinct programmes; rows refer to them by index. */
  readonly programmes: readonly {
    readonly dimension: string;
    readonly programme: string;
    readonly unit: Programme['unit'];
  }[];
  readonly columns: readonly ['region', 'year', 'programme', 'beneficiaries'];
  readonly rows: readonly (readonly [string, number, number, number])[];
}

const SCRIPT = 'packages/indonesia/scripts/build-example.ts';

/** The source block of an example file about `what`. */
export function exampleSource(what: string): ExampleSource {
  return {
    title: `Takar example data: ${what} (synthetic)`,
    synthetic: true,
    note: EXAMPLE_NOTE,
  };
}

function valuesFile(v: WideValues, what: string, seed: number): ExampleValuesFile {
  return {
    format: 'takar-example-values',
    formatVersion: 1,
    source: exampleSource(what),
    generator: { seed, script: SCRIPT },
    framework: v.framework,
    frameworkVersion: v.frameworkVersion,
    indicators: v.indicators,
    rows: v.rows,
  };
}

/** JSON with one row per line: small, and readable in a diff. */
function rowsJson(obj: object, rowsKey: string): string {
  const entries = Object.entries(obj).map(([k, v]) => {
    if ((k === rowsKey || k === 'programmes') && Array.isArray(v)) {
      return `  ${JSON.stringify(k)}: [\n${v.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`;
    }
    return `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

function csvField(s: string | number | null): string {
  if (s === null) return '';
  const t = String(s);
  return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** A wide CSV of one year (COINr iData style: uCode, uName, Time, then indicators). */
function wideCsv(v: WideValues, year: number): string {
  const header = ['uCode', 'uName', 'Time', ...v.indicators];
  const lines = [`# ${EXAMPLE_NOTE}`, header.join(',')];
  for (const [code, y, vals] of v.rows) {
    if (y !== year) continue;
    lines.push([code, regionByCode(code)?.name ?? code, y, ...vals].map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The committed example files by name, as exact text (the build script writes them; a test
 * checks the committed files equal this output).
 *
 * @example
 * ```ts
 * Object.keys(exampleFiles(generateExample())); // ['smart-city.json', 'spbe-2020.json', 'programmes.json', …]
 * ```
 */
export function exampleFiles(data: ExampleData): Record<string, string> {
  const last = data.years[data.years.length - 1] as number;
  const table: ExampleProgrammesFile['programmes'][number][] = [];
  const indexOf = new Map<string, number>();
  const rows = data.programmes.map((p) => {
    const key = `${p.dimension}\u0000${p.programme}\u0000${p.unit}`;
    let i = indexOf.get(key);
    if (i === undefined) {
      i = table.length;
      indexOf.set(key, i);
      table.push({ dimension: p.dimension, programme: p.programme, unit: p.unit });
    }
    return [p.region, p.year, i, p.beneficiaries] as const;
  });
  const programmes: ExampleProgrammesFile = {
    format: 'takar-example-programmes',
    formatVersion: 1,
    source: exampleSource('programmes and beneficiaries'),
    generator: { seed: data.seed, script: SCRIPT },
    programmes: table,
    columns: ['region', 'year', 'programme', 'beneficiaries'],
    rows,
  };
  return {
    'smart-city.json': rowsJson(
      valuesFile(data.smartCity, 'Smart City evaluation inputs', data.seed),
      'rows',
    ),
    'spbe-2020.json': rowsJson(
      valuesFile(data.spbe, 'Indeks SPBE maturity levels', data.seed),
      'rows',
    ),
    'programmes.json': rowsJson(programmes, 'rows'),
    [`smart-city-${last}.csv`]: wideCsv(data.smartCity, last),
    [`spbe-2020-${last}.csv`]: wideCsv(data.spbe, last),
  };
}

/**
 * An engine dataset from wide example values (a generated {@link WideValues} or a parsed
 * `data/example/*.json` file), optionally for one year. Units are the real regions with groups
 * and denominators (see {@link toUnits}); the source says the data is illustrative.
 *
 * @example
 * ```ts
 * import file from '@takar/indonesia/data/example/spbe-2020.json' with { type: 'json' };
 * const data = datasetFromExampleFile(file, 2024);
 * score(getFramework('spbe-2020'), data, { year: 2024 });
 * ```
 */
export function datasetFromExampleFile(
  file: WideValues & { source?: ExampleSource },
  year?: number,
): Dataset {
  const rows = year === undefined ? file.rows : file.rows.filter((r) => r[1] === year);
  if (rows.length === 0) {
    throw new TakarError(
      issue(
        'data/unknown-year',
        ['rows'],
        `The example ${file.framework} values have no rows for ${year}; use one of ${[...new Set(file.rows.map((r) => r[1]))].join(', ')}.`,
      ),
    );
  }
  const regions: Region[] = [];
  const seen = new Set<string>();
  const values: Dataset['values'] = [];
  for (const [code, y, vals] of rows) {
    if (!seen.has(code)) {
      const r = regionByCode(code);
      if (!r)
        throw new TakarError(
          issue('data/unknown-unit', ['rows'], `Region code "${code}" is not in the registry.`),
        );
      seen.add(code);
      regions.push(r);
    }
    vals.forEach((value, i) =>
      values.push({ unit: code, indicator: file.indicators[i] as string, year: y, value }),
    );
  }
  regions.sort((a, b) => a.code.localeCompare(b.code));
  return {
    units: toUnits(regions),
    values,
    source: { ...(file.source ?? exampleSource(file.framework)) },
  };
}

/**
 * The programmes of a parsed `data/example/programmes.json`, one object per programme, region
 * and year.
 *
 * @example
 * ```ts
 * import file from '@takar/indonesia/data/example/programmes.json' with { type: 'json' };
 * programmesFromExampleFile(file)[0]; // { region: '11.05', year: 2020, dimension: 'branding', … }
 * ```
 */
export function programmesFromExampleFile(file: ExampleProgrammesFile): Programme[] {
  return file.rows.map(([region, year, i, beneficiaries]) => {
    const p = file.programmes[i];
    if (!p)
      throw new TakarError(
        issue('data/invalid', ['rows'], `Programme index ${i} is not in the programme table.`),
      );
    return {
      region,
      year,
      dimension: p.dimension,
      programme: p.programme,
      beneficiaries,
      unit: p.unit,
    };
  });
}
