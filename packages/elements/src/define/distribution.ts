// Registers <takar-distribution> (guarded: a second copy on the page warns instead of throwing).
import { TakarDistribution } from '../distribution/distribution.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-distribution', TakarDistribution);

export { TakarDistribution };
