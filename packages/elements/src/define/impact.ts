// Registers <takar-impact> (guarded: a second copy on the page warns instead of throwing).
// Written by `npm run catalogue -w @takar/elements` from src/catalogue.ts.
import { TakarImpact } from '../impact/impact.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-impact', TakarImpact);

export { TakarImpact };
