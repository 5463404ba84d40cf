/**
 * A page floods the portal with cookie changes, by script and by Set-Cookie, while the service worker is stopped
 * twice: every cookie ends up recorded, once. Every value carries a secret marker, which must then be found nowhere
 * in the extension's storage, popup, exports (CSV, JSON, HTML report) or console; and the extension's only
 * requests are the portal's charter.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { charterUrlCandidates } from '../../src/core/charter/locate.ts';
import { floodCookieNames, floodPath, floodSecret } from '../portal/pages/flood.ts';
import { eventually } from './support/environment.ts';
import { montreuil } from './support/expected.ts';
import { chromiumFixture } from './support/fixture.ts';
import { openPopup } from './support/popup.ts';

const chromium = chromiumFixture();

/** Every line the extension's service workers print, the restarted ones included, and every page's (the popup's). */
function extensionConsole(context: BrowserContext): string[] {
  const lines: string[] = [];
  context.on('console', (message) => lines.push(message.text()));
  const listen = (worker: Worker) => {
    if (worker.url().startsWith('chrome-extension://')) worker.on('console', (message) => lines.push(message.text()));
  };
  context.serviceWorkers().forEach(listen);
  context.on('serviceworker', listen);
  return lines;
}

interface StoredCookie {
  name: string;
}

/** All of chrome.storage.local, read in the service worker. */
async function allStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
}

function recordedNames(storage: Record<string, unknown>, host: string): string[] {
  const record = storage[`portal:${host}`] as { cookies?: Record<string, StoredCookie> } | undefined;
  return Object.values(record?.cookies ?? {}).map(({ name }) => name);
}

/** The file one export button of the popup downloads, as text. */
async function exported(popup: Page, button: string): Promise<string> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: button }).click()]);
  return readFile((await download.path())!, 'utf8');
}

describe('Chromium: a flood of cookies while the service worker restarts', () => {
  it('records every cookie once, keeps no value anywhere, and asks the network only for the charter', async () => {
    const { session, portal } = chromium();
    const consoleLines = extensionConsole(session.context);
    const host = montreuil.host;
    const tab = await session.context.newPage();
    await tab.goto(`https://${host}${floodPath}`);
    await tab.waitForSelector('html[data-rafale="1"]');
    await session.stopServiceWorker();
    await tab.waitForSelector('html[data-rafale="2"]', { timeout: 30_000 });
    await session.stopServiceWorker();
    await tab.waitForSelector('html[data-rafale="done"]', { timeout: 60_000 });
    expect(await session.workerWasRestarted(), 'the service worker now running is a new one').toBe(true);

    const inJar = (await session.context.cookies(`https://${host}/`)).map(({ name }) => name).filter((name) => name.startsWith('rafale_'));
    expect(inJar.sort()).toEqual([...floodCookieNames()].sort());

    // Opening the popup wakes the worker if it sleeps; the flood's last changes are written within a moment.
    const popup = await openPopup(session, host, { until: (view) => floodCookieNames().every((name) => view.text.includes(name)), timeoutMs: 30_000, what: 'every cookie of the flood', screenshot: `chromium-${host}-flood` });
    const storage = await eventually(
      async () => {
        const all = await allStorage(await session.worker());
        return floodCookieNames().every((name) => recordedNames(all, host).includes(name)) ? all : undefined;
      },
      { timeoutMs: 15_000, what: 'every cookie of the flood in storage' },
    );
    const flood = recordedNames(storage, host).filter((name) => name.startsWith('rafale_'));
    expect(flood, 'no cookie recorded twice').toHaveLength(new Set(flood).size);
    expect(flood.sort()).toEqual([...floodCookieNames()].sort());

    // No value, anywhere: storage, popup, every export, console.
    expect(JSON.stringify(storage)).not.toContain(floodSecret);
    expect(await popup.page.content()).not.toContain(floodSecret);
    for (const button of ['Exporter CSV', 'Exporter JSON', 'Rapport HTML']) {
      const file = await exported(popup.page, button);
      expect(floodCookieNames().filter((name) => !file.includes(name)), `${button}: every cookie of the flood`).toEqual([]);
      expect(file.includes(floodSecret), `${button}: no cookie value`).toBe(false);
    }
    expect(consoleLines.length, 'the console was read').toBeGreaterThan(0);
    expect(consoleLines.filter((line) => line.includes(floodSecret))).toEqual([]);

    // The extension's own requests (Sec-Fetch-Site "none": no page asked; "empty": a fetch, not a navigation):
    // never with cookies, though the browser holds the flood's for this host, and only the charter.
    const fromExtension = portal.requests.filter((request) => request.fetchSite === 'none' && request.fetchDest === 'empty');
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(fromExtension.filter((request) => request.sentCookies)).toEqual([]);
    const charterPaths = charterUrlCandidates(`https://${host}`).map((url) => new URL(url).pathname + new URL(url).search);
    expect(fromExtension.filter((request) => request.host !== host || !charterPaths.includes(request.path))).toEqual([]);
    await Promise.all([tab.close(), popup.page.close()]);
  });
});
