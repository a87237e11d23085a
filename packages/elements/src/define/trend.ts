// Registers <takar-trend> (guarded: a second copy on the page warns instead of throwing).
import { TakarTrend } from '../trend/trend.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-trend', TakarTrend);

export { TakarTrend };
