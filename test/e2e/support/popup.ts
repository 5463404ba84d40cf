import type { BrowserDriver, BrowserPage } from './driver.ts';

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
  /** The document's language, which the popup takes from the browser's UI locale. */
  lang: string;
}

export const groupTitles = {
  undeclared: 'Observés mais non déclarés',
  seen: 'Déclarés et observés',
  notSeen: 'Déclarés mais non observés',
} as const;

/**
 * Runs in the popup's document (a tab's, or the real toolbar popup's): reads the groups as a user sees them with
 * every line opened (each cookie's line shows its facts on demand, a family's line its members); the lines it
 * opened are closed again after reading. Self-contained: it is sent to the browser as source text.
 */
export async function readPopupDocument(doc: Document = document): Promise<PopupView> {
  // Preact renders a click's change on the next microtask: a timer later, the opened lines are in the page.
  const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));
  const opened: HTMLButtonElement[] = [];
  for (let round = 0; round < 5; round++) {
    const closed = [...doc.querySelectorAll<HTMLButtonElement>('button.line[aria-expanded="false"]')];
    if (closed.length === 0) break;
    for (const button of closed) button.click();
    opened.push(...closed);
    await rendered();
  }
  const groups = [...doc.querySelectorAll<HTMLElement>('section.group')].flatMap((section) => {
    const heading = section.querySelector('h2');
    if (!heading) return [];
    const title = (heading.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*\d+$/, '');
    const items = [...section.querySelectorAll('li')].filter((item) => !item.parentElement?.closest('li'));
    return [
      { title, entries: items.map((item) => item.innerText.replace(/\s+/g, ' ').trim()), text: section.innerText },
    ];
  });
  const view = { text: doc.body.innerText, groups, lang: doc.documentElement.lang };
  for (const button of opened.reverse())
    if (button.isConnected && button.getAttribute('aria-expanded') === 'true') button.click();
  await rendered();
  return view;
}

/** The same, as an expression to evaluate where the popup's document is `documentExpression`. */
export const readPopupExpression = (documentExpression: string) =>
  `(${readPopupDocument.toString()})(${documentExpression})`;

export function readPopupView(page: BrowserPage): Promise<PopupView> {
  return page.evaluate(readPopupDocument, undefined);
}

export function group(view: PopupView, title: string): PopupGroup {
  const found = view.groups.find((candidate) => candidate.title === title);
  if (!found)
    throw new Error(
      `The popup has no group titled "${title}"; it has: ${view.groups.map((g) => `"${g.title}"`).join(', ') || 'none'}.\n${view.text}`,
    );
  return found;
}

/** The entry naming this cookie as a whole word (so "sessionid" does not match "sessionid_old"). */
export function entryFor(popupGroup: PopupGroup, cookieName: string): string | undefined {
  const escaped = cookieName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(^|[\\s(«"])${escaped}($|[\\s)»",:])`);
  return popupGroup.entries.find((entry) => word.test(entry));
}

export interface OpenedPopup {
  page: BrowserPage;
  view: PopupView;
}

/**
 * Opens the popup as a tab for `host` (400 px wide, as the real popup) and reloads it until `until` accepts what
 * it shows: the background writes in batches, so the first render may come a moment before the last cookie.
 * Saves a screenshot named `<browser>-<screenshot>` of what it ended on, whether `until` was met or not.
 */
export async function openPopup(
  driver: BrowserDriver,
  host: string,
  {
    until = () => true,
    timeoutMs = 15_000,
    what = 'the expected content',
    screenshot = host,
  }: { until?: (view: PopupView) => boolean; timeoutMs?: number; what?: string; screenshot?: string } = {},
): Promise<OpenedPopup> {
  const page = await driver.openPopupFor(host);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await readPopupView(page);
    if (until(view)) {
      await page.screenshot(screenshot);
      return { page, view };
    }
    if (Date.now() > deadline) {
      await page.screenshot(screenshot);
      throw new Error(
        `[${driver.name}] The popup for ${host} did not show ${what} within ${timeoutMs / 1000} s. It shows:\n${view.text}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
  }
}

/** `popup-rendered` mark minus navigation start, in ms, for the popup's last load. */
export function firstRenderMs(page: BrowserPage): Promise<number | null> {
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('popup-rendered')[0];
    const navigation = performance.getEntriesByType('navigation')[0];
    return mark ? mark.startTime - (navigation?.startTime ?? 0) : null;
  }, undefined);
}
