/**
 * A portal opened as the browser starts (its start page, or a tab restored) is recorded in full: the background
 * starts while the page loads, and the counts must be those of a visit made once the browser has started. The
 * extension was installed in an earlier session, as a user's is (Chromium then knows its listeners at start).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPortal } from '../portal/index.ts';
import { launchChromiumSession } from './support/chromium.ts';
import { montreuil } from './support/expected.ts';

/** The popup's counts for the portal, once its state is whole and every cookie of the visit is listed. */
async function countsOf(session: Awaited<ReturnType<typeof launchChromiumSession>>, names: readonly string[]): Promise<string> {
  const page = await session.context.newPage();
  const url = `chrome-extension://${session.extensionId}/popup.html?host=${encodeURIComponent(montreuil.host)}`;
  const deadline = Date.now() + 15_000;
  try {
    for (;;) {
      await page.goto(url);
      await page.waitForSelector('html[data-ready="true"]');
      const { counts, text } = await page.evaluate(() => ({ counts: document.querySelector('.counts')?.textContent ?? '', text: document.body.textContent ?? '' }));
      if (names.every((name) => text.includes(name)) || Date.now() > deadline) return counts.replace(/\s+/g, ' ');
      await page.waitForTimeout(400);
    }
  } finally {
    await page.close();
  }
}

describe('Chromium start-up', () => {
  it('records a portal opened as the browser starts as fully as one visited after start-up', async () => {
    const portal = await startPortal();
    const profileDir = await mkdtemp(join(tmpdir(), 'charte-e2e-chromium-startup-'));
    try {
      const url = `https://${montreuil.host}/`;
      await (await launchChromiumSession(portal, undefined, { profileDir })).close();
      const atStart = await launchChromiumSession(portal, undefined, { profileDir, startUrl: url });
      const startCounts = await countsOf(atStart, montreuil.beforeConsent).finally(() => atStart.close());

      const later = await launchChromiumSession(portal);
      const page = await later.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const laterCounts = await countsOf(later, montreuil.beforeConsent).finally(() => later.close());
      expect(startCounts).toBe(laterCounts);
      expect(laterCounts).toContain('2 non déclarés');
    } finally {
      await portal.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  });
});
