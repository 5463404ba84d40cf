/** Timing helpers: repeated runs after a warm-up, summarised by their median (robust to a stray GC pause). */

export interface SampleOptions {
  warmupRuns?: number;
  minRuns?: number;
  /** Keeps sampling until this much time was spent, so fast work gets many runs. */
  minTimeMs?: number;
}

/** Milliseconds per run of `work`, one sample per run. */
export function sampleMs(
  work: () => unknown,
  { warmupRuns = 3, minRuns = 10, minTimeMs = 300 }: SampleOptions = {},
): number[] {
  for (let run = 0; run < warmupRuns; run++) work();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minTimeMs) {
    const before = performance.now();
    work();
    samples.push(performance.now() - before);
  }
  return samples;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function percentile(values: readonly number[], rank: number): number {
  if (values.length === 0) throw new Error('No sample to summarise.');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((rank / 100) * sorted.length))]!;
}

/** "0.042 ms", "12.3 ms", "1.52 s": three significant figures in the unit that reads best. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms < 0.1) return `${(ms * 1000).toPrecision(3)} µs`;
  return `${ms.toPrecision(3)} ms`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
}
