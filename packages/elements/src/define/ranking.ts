// Registers <takar-ranking> (guarded: a second copy on the page warns instead of throwing).
// Written by `npm run catalogue -w @takar/elements` from src/catalogue.ts.
import { TakarRanking } from '../ranking/ranking.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-ranking', TakarRanking);

export { TakarRanking };
