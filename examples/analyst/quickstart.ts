// The README's analyst example: score the illustrative Smart City data for 2024 and print the top 5.
// Run: npx tsx --conditions source examples/analyst/quickstart.ts
import { score } from '@takar/core';
import { getFramework, exampleDataset, roundHalfUpDecimal } from '@takar/indonesia';

const results = score(getFramework('smart-city'), exampleDataset('smart-city', 2024), {
  year: 2024,
});
const top = [...results.units]
  .sort((a, b) => a.ranks['smart-city']! - b.ranks['smart-city']!)
  .slice(0, 5);
console.log('Evaluasi Smart City 2024 (data ilustratif, bukan hasil resmi)');
for (const u of top)
  console.log(
    u.ranks['smart-city'],
    u.name,
    roundHalfUpDecimal(u.scores['smart-city']!, 2).toFixed(2),
  );
