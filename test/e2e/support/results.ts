import { appendFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ensureDir, resultsDir, screenshotsDir } from './environment.ts';

/** Saves the whole popup page (400 px wide) as test-results/screenshots/<name>.png; returns the path. */
export async function savePopupScreenshot(page: Page, name: string): Promise<string> {
  const path = `${ensureDir(screenshotsDir)}/${name}.png`;
  await page.setViewportSize({ width: 400, height: 600 });
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Prints a measurement and appends it to test-results/measurements.jsonl. */
export function recordMeasurement(name: string, value: number, unit: string): void {
  console.log(`[mesure] ${name}: ${value.toFixed(1)} ${unit}`);
  appendFileSync(`${ensureDir(resultsDir)}/measurements.jsonl`, `${JSON.stringify({ name, value, unit, at: new Date().toISOString() })}\n`);
}
