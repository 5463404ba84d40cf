import type { BrowserContext, Page } from 'playwright-core';

/**
 * Opens a portal's home page as a visitor would (everything it embeds loaded), then answers the cookie banner.
 * Returns the tab, left open: the badge is read on it.
 */
export async function visitPortal(context: BrowserContext, host: string, consent: 'accept' | 'refuse' | 'ignore'): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`https://${host}/`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`https://${host}/ answered ${response?.status()}: is the host mapped to the local portal?`);
  if (consent !== 'ignore') {
    await page.getByRole('button', { name: consent === 'accept' ? 'Tout accepter' : 'Tout refuser' }).click();
    await page.waitForSelector(`html[data-consent="${consent === 'accept' ? 'accepted' : 'refused'}"]`);
  }
  return page;
}
