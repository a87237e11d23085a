// A @web/test-runner reporter that writes the number of passed, failed and skipped tests to the
// JSON file named by TAKAR_TEST_COUNTS, so `npm test` can print one summary line for all runners.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  if (!suite) return;
  for (const t of suite.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite.suites ?? []) count(s, totals);
}

/** Creates the reporter. */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A test file that failed to load has no results but errors: count it as a failure.
        if (
          !session.testResults?.tests?.length &&
          !session.testResults?.suites?.length &&
          !session.passed
        )
          totals.failed++;
      }
      if (process.env.TAKAR_TEST_COUNTS)
        writeFileSync(process.env.TAKAR_TEST_COUNTS, JSON.stringify(totals));
    },
  };
}
