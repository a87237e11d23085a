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
      `build-examples: ${file.pathname.replace(process.cwd() + '/', '')} (${results.units.codes.length} regions)`,
    );
  }
}

/**
 * Pages show aggregates (index, dimensions, stages); the per-indicator detail would triple each
 * file. Keep indicator scores (for profiles) but drop their ranks, coverage and raw values.
 * Nothing is rounded.
 */
function withoutIndicatorDetail(doc: ResultsDocument): ResultsDocument {
  const indicators = new Set(
    doc.framework.nodes.filter((n) => n.type === 'indicator').map((n) => n.code),
  );
  return {
    ...doc,
    columns: doc.columns.map((c) => (indicators.has(c.key) ? { key: c.key, scores: c.scores } : c)),
  };
}
