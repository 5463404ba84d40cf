/** Prints one closing line for the whole of `npm test`, from the JSON reports of the unit and end-to-end runs. */
import { readFile } from 'node:fs/promises';

let passed = 0;
let failed = 0;
for (const suite of ['unit', 'e2e']) {
  const report = JSON.parse(await readFile(new URL(`../test-results/${suite}.json`, import.meta.url), 'utf8'));
  console.log(`${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exitCode = 1;
