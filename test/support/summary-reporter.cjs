/** Prints the closing line CI reads: "N passed, N failed" (and skipped, if any). */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failedSuites = results.numFailedTestSuites - results.numFailedTests > 0 ? results.numRuntimeErrorTestSuites : 0;
    const failed = results.numFailedTests + failedSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
module.exports = SummaryReporter;
