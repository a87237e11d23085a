// The Smart City example data (synthetic, illustrative) of some years as a wide CSV text, as the
// studio's Node and browser tests drop or read it: one row per region and year.
import { exampleDataset, getFramework } from '@takar/indonesia';

/**
 * `id`: an Indonesian Excel export (`;` between cells, decimal comma); `en`: `,` and `.`, names
 * quoted. With `yearColumn`, a `tahun` column after the name.
 */
export function exampleCsv(
  years: readonly number[],
  o: { locale: 'id' | 'en'; yearColumn: boolean },
): string {
  const framework = getFramework('smart-city');
  const indicators = framework.nodes.filter((n) => n.type === 'indicator').map((n) => n.code);
  const d = o.locale === 'id' ? ';' : ',';
  const lines = [['kode', 'nama', ...(o.yearColumn ? ['tahun'] : []), ...indicators].join(d)];
  for (const year of years) {
    const data = exampleDataset('smart-city', year);
    const value = new Map(data.values.map((v) => [`${v.unit}|${v.indicator}`, v.value]));
    for (const u of data.units)
      lines.push(
        [
          u.code,
          o.locale === 'id' ? u.name : `"${u.name}"`,
          ...(o.yearColumn ? [String(year)] : []),
          ...indicators.map((c) => {
            const v = String(value.get(`${u.code}|${c}`) ?? '');
            return o.locale === 'id' ? v.replace('.', ',') : v;
          }),
        ].join(d),
      );
  }
  return lines.join('\n') + '\n';
}
