/**
 * `npm run bench`: measures what the extension costs and prints one table, written also to bench/results.json.
 * Run after `node build/build.mjs` (the npm script does): the popup is measured in the built dist/chrome and
 * the bundle sizes are read from dist/. Budgets: bench/budgets.ts.
 */
import { fileURLToPath } from 'node:url';
import { benchBundleSizes } from './bundle-sizes.ts';
import { benchCharterParsing, benchHostileInputs, timeOneHostileInput } from './charter-parsing.ts';
import { benchComparison } from './comparison.ts';
import { benchHar } from './har.ts';
import { benchKnowledgeLookup } from './knowledge-lookup.ts';
import { benchObservatory } from './observatory.ts';
import { benchPopup } from './popup-render.ts';
import { benchRecorder } from './recorder.ts';
import { benchSoak } from './soak.ts';
import { mergeResults, printTable, writeResults, type BenchRow } from './report.ts';

const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));

// This same script, started again by benchHostileInputs to time one hostile input in a fresh process.
const hostileInput = process.argv.find((arg) => arg.startsWith('--time-hostile-input='));
if (hostileInput) {
  timeOneHostileInput(Number(hostileInput.slice('--time-hostile-input='.length)));
  process.exit(0);
}

// `npm run bench -- --only=popup,compare` runs the named groups only, and replaces only their rows in the results file.
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const rows: BenchRow[] = [];
const step = async (group: string, what: string, run: () => BenchRow[] | Promise<BenchRow[]>) => {
  if (only && !only.includes(group)) return;
  process.stderr.write(`bench: ${what}…\n`);
  rows.push(...(await run()));
};
let browserVersion = 'not measured';
await step('charter', 'charter parsing', benchCharterParsing);
await step('hostile', 'hostile inputs, 5 MB each, one process each', () => benchHostileInputs(process.argv[1]!));
await step('compare', 'comparison', benchComparison);
await step('knowledge', 'knowledge lookup', benchKnowledgeLookup);
await step('recorder', 'recorder', benchRecorder);
await step('har', 'HAR audit of 50 and 100 MB, one process each', benchHar);
await step('soak', 'soak: 300 portals × 1,000 cookies, then the popup in Chromium', benchSoak);
await step('popup', 'popup in Chromium, then its cold start in Firefox ESR', async () => {
  const popup = await benchPopup();
  browserVersion = popup.browserVersion;
  return popup.rows;
});
await step('observatory', 'observatory over the local portals, concurrency 1 then 4', benchObservatory);
await step('bundle', 'bundle sizes', benchBundleSizes);

printTable(rows);
if (only) mergeResults(resultsPath, rows, only, browserVersion === 'not measured' ? {} : { browser: browserVersion });
else writeResults(resultsPath, rows, { browser: browserVersion });
const over = rows.filter((row) => row.budget && !row.budget.met);
console.log(
  `\n${rows.length} rows ${only ? 'merged into' : 'written to'} bench/results.json; ${over.length ? `over budget: ${over.map((row) => `${row.group} ${row.name}`).join('; ')}` : 'every budget met'}.`,
);
