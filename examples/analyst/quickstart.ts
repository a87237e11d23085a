import { score, resultsView } from '@takar/core';
import { getFramework, exampleDataset, roundHalfUpDecimal } from '@takar/indonesia';

const idx = 'smart-city';
const results = score(getFramework(idx), exampleDataset(idx, 2024), { year: 2024 });
const top = [...resultsView(results).rows]
  .sort((a, b) => a.ranks[idx]! - b.ranks[idx]!)
  .slice(0, 5);
const fmt = (x: number | null | undefined) => roundHalfUpDecimal(x ?? NaN, 2).toFixed(2);
console.log('Evaluasi Smart City 2024 (data ilustratif, bukan hasil resmi)');
for (const u of top) console.log(u.ranks[idx], u.name, fmt(u.scores[idx]));
