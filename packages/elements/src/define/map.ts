// Registers <takar-map> (guarded: a second copy on the page warns instead of throwing).
import { TakarMap } from '../map/map.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-map', TakarMap);

export { TakarMap };
