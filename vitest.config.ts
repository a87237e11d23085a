import { defineConfig } from 'vitest/config';

// Node tests of every package. Workspace packages resolve to their `src/` through the custom
// "source" export condition, so tests need no prior build. Element tests run in Chromium instead
// (web-test-runner.config.js).
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'import', 'default'] },
  ssr: {
    resolve: {
      conditions: ['source', 'module', 'import', 'default'],
      externalConditions: ['source'],
    },
  },
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'packages/elements/test-node/**/*.test.ts',
      'examples/test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'packages/elements/test/**'],
    environment: 'node',
    testTimeout: 60_000,
    // A throw-away PostgreSQL with hll for the sketch tests, when it is installed.
    globalSetup: ['scripts/vitest-postgres.mjs'],
  },
});
