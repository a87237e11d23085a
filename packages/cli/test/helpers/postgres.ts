// The CLI tests use the same PostgreSQL helper as core's (a cluster with hll and pgcrypto, started
// for the test run by scripts/vitest-postgres.mjs or named by TAKAR_PG_URL).
export * from '../../../core/test/helpers/postgres.js';
