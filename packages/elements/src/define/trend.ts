// Registers <takar-trend> (guarded: a second copy on the page warns instead of throwing).
// Written by `npm run catalogue -w @takar/elements` from src/catalogue.ts.
import { TakarTrend } from '../trend/trend.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-trend', TakarTrend);

export { TakarTrend };
