// Scores the embedded, illustrative example data and writes the results documents that the
// example pages and `npm start` show, to examples/data/. Deterministic: same code, same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  countProgrammes,
  coverage,
  impactDocument,
  parseResults,
  regionDocuments,
  score,
  type ResultsDocument,
} from '@takar/core';
import {
  EXAMPLE_YEARS,
  exampleSource,
  exampleDataset,
  examplePrograms,
  getFramework,
  regionByCode,
} from '@takar/indonesia';

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

// One small document per region of the Smart City example (2020–2024): what a regional portal's
// profile and trend read (examples/portal, scripts/reader-pages), as takar publish writes them.
{
  const docs = EXAMPLE_YEARS.map((year) =>
    parseResults(JSON.parse(readFileSync(new URL(`smart-city-${year}.json`, out), 'utf8'))),
  );
  const dir = new URL('regions/', out);
  mkdirSync(dir, { recursive: true });
  const regions = regionDocuments(docs);
  for (const [code, doc] of regions)
    writeFileSync(new URL(`${code}.json`, dir), `${JSON.stringify(doc)}\n`);
  console.log(`build-examples: examples/data/regions/ (${regions.size} region documents)`);
}

// The positively-affected citizens of the illustrative 2024 programmes, per region, as the
// <takar-impact> examples show them (an impact document, format 1): the range each region's
// programme totals allow, capped at its population (overlap between programmes is unknown).
{
  const programmes = examplePrograms(2024).filter((p) => p.unit === 'persons');
  const population = (code: string) => regionByCode(code)?.population2024;
  const counted = countProgrammes(programmes, {
    population: Object.fromEntries(
      [...new Set(programmes.map((p) => p.region))].map((c) => [c, population(c) as number]),
    ),
  });
  const { rows } = coverage(counted, (g) =>
    g['region'] === undefined ? undefined : population(String(g['region'])),
  );
  const doc = impactDocument(rows, {
    method: { id: 'Data program (tanpa identitas)', en: 'Programme data (no identities)' },
    interval: { id: 'rentang program', en: 'programme range' },
    nameOf: (code) => regionByCode(code)?.name,
    title: 'Warga terdampak positif 2024 (data ilustratif)',
    year: 2024,
    source: exampleSource('illustrative Smart City programmes and their beneficiaries'),
  });
  const file = new URL('impact-2024.json', out);
  writeFileSync(file, `${JSON.stringify(doc)}\n`);
  console.log(
    `build-examples: ${file.pathname.replace(process.cwd() + '/', '')} (${doc.rows.length} regions)`,
  );
}
