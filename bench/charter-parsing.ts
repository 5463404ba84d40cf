/** Charter parsing: the five real charter pages of test/fixtures/charters and a generated 2 MB HTML page. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseCharter } from '../src/core/charter/parse.ts';
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
