// Registers <takar-distribution> (guarded: a second copy on the page warns instead of throwing).
// Written by `npm run catalogue -w @takar/elements` from src/catalogue.ts.
import { TakarDistribution } from '../distribution/distribution.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-distribution', TakarDistribution);

export { TakarDistribution };
