/**
 * Prints one closing line for the whole of `npm test`, from the JSON reports of the unit and end-to-end runs, and
 * checks that every end-to-end scenario ran in every browser: a scenario is written once and run per browser
 * (`describe.each(browserNames)`, reported as "[chromium] …" and "[firefox] …"), so one missing from a browser
 * means a browser-only test crept in.
 */
import { readFile } from 'node:fs/promises';

const browsers = ['chromium', 'firefox'];
const reportOf = async (suite) =>
  JSON.parse(await readFile(new URL(`../test-results/${suite}.json`, import.meta.url), 'utf8'));

let passed = 0;
let failed = 0;
for (const suite of ['unit', 'e2e']) {
  const report = await reportOf(suite);
  console.log(`${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}

const scenarios = new Map(browsers.map((browser) => [browser, new Set()]));
for (const file of (await reportOf('e2e')).testResults) {
  for (const test of file.assertionResults) {
    const browser = /^\[(\w+)\]$/.exec(test.ancestorTitles[0] ?? '')?.[1];
    if (browser)
      (scenarios.get(browser) ?? scenarios.set(browser, new Set()).get(browser)).add(
        `${file.name.replace(/^.*\/test\/e2e\//, '')} > ${test.title}`,
      );
  }
}
const all = new Set([...scenarios.values()].flatMap((names) => [...names]));
console.log(
  `e2e scenarios: ${all.size}, run in ${[...scenarios].map(([browser, names]) => `${browser} ${names.size}`).join(', ')}`,
);
for (const [browser, names] of scenarios) {
  const missing = [...all].filter((name) => !names.has(name));
  if (missing.length > 0) console.log(`not run in ${browser}: ${missing.join('; ')}`);
  failed += missing.length;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exitCode = 1;
