/* global console, process */
// The closing lines of a CI log, from vitest's JSON reports: the counts, then any test that passed
// only on its second try (its first failure is kept in the report), so flakiness stays visible.
import { readFileSync } from 'node:fs';

// One report per vitest process (.ci/run runs two side by side), added up.
const reports = process.argv.slice(2).map((path) => JSON.parse(readFileSync(path, 'utf8')));
const sum = (key) => reports.reduce((total, report) => total + report[key], 0);
const retried = reports
  .flatMap((report) => report.testResults)
  .flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'passed' && test.failureMessages.length > 0)
      .map((test) => ({ name: test.fullName, first: test.failureMessages[0].split('\n')[0] })),
  );
for (const test of retried)
  console.log(`passed on a second try: ${test.name} (first try: ${test.first})`);
const skipped = sum('numPendingTests') + sum('numTodoTests');
const note = retried.length > 0 ? ` (${retried.length} on a second try)` : '';
console.log(
  `${sum('numPassedTests')} passed${note}, ${sum('numFailedTests')} failed, ${skipped} skipped`,
);
