import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium.ts';
import { savePopupScreenshot } from './results.ts';

/** One of the popup's three groups as a user reads it. */
export interface PopupGroup {
  /** The `<h2>` text without the count shown beside it. */
  title: string;
  /** The text of each top-level list entry (one cookie, or one charter line with its cookies). */
  entries: string[];
  text: string;
}

/** What the popup shows, read from the page. */
export interface PopupView {
  text: string;
  groups: PopupGroup[];
}

export const groupTitles = {
  undeclared: 'Observés mais non déclarés',
  seen: 'Déclarés et observés',
  notSeen: 'Déclarés mais non observés',
} as const;

export function readPopupView(page: Page): Promise<PopupView> {
  return page.evaluate(() => {
    const groups = [...document.querySelectorAll('section')].flatMap((section) => {
      const heading = section.querySelector('h2');
      if (!heading) return [];
      const title = (heading.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\s*\d+$/, '');
      const items = [...section.querySelectorAll('li')].filter((item) => !item.parentElement?.closest('li'));
      return [{ title, entries: items.map((item) => item.innerText.replace(/\s+/g, ' ').trim()), text: section.innerText }];
    });
    return { text: document.body.innerText, groups };
  });
}

export function group(view: PopupView, title: string): PopupGroup {
  const found = view.groups.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`The popup has no group titled "${title}"; it has: ${view.groups.map((g) => `"${g.title}"`).join(', ') || 'none'}.\n${view.text}`);
  return found;
}

/** The entry naming this cookie as a whole word (so "sessionid" does not match "sessionid_old"). */
export function entryFor(popupGroup: PopupGroup, cookieName: string): string | undefined {
  const escaped = cookieName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(^|[\\s(«"])${escaped}($|[\\s)»",:])`);
  return popupGroup.entries.find((entry) => word.test(entry));
}

export interface OpenedPopup {
  page: Page;
  view: PopupView;
  /** `popup-rendered` mark minus navigation start, in ms, for the load that satisfied `until`. */
  firstRenderMs: number | null;
}

/**
 * Opens the popup as a tab for `host` (400 px wide, as the real popup) and reloads it until `until` accepts what
 * it shows: the background writes in batches, so the first render may come a moment before the last cookie.
 * Saves a screenshot named `screenshot` of what it ended on, whether `until` was met or not.
 */
export async function openPopup(
  session: ChromiumSession,
  host: string,
  {
    until = () => true,
    timeoutMs = 15_000,
    what = 'the expected content',
    screenshot = `chromium-${host}`,
  }: { until?: (view: PopupView) => boolean; timeoutMs?: number; what?: string; screenshot?: string } = {},
): Promise<OpenedPopup> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  const url = `chrome-extension://${session.extensionId}/popup.html?host=${encodeURIComponent(host)}`;
  const deadline = Date.now() + timeoutMs;
  let view: PopupView | null = null;
  for (;;) {
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 10_000 }).catch(async () => {
      throw new Error(`The popup for ${host} never set data-ready="true". It shows:\n${await page.locator('body').innerText()}`);
    });
    view = await readPopupView(page);
    if (until(view)) break;
    if (Date.now() > deadline) {
      await savePopupScreenshot(page, screenshot);
      throw new Error(`The popup for ${host} did not show ${what} within ${timeoutMs / 1000} s. It shows:\n${view.text}`);
    }
    await page.waitForTimeout(400);
  }
  await savePopupScreenshot(page, screenshot);
  const firstRenderMs = await page.evaluate(() => {
    const mark = performance.getEntriesByName('popup-rendered')[0];
    const navigation = performance.getEntriesByType('navigation')[0];
    return mark ? mark.startTime - (navigation?.startTime ?? 0) : null;
  });
  return { page, view, firstRenderMs };
}
