// Registers <takar-map> (guarded: a second copy on the page warns instead of throwing).
// Written by `npm run catalogue -w @takar/elements` from src/catalogue.ts.
import { TakarMap } from '../map/map.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-map', TakarMap);

export { TakarMap };
