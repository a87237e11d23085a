/*
 * Turns off zod's JIT before any schema is built. zod compiles object parsers with `new Function`
 * and, to find out whether it may, probes `new F("")` when a schema is constructed; under
 * `Content-Security-Policy: script-src 'self'` that probe is reported as a violation even though
 * zod catches the error. `jitless` skips the probe. The setting is zod's global one
 * (`globalThis.__zod_globalConfig`), so it also reaches the copy of zod that @takar/core uses.
 * Imported first by the module that loads the results schema (controllers/validate-results.ts).
 */
import { config } from 'zod';

config({ jitless: true });
