/**
 * A portal opened as the browser starts (its start page, or a tab restored) is recorded in full: the background
 * starts while the page loads, and the counts must be those of a visit made once the browser has started, the map
 * tiles' third-party cookie among them, in both browsers. The extension was installed in an earlier session, as a
 * user's is: Firefox finds it in the profile's extensions folder, Chromium in the profile as "Load unpacked" leaves
 * it (chromium.ts's keepInstalled), so it knows the extension's listeners at start. Even so, Chromium was seen to
 * lose the start page's cookie events, responses and "complete" in about one start in three: the background takes
 * stock of each tab open at its start once the browser says it has loaded, the cookies of the third parties the page
 * had loaded included (watch-cookie-events.ts's takeStockOfEarlyResponses).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPortal } from '../portal/index.ts';
import { browserNames, type BrowserDriver } from './support/driver.ts';
import { montreuil } from './support/expected.ts';
import { launchBrowser } from './support/fixture.ts';
import { openPopup } from './support/popup.ts';

/** The popup's counts for the portal, once every cookie of the visit is listed (or after 15 s, to compare anyway). */
async function countsOf(driver: BrowserDriver, names: readonly string[], screenshot: string): Promise<string> {
  const { page } = await openPopup(driver, montreuil.host, {
    until: (view) => names.every((name) => view.text.includes(name)),
    what: 'every cookie of the visit',
    screenshot,
  }).catch(async () => ({ page: await driver.openPopupFor(montreuil.host) }));
  try {
    return (await page.evaluate(() => document.querySelector('.counts')?.textContent ?? '', undefined)).replace(
      /\s+/g,
      ' ',
    );
  } finally {
    await page.close();
  }
}

describe.each(browserNames)('[%s]', (browserName) => {
  it('start-up: records a portal opened as the browser starts as fully as one visited after start-up', async () => {
    const portal = await startPortal();
    const profileDir = await mkdtemp(join(tmpdir(), `charte-e2e-${browserName}-startup-`));
    try {
      const url = `https://${montreuil.host}/`;
      await (await launchBrowser(browserName, portal, { profileDir })).close();
      const atStart = await launchBrowser(browserName, portal, { profileDir, startUrl: url });
      const startCounts = await countsOf(atStart, montreuil.beforeConsent, `${montreuil.host}-at-start-up`).finally(
        () => atStart.close(),
      );

      const later = await launchBrowser(browserName, portal);
      await later.visit(url);
      const laterCounts = await countsOf(later, montreuil.beforeConsent, `${montreuil.host}-after-start-up`).finally(
        () => later.close(),
      );
      expect(laterCounts).toContain('2 non déclarés');
      expect(startCounts).toBe(laterCounts);
    } finally {
      await portal.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  });
});
