import { afterAll, beforeAll } from 'vitest';
import { startPortal, type Portal } from '../../portal/index.ts';
import { launchChromium, type ChromiumSession } from './chromium.ts';
import { launchFirefox, type FirefoxSession } from './firefox.ts';

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

/** The local portal and a browser session on it, closed together; the portal is closed if the browser fails. */
function withPortal<S extends { close(): Promise<void> }>(launch: (portal: Portal) => Promise<S>) {
  return fileFixture(
    async () => {
      const portal = await startPortal();
      try {
        return { portal, session: await launch(portal) };
      } catch (error) {
        await portal.close();
        throw error;
      }
    },
    async ({ portal, session }) => {
      await session.close();
      await portal.close();
    },
  );
}

export const chromiumFixture = (): (() => { portal: Portal; session: ChromiumSession }) => withPortal((portal) => launchChromium(portal));
export const firefoxFixture = (): (() => { portal: Portal; session: FirefoxSession }) => withPortal((portal) => launchFirefox(portal));
