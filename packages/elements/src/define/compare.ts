// Registers <takar-compare> (guarded: a second copy on the page warns instead of throwing).
// Written by `npm run catalogue -w @takar/elements` from src/catalogue.ts.
import { TakarCompare } from '../compare/compare.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-compare', TakarCompare);

export { TakarCompare };
