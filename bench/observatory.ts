/**
 * The observatory (`npm run observe`, the built dist/cli/observe.js) over the local portals that answer (every phase
 * played), at concurrency 1 and 4, with its default politeness (2 s between two pages of a portal) and timeout:
 * portals per minute, and the peak memory of the whole process tree (the command and every Chromium it starts: the
 * sum of their proportional set sizes, shared pages counted once, read from /proc every 200 ms), beside the
 * command's own peak (its maximum resident set).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumHostResolverRules, portalHosts, startPortal, type Portal } from '../test/portal/index.ts';
import { formatMs } from './measure.ts';
import type { BenchRow } from './report.ts';

const cli = fileURLToPath(new URL('../dist/cli/observe.js', import.meta.url));
const reportPeakMemory = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss '+process.resourceUsage().maxRSS+'\\n'))`;

/** Proportional set size of a process and all its descendants, from /proc (Linux): Chromium's processes share much. */
function treeMemoryBytes(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // The process ended while it was read.
    }
  }
  let total = 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += proportionalBytes(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function proportionalBytes(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

async function observe(
  portal: Portal,
  concurrency: number,
): Promise<{ ms: number; peakTreeBytes: number; peakCommandBytes: number }> {
  const out = mkdtempSync(join(tmpdir(), 'charte-observatory-bench-'));
  try {
    const args = [
      '--import',
      reportPeakMemory,
      cli,
      ...portalHosts.flatMap((host) => ['--host', host]),
      '--out',
      out,
      '--concurrency',
      String(concurrency),
      '--resolve',
      chromiumHostResolverRules(portal),
      '--insecure',
    ];
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peakTreeBytes = 0;
    const sampler = setInterval(() => (peakTreeBytes = Math.max(peakTreeBytes, treeMemoryBytes(child.pid!))), 200);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(sampler);
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`The observatory failed (${code}): ${stderr.slice(-500)}`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
      totals: { byOutcome: { audited: number } };
    };
    if (summary.totals.byOutcome.audited !== portalHosts.length)
      throw new Error(
        `Only ${summary.totals.byOutcome.audited} of ${portalHosts.length} portals audited: ${stderr.slice(-500)}`,
      );
    return { ms, peakTreeBytes, peakCommandBytes: Number(/maxrss (\d+)/.exec(stderr)?.[1]) * 1024 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export async function benchObservatory(): Promise<BenchRow[]> {
  const portal = await startPortal();
  try {
    const rows: BenchRow[] = [];
    for (const concurrency of [1, 4]) {
      const { ms, peakTreeBytes, peakCommandBytes } = await observe(portal, concurrency);
      const portalsPerMinute = portalHosts.length / (ms / 60_000);
      rows.push({
        group: 'observatory',
        name: `npm run observe, ${portalHosts.length} local portals × 3 phases, concurrency ${concurrency}`,
        result: `${portalsPerMinute.toFixed(1)} portals per minute (${formatMs(ms)}), peak memory ${Math.round(peakTreeBytes / 1_048_576)} MB with Chromium, ${Math.round(peakCommandBytes / 1_048_576)} MB for the command`,
        figures: {
          portals: portalHosts.length,
          concurrency,
          totalMs: ms,
          portalsPerMinute,
          peakTreeBytes,
          peakCommandBytes,
        },
      });
    }
    return rows;
  } finally {
    await portal.close();
  }
}
