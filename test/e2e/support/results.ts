import { appendFileSync } from 'node:fs';
import { ensureDir, resultsDir } from './environment.ts';

/** Prints a measurement and appends it to test-results/measurements.jsonl. */
export function recordMeasurement(name: string, value: number, unit: string): void {
  console.log(`[mesure] ${name}: ${value.toFixed(1)} ${unit}`);
  appendFileSync(
    `${ensureDir(resultsDir)}/measurements.jsonl`,
    `${JSON.stringify({ name, value, unit, at: new Date().toISOString() })}\n`,
  );
}
