/**
 * The HAR audit of the command line on synthetic recordings of 50 and 100 MB (100,000 and 200,000 entries of
 * ~500 bytes: a request with its Cookie header, a response with a Set-Cookie), each audited by the built CLI
 * (dist/cli/charter.js) in a fresh process: its time and its peak memory (maximum resident set), and the growth
 * from 50 to 100 MB, which must be linear (x2).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditHar } from '../src/core/har/har-audit.ts';
import { readHar } from '../src/core/har/read-har.ts';
import { smallHar } from '../test/support/har.ts';
import { formatMs, median, sampleMs } from './measure.ts';
import type { BenchRow } from './report.ts';

const cli = fileURLToPath(new URL('../dist/cli/charter.js', import.meta.url));
const charter = fileURLToPath(new URL('../test/fixtures/charters/data.montreuil.fr.txt', import.meta.url));
const sizes = [
  { entries: 100_000, label: '50 MB' },
  { entries: 200_000, label: '100 MB' },
];
/** Prints the process's peak resident memory, in KB, as its last line on stderr. */
const reportPeakMemory = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss '+process.resourceUsage().maxRSS+'\\n'))`;

/** One entry of about 500 bytes, as Chrome writes them; a thousand distinct cookie names in all. */
function entry(index: number, at: number): string {
  const name = `bench_${index % 1000}`;
  return JSON.stringify({
    pageref: 'page_1',
    _resourceType: index === 0 ? 'document' : 'fetch',
    startedDateTime: new Date(at + index * 10).toISOString(),
    request: {
      method: 'GET',
      url: `https://data.montreuil.fr/api/explore/v2.1/catalog/datasets/jeu-${index % 500}/records?limit=20&offset=${index}`,
      headers: [{ name: 'Cookie', value: `sessionid=abcdef0123456789; ${name}=v${index}` }],
    },
    response: {
      status: 200,
      headers: [{ name: 'Set-Cookie', value: `${name}=v${index}; Path=/; Max-Age=3600; SameSite=Lax; Secure` }],
      content: { mimeType: 'application/json' },
    },
  });
}

function writeHar(path: string, entries: number): number {
  const file = openSync(path, 'w');
  const at = Date.UTC(2026, 10, 23, 13);
  writeSync(
    file,
    `{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[{"id":"page_1","title":"https://data.montreuil.fr/"}],"entries":[`,
  );
  const chunk: string[] = [];
  for (let index = 0; index < entries; index++) {
    chunk.push(entry(index, at));
    if (chunk.length === 1000 || index === entries - 1) {
      writeSync(file, (index >= 1000 ? ',' : '') + chunk.join(','));
      chunk.length = 0;
    }
  }
  writeSync(file, ']}}');
  closeSync(file);
  return statSync(path).size;
}

function audit(path: string): { ms: number; peakBytes: number } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', reportPeakMemory, cli, 'audit', '--charter', charter, '--har', path],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`The audit failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  const peakKb = Number(/maxrss (\d+)/.exec(run.stderr)?.[1]);
  return { ms, peakBytes: peakKb * 1024 };
}

/** A recording whose `entries` requests each send a cookie of its own and set another: as many names as entries. */
function harOfDistinctNames(entries: number): string {
  const at = Date.UTC(2026, 10, 23, 13);
  return smallHar([
    { at: new Date(at).toISOString(), url: 'https://data.montreuil.fr/', type: 'document' },
    ...Array.from({ length: entries }, (_, index) => ({
      at: new Date(at + 1 + index).toISOString(),
      url: `https://data.montreuil.fr/api/${index}`,
      cookie: `sent_${index}=1`,
      setCookies: [`set_${index}=1; Path=/`],
    })),
  ]);
}

/**
 * The audit's cost in the number of distinct cookie names, in this process: each name sent was once looked for
 * among every recorded cookie (20,000 names took ~9 s), which the 1,000 names of the large files above cannot show.
 */
function benchDistinctNames(): BenchRow[] {
  const timings = [10_000, 20_000].map((entries) => {
    const reading = readHar(harOfDistinctNames(entries));
    if (!reading.ok) throw new Error(`The bench's recording is not read: ${reading.problem}`);
    return {
      entries,
      medianMs: median(sampleMs(() => auditHar(reading.log), { warmupRuns: 1, minRuns: 5, minTimeMs: 500 })),
    };
  });
  const [half, whole] = timings as [(typeof timings)[0], (typeof timings)[0]];
  const growth = whole.medianMs / half.medianMs;
  return [
    {
      group: 'har',
      name: 'audit of 10,000 then 20,000 entries, each with cookie names of its own (linear: x2)',
      result: `${formatMs(half.medianMs)} then ${formatMs(whole.medianMs)}: x${growth.toFixed(2)}`,
      figures: { halfMs: half.medianMs, wholeMs: whole.medianMs, growth },
      budget: { limit: 'time ≤ x2.5', met: growth <= 2.5 },
    },
  ];
}

export function benchHar(): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'charte-har-bench-'));
  try {
    const measured = sizes.map(({ entries, label }) => {
      const path = join(dir, `${entries}.har`);
      const bytes = writeHar(path, entries);
      const { ms, peakBytes } = audit(path);
      rmSync(path);
      return { entries, label, bytes, ms, peakBytes };
    });
    const rows: BenchRow[] = measured.map(({ entries, label, bytes, ms, peakBytes }) => ({
      group: 'har',
      name: `charter audit of a synthetic HAR of ${label} (${entries.toLocaleString('en')} entries)`,
      result: `${formatMs(ms)}, peak memory ${Math.round(peakBytes / 1_048_576)} MB (${(peakBytes / bytes).toFixed(2)} bytes per byte of file)`,
      figures: { entries, fileBytes: bytes, totalMs: ms, peakMemoryBytes: peakBytes },
    }));
    const [half, whole] = measured;
    if (half && whole) {
      const timeGrowth = whole.ms / half.ms;
      const memoryGrowth = whole.peakBytes / half.peakBytes;
      rows.push({
        group: 'har',
        name: 'growth from 50 to 100 MB (linear: x2)',
        result: `time x${timeGrowth.toFixed(2)}, peak memory x${memoryGrowth.toFixed(2)}`,
        figures: { timeGrowth, memoryGrowth },
        budget: { limit: 'time ≤ x2.5', met: timeGrowth <= 2.5 },
      });
    }
    return [...rows, ...benchDistinctNames()];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
