/*
 * Turns off zod's JIT before any schema of @takar/core is built. zod compiles object parsers with
 * `new Function` and probes `new F("")` when a schema is constructed; under
 * `Content-Security-Policy: script-src 'self'` the probe is reported as a violation. The studio
 * imports the engine's main entry (score, audit, parseCsv, …), whose schemas are built when the
 * module loads, so this module must be the first import of the studio's entry (src/main.ts).
 * The setting is zod's global one, so it reaches the copy of zod that @takar/core uses.
 */
import { config } from 'zod';

config({ jitless: true });
