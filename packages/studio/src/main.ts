// The studio page's script. zod's JIT goes off first, before @takar/core builds its schemas, so
// the page runs under `script-src 'self'` without a violation (see config/zod-jitless.ts). The
// studio is imported dynamically: with static imports a bundler may hoist the engine's schemas
// into a chunk that runs before this module's body.
import './config/zod-jitless.js';

await import('./studio-app.js');
