// The Smart City template filled in with the example data (synthetic), as a user would fill it.
import { exampleDataset } from '@takar/indonesia';
import type { Sheet } from '../src/workbook-in.js';

/** The template's iData sheet filled in with the example data of `year`, as a user would. */
export function filledTemplate(sheets: readonly Sheet[], year: number): Sheet[] {
  const data = exampleDataset('smart-city', year);
  const value = new Map(data.values.map((v) => [`${v.unit}|${v.indicator}`, v.value]));
  return sheets.map((sh) => {
    if (sh.name !== 'iData') return sh;
    const t = sh.table;
    const kode = t.columns[t.names.indexOf('kode')] as ArrayLike<unknown>;
    // The rows of the regions the example data has; the others stay as the template left them.
    const keep = Array.from({ length: t.rowCount }, (_v, r) => r).filter((r) =>
      data.units.some((u) => u.code === kode[r]),
    );
    return {
      name: sh.name,
      table: {
        names: t.names,
        columns: t.names.map((n, k) =>
          keep.map((r) =>
            value.has(`${String(kode[r])}|${n}`)
              ? (value.get(`${String(kode[r])}|${n}`) ?? null)
              : (t.columns[k]?.[r] ?? null),
          ),
        ),
        rowCount: keep.length,
      },
    };
  });
}
