/** The benchmark's rows: printed as a table, written to bench/results.json. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';

export interface BenchRow {
  /** Which part of the extension: "charter", "compare", "recorder", "popup", "bundle"… */
  group: string;
  /** What was measured, readable on its own. */
  name: string;
  /** The figure as printed. */
  result: string;
  /** The same figures, as numbers, for results.json (units in the keys: `medianMs`, `gzipBytes`…). */
  figures: Record<string, number>;
  budget?: { limit: string; met: boolean };
  /** Why the row has no figure. */
  skipped?: string;
}

export function skippedRow(group: string, name: string, reason: string): BenchRow {
  return { group, name, result: '—', figures: {}, skipped: reason };
}

function status(row: BenchRow): string {
  if (row.skipped) return `skipped: ${row.skipped}`;
  if (!row.budget) return '';
  return `${row.budget.met ? 'ok' : 'OVER'} (budget ${row.budget.limit})`;
}

export function printTable(rows: readonly BenchRow[]): void {
  const cells = rows.map((row) => [row.group, row.name, row.result, status(row)]);
  const header = ['Group', 'Benchmark', 'Result', 'Budget'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(
    [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n'),
  );
}

/** The rows of the groups just run replace theirs in the results file; the other groups' rows stay as measured. */
export function mergeResults(
  path: string,
  rows: readonly BenchRow[],
  groups: readonly string[],
  context: Record<string, string>,
): void {
  const previous = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as { rows?: BenchRow[]; machine?: Record<string, string> })
    : {};
  const kept = (previous.rows ?? []).filter((row) => !groups.includes(row.group));
  // A browser not measured this time keeps the version the other rows were measured with.
  writeResults(path, [...kept, ...rows], {
    ...(previous.machine?.browser ? { browser: previous.machine.browser } : {}),
    ...context,
  });
}

export function writeResults(path: string, rows: readonly BenchRow[], context: Record<string, string>): void {
  const machine = {
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: String(cpus().length),
  };
  writeFileSync(
    path,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { ...machine, ...context }, rows }, null, 2)}\n`,
  );
}
