#!/usr/bin/env node
// Three synthetic agencies' beneficiary lists for the worked example of
// docs/guides/federated-counting.md (illustrative, not official: the NIKs are made up).
//   node examples/federated/make-agencies.mjs [folder]   → dinsos.csv, bpjs.csv, disdik.csv
// Person i of a region has the NIK <region digits> + the 12 digits of 10^11 + 7919·i; each agency
// writes NIKs its own way (plain, with spaces, with dots), as real lists do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? '.';
// region → agency → [first person, last person + 1]
const lists = {
  32.73: { dinsos: [0, 6000], bpjs: [4000, 11000], disdik: [9000, 12000] },
  33.72: { dinsos: [0, 2500], bpjs: [2000, 4000], disdik: [3500, 4200] },
  34.71: { dinsos: [0, 80], bpjs: [60, 120] },
};
const programme = { dinsos: 'PKH', bpjs: 'PBI-JK', disdik: 'KIP' };
const form = {
  dinsos: (d) => d,
  bpjs: (d) => `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`,
  disdik: (d) => `${d.slice(0, 6)}.${d.slice(6, 12)}.${d.slice(12)}`,
};
mkdirSync(folder, { recursive: true });
for (const agency of ['dinsos', 'bpjs', 'disdik']) {
  const lines = ['region,programme,key'];
  for (const [region, byAgency] of Object.entries(lists)) {
    const range = byAgency[agency];
    if (!range) continue;
    for (let i = range[0]; i < range[1]; i++) {
      const nik = region.replace('.', '') + String(1e11 + 7919 * i);
      lines.push(`${region},${programme[agency]},"${form[agency](nik)}"`);
    }
  }
  writeFileSync(join(folder, `${agency}.csv`), lines.join('\n') + '\n');
  console.log(`${join(folder, `${agency}.csv`)}: ${lines.length - 1} records`);
}
