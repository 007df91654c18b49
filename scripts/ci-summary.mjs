/* global console, process */
// The closing lines of a CI log, from vitest's JSON report: the counts, then any test that passed
// only on its second try (its first failure is kept in the report), so flakiness stays visible.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const retried = report.testResults.flatMap((file) =>
  file.assertionResults
    .filter((test) => test.status === 'passed' && test.failureMessages.length > 0)
    .map((test) => ({ name: test.fullName, first: test.failureMessages[0].split('\n')[0] })),
);
for (const test of retried)
  console.log(`passed on a second try: ${test.name} (first try: ${test.first})`);
const skipped = report.numPendingTests + report.numTodoTests;
const note = retried.length > 0 ? ` (${retried.length} on a second try)` : '';
console.log(
  `${report.numPassedTests} passed${note}, ${report.numFailedTests} failed, ${skipped} skipped`,
);
