/**
 * Issue 12, attack 1: a page of a data.* portal with a 20 KB address sets 1,000 cookies, then a normal portal is
 * visited. Before each record was capped in bytes and written on its own, the flooded record grew past what
 * storage accepts and the normal portal was never saved ("storage full"). Now both are saved and shown, and no
 * cookie value, no token of the address and no 20 KB path is kept or shown.
 */
import { describe, expect, it } from 'vitest';
import { MAX_COOKIES_PER_PORTAL } from '../../src/core/record/cookie-cap.ts';
import { MAX_RECORD_BYTES } from '../../src/core/record/record-cap.ts';
import {
  storageFloodCookieNames,
  storageFloodPath,
  storageFloodSecret,
  storageFloodToken,
} from '../portal/pages/storage-flood.ts';
import { browserNames, type BrowserPage } from './support/driver.ts';
import { eventually } from './support/environment.ts';
import { montreuil, valenciennes } from './support/expected.ts';
import { browserFixture } from './support/fixture.ts';
import { openPopup } from './support/popup.ts';

function recordedNames(storage: Record<string, unknown>, host: string): string[] {
  const record = storage[`portal:${host}`] as { cookies?: Record<string, { name: string }> } | undefined;
  return Object.values(record?.cookies ?? {}).map(({ name }) => name);
}

describe.each(browserNames)('[%s]', (browserName) => {
  const browser = browserFixture(browserName);

  it('a page with a 20 KB address sets 1,000 cookies: its portal and the next one are saved and shown, nothing of a value, a token or the address kept', async () => {
    const { driver } = browser();
    const flooding = await driver.visit(`https://${montreuil.host}${storageFloodPath}`);
    await flooding.waitForSelector('html[data-inondation="done"]', 60_000);
    // 1,000 cookies and the portal's own: the per-portal cap keeps 1,000, the least recently seen giving way.
    const floodNames = storageFloodCookieNames();
    await eventually(
      async () => {
        const names = recordedNames(await driver.storedData(), montreuil.host);
        return (names.length === MAX_COOKIES_PER_PORTAL && names.includes(floodNames.at(-1)!)) || undefined;
      },
      { timeoutMs: 30_000, what: 'the cookies of the flooding page in storage, up to the per-portal cap' },
    );

    const normal = await driver.visit(`https://${valenciennes.host}/`);
    const normalValues = (await normal.evaluate(() => document.cookie, undefined))
      .split('; ')
      .map((pair) => pair.slice(pair.indexOf('=') + 1));
    const shownNormal = await openPopup(driver, valenciennes.host, {
      until: (view) => view.text.includes('sessionid') && view.text.includes('csrftoken'),
      what: "the normal portal's cookies",
      screenshot: `${valenciennes.host}-after-flood`,
    });
    const storage = await eventually(
      async () => {
        const all = await driver.storedData();
        return recordedNames(all, valenciennes.host).includes('sessionid') ? all : undefined;
      },
      { timeoutMs: 15_000, what: "the normal portal's record in storage" },
    );
    // Its popup is read, not photographed: 1,000 cookies make it taller than Firefox can capture.
    const shownFlooded = await driver.openPopupFor(montreuil.host);
    // The 500 cookies its responses set are one family, one line with its count.
    await shownFlooded.waitForText(/^inondation_hdr_\* 500 cookies/, 15_000);

    const documentOf = (page: BrowserPage) =>
      page.evaluate(() => new XMLSerializer().serializeToString(document), undefined);
    const storageErrors =
      /n'ont pas pu être enregistrées|stockage de l'extension est plein|refusé d'enregistrer ce portail/;
    for (const page of [shownNormal.page, shownFlooded])
      expect(await page.evaluate(() => document.body.innerText, undefined), 'no storage error').not.toMatch(
        storageErrors,
      );
    expect(JSON.stringify(storage[`portal:${montreuil.host}`]).length).toBeLessThanOrEqual(MAX_RECORD_BYTES);

    // Every flood value holds the secret; the normal portal's own values are read from its page.
    const forbidden = [
      storageFloodSecret,
      storageFloodToken,
      'chemin-tres-long-'.repeat(20),
      ...normalValues.filter((value) => value.length >= 8),
    ];
    expect(forbidden.length).toBeGreaterThan(3);
    const places: [string, string][] = [
      ['storage', JSON.stringify(storage)],
      ['normal popup', await documentOf(shownNormal.page)],
      ['flooded popup', await documentOf(shownFlooded)],
    ];
    for (const [place, text] of places)
      expect(
        forbidden.filter((secret) => text.includes(secret)),
        `${place}: nothing of a value or the address`,
      ).toEqual([]);
    await Promise.all([flooding.close(), normal.close(), shownNormal.page.close(), shownFlooded.close()]);
  });
});
