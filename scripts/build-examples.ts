// Scores the embedded, illustrative example data and writes the results documents that the
// example pages and `npm start` show, to examples/data/. Deterministic: same code, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { score, type ResultsDocument } from '@takar/core';
import { exampleDataset, getFramework, EXAMPLE_YEARS } from '@takar/indonesia';

const out = new URL('../examples/data/', import.meta.url);
mkdirSync(out, { recursive: true });

const runs: { framework: 'smart-city' | 'spbe-2020'; title: string }[] = [
  { framework: 'smart-city', title: 'Evaluasi Smart City' },
  { framework: 'spbe-2020', title: 'Indeks SPBE' },
];

for (const run of runs) {
  for (const year of EXAMPLE_YEARS) {
    const results: ResultsDocument = score(
      getFramework(run.framework),
      exampleDataset(run.framework, year),
      {
        year,
        title: `${run.title} ${year} (data ilustratif)`,
        pipeline: { groupRanks: ['province', 'type', 'populationClass'] },
      },
    );
    const file = new URL(`${run.framework}-${year}.json`, out);
    writeFileSync(file, `${JSON.stringify(withoutIndicatorDetail(results))}\n`);
    console.log(
      `build-examples: ${file.pathname.replace(process.cwd() + '/', '')} (${results.units.length} regions)`,
    );
  }
}

/**
 * Pages show aggregates (index, dimensions, stages); the per-indicator maps would make each file
 * megabytes. Keep indicator scores (for profiles) but drop their ranks, coverage, raw values and
 * in-group ranks. Nothing is rounded.
 */
function withoutIndicatorDetail(doc: ResultsDocument): ResultsDocument {
  const indicators = new Set(
    doc.framework.nodes.filter((n) => n.type === 'indicator').map((n) => n.code),
  );
  const keep = <T>(m: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(m).filter(([k]) => !indicators.has(k)));
  return {
    ...doc,
    units: doc.units.map((u) => {
      const { raw: _raw, ...rest } = u;
      return {
        ...rest,
        ranks: keep(u.ranks),
        coverage: keep(u.coverage),
        ...(u.groupRanks
          ? {
              groupRanks: Object.fromEntries(
                Object.entries(u.groupRanks).map(([g, m]) => [g, keep(m)]),
              ),
            }
          : {}),
      };
    }),
  };
}
