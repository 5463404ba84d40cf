/**
 * Charter parsing: the five real charter pages of test/fixtures/charters and a generated 2 MB HTML page; then the
 * three parsers of untrusted text on 5 MB of hostile input each, which must finish in under 200 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseCharter } from '../src/core/charter/parse.ts';
import { parseSetCookie } from '../src/core/cookies/set-cookie.ts';
import { parseDeclaredDuration } from '../src/core/duration/parse-declared-duration.ts';
import { largeHostilePages } from '../test/support/hostile-pages.ts';
import { budgets } from './budgets.ts';
import { formatMs, median, sampleMs } from './measure.ts';
import type { BenchRow } from './report.ts';
import { syntheticCharterPage } from './synthetic.ts';

const fixturesDir = new URL('../test/fixtures/charters/', import.meta.url);
const megabyte = 1024 * 1024;

function parsingRow(name: string, page: string, runs: { minRuns: number; minTimeMs: number }): BenchRow {
  const bytes = Buffer.byteLength(page);
  const medianMs = median(sampleMs(() => parseCharter(page), runs));
  const megabytesPerSecond = bytes / megabyte / (medianMs / 1000);
  return {
    group: 'charter',
    name,
    result: `${formatMs(medianMs)} per page, ${megabytesPerSecond.toFixed(1)} MB/s`,
    figures: { bytes, medianMs, megabytesPerSecond, declaredCookies: parseCharter(page).length },
  };
}

export function benchCharterParsing(): BenchRow[] {
  const fixtures = readdirSync(fixturesDir).filter((file) => file.endsWith('.txt'));
  const rows = fixtures.map((file) => {
    const page = readFileSync(new URL(file, fixturesDir), 'utf8');
    return parsingRow(`parse ${file} (${(Buffer.byteLength(page) / 1024).toFixed(1)} KB, text)`, page, { minRuns: 50, minTimeMs: 300 });
  });
  const synthetic = syntheticCharterPage(2 * megabyte);
  const found = parseCharter(synthetic.html).length;
  // Guards the figure: a page the parser skipped would be fast for the wrong reason.
  if (found < synthetic.rows) throw new Error(`The synthetic charter declares ${synthetic.rows} rows but ${found} cookies were read from it.`);
  rows.push(parsingRow(`parse synthetic charter (${(synthetic.html.length / megabyte).toFixed(1)} MB HTML, ${synthetic.rows} rows)`, synthetic.html, { minRuns: 5, minTimeMs: 1000 }));
  return rows;
}

/** One parser on one 5 MB input, against the budget. */
function hostileRow(parser: string, what: string, input: string, parse: (input: string) => unknown): BenchRow {
  const medianMs = median(sampleMs(() => parse(input), { minRuns: 3, minTimeMs: 600 }));
  const budget = budgets.hostileInput5MbMs;
  return {
    group: 'hostile',
    name: `${parser}: ${what} (${(input.length / megabyte).toFixed(1)} MB)`,
    result: formatMs(medianMs),
    figures: { bytes: input.length, medianMs },
    budget: { limit: `${budget} ms`, met: medianMs < budget },
  };
}

export function benchHostileInputs(): BenchRow[] {
  const size = 5 * megabyte;
  const setCookieContext = { url: 'https://data.montreuil.fr/', topLevelUrl: 'https://data.montreuil.fr/', receivedAt: Date.UTC(2026, 10, 23) };
  return [
    hostileRow('charter parser', 'synthetic charter page', syntheticCharterPage(size).html, parseCharter),
    ...Object.entries(largeHostilePages(size)).map(([what, page]) => hostileRow('charter parser', what, page, parseCharter)),
    hostileRow('Set-Cookie parser', 'one header of endless attributes', `a=b${'; Path=/x; Secure'.repeat(size / 19)}`, (header) => parseSetCookie(header, setCookieContext)),
    hostileRow('duration parser', 'endless numbers and units', '12 mois 2 semaines '.repeat(size / 19), parseDeclaredDuration),
  ];
}
