/**
 * Records the run's counts for scripts/test.mjs, which prints the closing line CI reads,
 * "N passed, N failed", after Jest's own summary. A suite that failed to run (a crash in
 * beforeAll, a syntax error) counts as a failure even when no test inside it ran.
 */
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const brokenSuites = results.testResults.filter((s) => s.testExecError || (s.failureMessage && s.numFailingTests === 0)).length;
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + brokenSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    const file = process.env.JB_TEST_SUMMARY_FILE;
    if (file) fs.writeFileSync(file, JSON.stringify(summary));
    else process.stdout.write(`\n${summary.passed} passed, ${summary.failed} failed\n`);
  }
}
module.exports = SummaryReporter;
