import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where things are for the end-to-end tests. Browsers can be pointed elsewhere with CHROMIUM_PATH / FIREFOX_PATH. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/**
 * The shipped builds (`npm run build`): the tests drive what users install.
 * CHARTE_E2E_CHROME_DIR / CHARTE_E2E_FIREFOX_DIR point the tests at another build.
 */
export const chromeExtensionDir = process.env.CHARTE_E2E_CHROME_DIR ?? `${repoRoot}dist/chrome`;
export const firefoxExtensionDir = process.env.CHARTE_E2E_FIREFOX_DIR ?? `${repoRoot}dist/firefox`;
export const resultsDir = `${repoRoot}test-results`;
export const screenshotsDir = `${resultsDir}/screenshots`;

/** Fails (never skips) when a browser is missing: a green run must mean the browsers ran. */
export function requireBrowser(path: string, name: string, debianPackage: string): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `${name} was not found at ${path}: the end-to-end tests need it. Install it with "apt-get install -y ${debianPackage}" ` +
        `or point ${name === 'Chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} at the binary.`,
    );
  }
}

export function requireExtensionBuild(dir: string): void {
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`No extension build in ${dir}: run "npm run build" first (npm run test:e2e does).`);
  }
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Waits until `probe` returns a value other than undefined, or fails with `what` after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  { timeoutMs, intervalMs = 200, what }: { timeoutMs: number; intervalMs?: number; what: string },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` Last error: ${lastError.message}` : '';
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
