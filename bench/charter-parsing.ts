/**
 * Charter parsing: the five real charter pages of test/fixtures/charters and a generated 2 MB HTML page; then the
 * three parsers of untrusted text on 5 MB of hostile input each, which must finish in under 200 ms.
 */
import { execFileSync } from 'node:child_process';
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
    return parsingRow(`parse ${file} (${(Buffer.byteLength(page) / 1024).toFixed(1)} KB, text)`, page, {
      minRuns: 50,
      minTimeMs: 300,
    });
  });
  const synthetic = syntheticCharterPage(2 * megabyte);
  const found = parseCharter(synthetic.html).length;
  // Guards the figure: a page the parser skipped would be fast for the wrong reason.
  if (found < synthetic.rows)
    throw new Error(`The synthetic charter declares ${synthetic.rows} rows but ${found} cookies were read from it.`);
  rows.push(
    parsingRow(
      `parse synthetic charter (${(synthetic.html.length / megabyte).toFixed(1)} MB HTML, ${synthetic.rows} rows)`,
      synthetic.html,
      { minRuns: 5, minTimeMs: 1000 },
    ),
  );
  return rows;
}

/** The inputs of the hostile group: each parser of untrusted text on about `size` bytes it could be slow on. */
function hostileInputs(
  size: number,
): Array<{ parser: string; what: string; input: () => string; parse: (input: string) => unknown }> {
  const setCookieContext = {
    url: 'https://data.montreuil.fr/',
    topLevelUrl: 'https://data.montreuil.fr/',
    receivedAt: Date.UTC(2026, 10, 23),
  };
  const pageNames = Object.keys(largeHostilePages(1));
  return [
    {
      parser: 'charter parser',
      what: 'synthetic charter page',
      input: () => syntheticCharterPage(size).html,
      parse: parseCharter,
    },
    ...pageNames.map((what) => ({
      parser: 'charter parser',
      what,
      input: () => largeHostilePages(size)[what]!,
      parse: parseCharter,
    })),
    {
      parser: 'Set-Cookie parser',
      what: 'one header of endless attributes',
      input: () => `a=b${'; Path=/x; Secure'.repeat(size / 19)}`,
      parse: (header: string) => parseSetCookie(header, setCookieContext),
    },
    {
      parser: 'duration parser',
      what: 'endless numbers and units',
      input: () => '12 mois 2 semaines '.repeat(size / 19),
      parse: parseDeclaredDuration,
    },
    {
      parser: 'duration parser',
      what: 'one endless number, endless decimals, then words',
      input: () => `${'1'.repeat(size / 4)}${',1'.repeat(size / 8)}${' a'.repeat(size / 8)} mois`,
      parse: parseDeclaredDuration,
    },
  ];
}

/** The budget's size, and a fifth of it: time linear in the input's size makes the second ×5 the first. */
const hostileSizes = [megabyte, 5 * megabyte] as const;

/** Run in a child process (see benchHostileInputs): times input `index` at each size and prints the medians. */
export function timeOneHostileInput(index: number): void {
  const timings = hostileSizes.map((size) => {
    const { input, parse } = hostileInputs(size)[index]!;
    const text = input();
    return { bytes: text.length, medianMs: median(sampleMs(() => parse(text), { minRuns: 5, minTimeMs: 600 })) };
  });
  process.stdout.write(JSON.stringify(timings));
}

/**
 * Each input in a process of its own, as a service worker reads one page: timed in one process, each input ran
 * slower after the others (up to 40 %), as the JIT's feedback and the heap kept what the earlier ones left.
 */
export function benchHostileInputs(benchScript: string): BenchRow[] {
  const budget = budgets.hostileInput5MbMs;
  return hostileInputs(0).map(({ parser, what }, index) => {
    const output = execFileSync(process.execPath, [benchScript, `--time-hostile-input=${index}`], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    });
    const [small, large] = JSON.parse(output) as Array<{ bytes: number; medianMs: number }>;
    const growth = large!.medianMs / small!.medianMs;
    const sizeRatio = large!.bytes / small!.bytes;
    return {
      group: 'hostile',
      name: `${parser}: ${what} (${(large!.bytes / megabyte).toFixed(1)} MB)`,
      result: `${formatMs(large!.medianMs)} (${(small!.bytes / megabyte).toFixed(1)} MB: ${formatMs(small!.medianMs)}; ×${growth.toFixed(1)} for ×${sizeRatio.toFixed(1)})`,
      figures: {
        bytes: large!.bytes,
        medianMs: large!.medianMs,
        smallBytes: small!.bytes,
        smallMedianMs: small!.medianMs,
        growth,
      },
      budget: { limit: `${budget} ms`, met: large!.medianMs < budget },
    };
  });
}
