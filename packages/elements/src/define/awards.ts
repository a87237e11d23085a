// Registers <takar-awards> (guarded: a second copy on the page warns instead of throwing).
// Written by `npm run catalogue -w @takar/elements` from src/catalogue.ts.
import { TakarAwards } from '../awards/awards.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-awards', TakarAwards);

export { TakarAwards };
