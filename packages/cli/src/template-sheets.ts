import {
  frameworkToTable,
  labelText,
  parseFramework,
  type Framework,
  type Table,
} from '@takar/core';
import { regions } from '@takar/indonesia';
import type { Lang } from './locale/terms.js';
import type { SheetOut } from './xlsx/workbook-sheets.js';

/** What a template is made for. */
export interface TemplateOptions {
  /** A `tahun` column filled with this year; none without it. */
  year?: number;
  /** Province codes (`32`) whose kabupaten/kota are listed; every one when empty or absent. */
  provinces?: readonly string[];
  /** The language of the `indikator` sheet's labels (and of the headers `workbookSheets` writes). */
  lang: Lang;
}

/** A table of rows of objects, columns in `names` order (missing keys are missing cells). */
function tableOf(names: readonly string[], rows: readonly object[]): Table {
  return {
    names,
    columns: names.map((n) => rows.map((r) => (r as Record<string, unknown>)[n])),
    rowCount: rows.length,
  };
}

/**
 * The sheets of the input workbook for a framework, as `takar template` writes it (and the
 * studio, in a browser): `iData` with every kabupaten/kota's code, name and province (or those of
 * `provinces`), a `tahun` column when `year` is given and one empty column per indicator;
 * `indikator` describing the indicators (code, label, unit, direction, scale, weight, parent) in
 * `lang`; and `iMeta`, the framework as COINr metadata. Filled in, it scores as it is.
 *
 * @example
 * ```ts
 * const { sheets } = templateSheets(getFramework('smart-city'), { lang: 'id', year: 2024 });
 * ```
 */
export function templateSheets(
  input: unknown,
  options: TemplateOptions,
): { sheets: SheetOut[]; framework: Framework; regions: number; indicators: number } {
  const tree = parseFramework(input);
  const framework = tree.framework as Framework;
  const { year, lang } = options;
  const codes = new Set(options.provinces ?? []);
  const chosen = regions().filter((r) => codes.size === 0 || codes.has(r.provinceCode));
  const names = [
    'kode',
    'nama',
    'provinsi',
    ...(year !== undefined ? ['tahun'] : []),
    ...tree.indicators,
  ];
  const data = tableOf(
    names,
    chosen.map((r) => ({ kode: r.code, nama: r.name, provinsi: r.provinceName, tahun: year })),
  );
  const byCode = new Map(framework.nodes.map((n) => [n.code, n]));
  const described = tableOf(
    ['code', 'label', 'unitLabel', 'direction', 'scale', 'weight', 'parent'],
    tree.indicators.map((code) => {
      const n = byCode.get(code) as Framework['nodes'][number];
      const scale = (n as { scale?: [number, number] }).scale;
      return {
        code,
        label: labelText(n.label, lang),
        unitLabel: (n as { unit?: string }).unit ?? null,
        direction: (n as { direction?: number }).direction ?? 1,
        scale: scale ? `${scale[0]}–${scale[1]}` : null,
        weight: n.weight ?? 1,
        parent: n.parent,
      };
    }),
  );
  return {
    sheets: [
      { name: 'iData', table: data, keep: 'all' },
      { name: 'indikator', table: described },
      { name: 'iMeta', table: frameworkToTable(framework), keep: 'all' },
    ],
    framework,
    regions: chosen.length,
    indicators: tree.indicators.length,
  };
}
