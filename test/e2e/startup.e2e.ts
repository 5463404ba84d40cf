/**
 * A portal opened as the browser starts (its start page, or a tab restored) is recorded in full: the background
 * starts while the page loads, and the counts must be those of a visit made once the browser has started. The
 * extension was installed in an earlier session, as a user's is (the browser then knows its listeners at start).
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
  const { page } = await openPopup(driver, montreuil.host, { until: (view) => names.every((name) => view.text.includes(name)), what: 'every cookie of the visit', screenshot }).catch(
    async () => ({ page: await driver.openPopupFor(montreuil.host) }),
  );
  try {
    return (await page.evaluate(() => document.querySelector('.counts')?.textContent ?? '', undefined)).replace(/\s+/g, ' ');
  } finally {
    await page.close();
  }
}

describe.each(browserNames)('[%s]', (browserName) => {
  // Retried: Chromium loads the extension from its command line (--load-extension) at each start, so it may run the
  // start page before the background listens; a third-party cookie the page sets in that window is then not seen
  // (first-party ones are, from the popup's stock-taking). Seen in about one full run in four here; open in issue 19.
  it('start-up: records a portal opened as the browser starts as fully as one visited after start-up', { retry: 2 }, async () => {
    const portal = await startPortal();
    const profileDir = await mkdtemp(join(tmpdir(), `charte-e2e-${browserName}-startup-`));
    try {
      const url = `https://${montreuil.host}/`;
      await (await launchBrowser(browserName, portal, { profileDir })).close();
      const atStart = await launchBrowser(browserName, portal, { profileDir, startUrl: url });
      const startCounts = await countsOf(atStart, montreuil.beforeConsent, `${montreuil.host}-at-start-up`).finally(() => atStart.close());

      const later = await launchBrowser(browserName, portal);
      await later.visit(url);
      const laterCounts = await countsOf(later, montreuil.beforeConsent, `${montreuil.host}-after-start-up`).finally(() => later.close());
      expect(startCounts).toBe(laterCounts);
      expect(laterCounts).toContain('2 non déclarés');
    } finally {
      await portal.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  });
});
