// Registers <takar-compare> (guarded: a second copy on the page warns instead of throwing).
import { TakarCompare } from '../compare/compare.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-compare', TakarCompare);

export { TakarCompare };
