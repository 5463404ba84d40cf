/**
 * A page floods the portal with cookie changes, by script and by Set-Cookie, while the background is stopped
 * twice: every cookie ends up recorded, once. Every value carries a secret marker, which must then be found nowhere
 * in the extension's storage, popup, exports (CSV, JSON, HTML report) or console; and the extension's only
 * requests are the portal's charter.
 */
import { describe, expect, it } from 'vitest';
import { charterUrlCandidates } from '../../src/core/charter/locate.ts';
import { floodCookieNames, floodPath, floodSecret } from '../portal/pages/flood.ts';
import { browserNames } from './support/driver.ts';
import { eventually } from './support/environment.ts';
import { montreuil } from './support/expected.ts';
import { browserFixture } from './support/fixture.ts';
import { openPopup } from './support/popup.ts';

interface StoredCookie {
  name: string;
}

function recordedNames(storage: Record<string, unknown>, host: string): string[] {
  const record = storage[`portal:${host}`] as { cookies?: Record<string, StoredCookie> } | undefined;
  return Object.values(record?.cookies ?? {}).map(({ name }) => name);
}

describe.each(browserNames)('[%s]', (browserName) => {
  const browser = browserFixture(browserName);

  it('flood while the background restarts: records every cookie once, keeps no value anywhere, asks the network only for the charter', async () => {
    const { driver, portal } = browser();
    const host = montreuil.host;
    const tab = await driver.visit(`https://${host}${floodPath}`);
    await tab.waitForSelector('html[data-rafale="1"]');
    await driver.stopBackground();
    await tab.waitForSelector('html[data-rafale="2"]', 30_000);
    await driver.stopBackground();
    await tab.waitForSelector('html[data-rafale="done"]', 60_000);

    const inJar = (await driver.cookieNames(`https://${host}/`)).filter((name) => name.startsWith('rafale_'));
    expect(inJar.sort()).toEqual([...floodCookieNames()].sort());

    // Opening the popup wakes the background if it sleeps; the flood's last changes are written within a moment.
    const popup = await openPopup(driver, host, {
      until: (view) => floodCookieNames().every((name) => view.text.includes(name)),
      timeoutMs: 30_000,
      what: 'every cookie of the flood',
      screenshot: `${host}-flood`,
    });
    expect(await driver.backgroundWasRestarted(), 'the background now running is a new one').toBe(true);
    const storage = await eventually(
      async () => {
        const all = await driver.storedData();
        return floodCookieNames().every((name) => recordedNames(all, host).includes(name)) ? all : undefined;
      },
      { timeoutMs: 15_000, what: 'every cookie of the flood in storage' },
    );
    const flood = recordedNames(storage, host).filter((name) => name.startsWith('rafale_'));
    expect(flood, 'no cookie recorded twice').toHaveLength(new Set(flood).size);
    expect(flood.sort()).toEqual([...floodCookieNames()].sort());

    // No value, anywhere: storage, popup, every export, console.
    expect(JSON.stringify(storage)).not.toContain(floodSecret);
    expect(await popup.page.evaluate(() => new XMLSerializer().serializeToString(document), undefined)).not.toContain(
      floodSecret,
    );
    for (const button of ['Télécharger CSV', 'Télécharger JSON', 'Télécharger le rapport HTML']) {
      const file = await popup.page.download(button);
      expect(
        floodCookieNames().filter((name) => !file.text.includes(name)),
        `${button}: every cookie of the flood`,
      ).toEqual([]);
      expect(file.text.includes(floodSecret), `${button}: no cookie value`).toBe(false);
    }
    // The console is really read: a line the popup prints is found among the lines searched.
    await popup.page.evaluate((line) => console.log(line), 'charte-e2e: console read');
    await eventually(
      async () => (driver.consoleLines().some((line) => line.includes('charte-e2e: console read')) ? true : undefined),
      { timeoutMs: 5_000, what: 'the popup console line' },
    );
    expect(driver.consoleLines().filter((line) => line.includes(floodSecret))).toEqual([]);

    // The extension's own requests (Sec-Fetch-Dest "empty": a fetch, not a navigation; no Referer: no page asked.
    // Chromium says Sec-Fetch-Site "none", Firefox "same-origin" for a host the extension may reach):
    // never with cookies, though the browser holds the flood's for this host, and only the charter.
    const fromExtension = portal.requests.filter((request) => request.fetchDest === 'empty' && request.referer === '');
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(fromExtension.filter((request) => request.sentCookies)).toEqual([]);
    const charterPaths = charterUrlCandidates(`https://${host}`).map(
      (url) => new URL(url).pathname + new URL(url).search,
    );
    expect(fromExtension.filter((request) => request.host !== host || !charterPaths.includes(request.path))).toEqual(
      [],
    );
    await Promise.all([tab.close(), popup.page.close()]);
  });
});
