import type { BrowserDriver, BrowserPage } from './driver.ts';

export type BannerAnswer = 'accept' | 'refuse' | 'ignore';

/** Answers the portal's cookie banner as a visitor does, with its button, and waits for the page to take it. */
export async function answerBanner(page: BrowserPage, consent: Exclude<BannerAnswer, 'ignore'>): Promise<void> {
  await page.click({ role: 'button', name: consent === 'accept' ? 'Tout accepter' : 'Tout refuser' });
  await page.waitForSelector(`html[data-consent="${consent === 'accept' ? 'accepted' : 'refused'}"]`);
}

/**
 * Opens a portal's home page as a visitor would (everything it embeds loaded), then answers the cookie banner.
 * Returns the tab, left open: the badge is read on it.
 */
export async function visitPortal(driver: BrowserDriver, host: string, consent: BannerAnswer): Promise<BrowserPage> {
  const page = await driver.visit(`https://${host}/`);
  if (consent !== 'ignore') await answerBanner(page, consent);
  return page;
}
