import { afterAll, beforeAll } from 'vitest';
import { startPortal, type Portal } from '../../portal/index.ts';
import { launchChromium } from './chromium.ts';
import type { BrowserDriver, BrowserName, LaunchOptions } from './driver.ts';
import { launchFirefox } from './firefox.ts';

/**
 * Starts what a test file needs once (in beforeAll) and stops it after. A failed start (a browser missing, say)
 * fails every test that asks for it, with the start's error: vitest would otherwise only mark them skipped.
 */
export function fileFixture<T>(start: () => Promise<T>, stop: (value: T) => Promise<void>): () => T {
  let value: T | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      value = await start();
    } catch (error) {
      failure = error;
    }
  });
  afterAll(async () => {
    if (value !== undefined) await stop(value);
  });
  return () => {
    if (failure !== undefined) throw failure;
    if (value === undefined) throw new Error('The test fixture was asked for before it started.');
    return value;
  };
}

const launchers: Record<BrowserName, (portal: Portal, options?: LaunchOptions) => Promise<BrowserDriver>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

/** A browser of this name on the portal, for a scenario that starts and stops browsers itself. */
export function launchBrowser(name: BrowserName, portal: Portal, options?: LaunchOptions): Promise<BrowserDriver> {
  return launchers[name](portal, options);
}

/**
 * The local portal and a browser on it, started for the `describe` block it is called in and closed together;
 * the portal is closed if the browser fails to start.
 */
export function browserFixture(name: BrowserName): () => { portal: Portal; driver: BrowserDriver } {
  return fileFixture(
    async () => {
      const portal = await startPortal();
      try {
        return { portal, driver: await launchBrowser(name, portal) };
      } catch (error) {
        await portal.close();
        throw error;
      }
    },
    async ({ portal, driver }) => {
      await driver.close();
      await portal.close();
    },
  );
}
