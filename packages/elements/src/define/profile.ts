// Registers <takar-profile> (guarded: a second copy on the page warns instead of throwing).
// Written by `npm run catalogue -w @takar/elements` from src/catalogue.ts.
import { TakarProfile } from '../profile/profile.js';
import { defineOnce } from './define-once.js';

defineOnce('takar-profile', TakarProfile);

export { TakarProfile };
