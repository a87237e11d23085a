// Registers every Takar element (guarded: a second copy on the page warns instead of throwing).
// Written by `npm run catalogue -w @takar/elements` from src/catalogue.ts.
export { TakarRanking } from './ranking.js';
export { TakarProfile } from './profile.js';
export { TakarCompare } from './compare.js';
export { TakarTrend } from './trend.js';
export { TakarAwards } from './awards.js';
export { TakarImpact } from './impact.js';
export { TakarDistribution } from './distribution.js';
export { TakarMap } from './map.js';
