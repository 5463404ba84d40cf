/**
 * The one interface the end-to-end scenarios drive a browser through, so that each scenario is written once and
 * run in Chromium (playwright-core, support/chromium.ts) and in Firefox ESR (puppeteer-core over WebDriver BiDi,
 * support/firefox.ts). Pages are read and clicked the same way in both: the element is found by the page script
 * below, then clicked with the browser's own mouse input.
 */
import { eventually } from './environment.ts';
import type { PopupView } from './popup.ts';

export const browserNames = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof browserNames)[number];

/** What a user clicks, found by what they read: a button's text, a checkbox's label, or any text on the page. */
export interface ClickTarget {
  role: 'button' | 'checkbox' | 'text';
  name: string | RegExp;
}

/** A file the page downloaded, as saved by the browser. */
export interface DownloadedFile {
  filename: string;
  text: string;
}

/** A tab: a web page, or an extension page opened as a tab. */
export interface BrowserPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(target: ClickTarget): Promise<void>;
  /** Waits until the text is on the page (a string: contained in an element's text). */
  waitForText(name: string | RegExp, timeoutMs?: number): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  evaluate<A, R>(script: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /** Clicks the button and returns the file it downloads. */
  download(button: string): Promise<DownloadedFile>;
  /** Saves the whole page, 400 px wide, as test-results/screenshots/<browser>-<name>.png; returns the path. */
  screenshot(name: string): Promise<string>;
  /** Brings the tab to the front of its window, as a user clicking on it. */
  activate(): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  /** Firefox partitions third-party cookies under the top-level site (Total Cookie Protection); Chromium does not by default. */
  readonly partitionsThirdPartyCookies: boolean;
  /** Opens a new tab on `url` and waits for its load event; fails on an HTTP error status. */
  visit(url: string): Promise<BrowserPage>;
  /** Opens the popup as a tab, 400 px wide, told which portal to show (`popup.html?host=…`), once it is ready. */
  openPopupFor(host: string): Promise<BrowserPage>;
  /** Opens the real toolbar popup, as a click on the extension's button does, and reads it once it is ready. */
  openToolbarPopup(): Promise<PopupView>;
  /** The badge on the first tab whose URL matches the pattern (a `tabs.query` match pattern). */
  badgeText(tabUrlPattern: string): Promise<string>;
  /** Stops the background (Chromium's service worker, Firefox's event page) after leaving a marker in it. */
  stopBackground(): Promise<void>;
  /** Whether the background running now is a new one since `stopBackground` (the marker is gone). */
  backgroundWasRestarted(): Promise<boolean>;
  /** All of the extension's `storage.local`. */
  storedData(): Promise<Record<string, unknown>>;
  /** Names of the cookies the browser holds for this URL, HttpOnly ones included. */
  cookieNames(url: string): Promise<string[]>;
  /** Every console line of the extension's background and pages so far. */
  consoleLines(): string[];
  close(): Promise<void>;
}

/** A RegExp cannot cross into the page: it goes as its source and flags. */
export interface PageTextMatcher {
  role: ClickTarget['role'];
  text: string;
  regexp: { source: string; flags: string } | null;
}

export function pageTextMatcher({ role, name }: ClickTarget): PageTextMatcher {
  return typeof name === 'string' ? { role, text: name, regexp: null } : { role, text: '', regexp: { source: name.source, flags: name.flags } };
}

/**
 * Runs in the page: finds the element a user means (the innermost one whose text matches), scrolls it into view
 * and returns the centre of its box, or null. Self-contained: it is sent to the browser as source text.
 */
export function locateInPage(matcher: PageTextMatcher): { x: number; y: number } | null {
  const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text: string) => (matcher.regexp ? new RegExp(matcher.regexp.source, matcher.regexp.flags).test(text) : text.includes(matcher.text));
  const candidates: Element[] = [];
  if (matcher.role === 'button') {
    for (const button of document.querySelectorAll('button, [role="button"], input[type="button"], input[type="submit"]')) {
      const name = normalise(button.getAttribute('aria-label') || (button as HTMLElement).innerText || (button as HTMLInputElement).value);
      if (matcher.regexp ? matches(name) : name === matcher.text) candidates.push(button);
    }
  } else if (matcher.role === 'checkbox') {
    for (const box of document.querySelectorAll('input[type="checkbox"]')) {
      const label = (box as HTMLInputElement).labels?.[0];
      if (label && matches(normalise(label.innerText))) candidates.push(box);
    }
  } else {
    const all = [...document.body.querySelectorAll('*')].filter((element) => matches(normalise((element as HTMLElement).innerText)));
    candidates.push(...all.filter((element) => !all.some((other) => other !== element && element.contains(other))));
  }
  const target = candidates.find((element) => (element as HTMLElement).getClientRects().length > 0);
  if (!target) return null;
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const box = target.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

type Evaluate = BrowserPage['evaluate'];

/** Clicking and waiting, the same in every browser: only evaluating in the page and the mouse differ. */
export function pageActions(evaluate: Evaluate, mouseClick: (x: number, y: number) => Promise<void>): Pick<BrowserPage, 'click' | 'waitForText' | 'waitForSelector'> {
  const locate = (target: ClickTarget, timeoutMs: number) =>
    eventually(async () => (await evaluate(locateInPage, pageTextMatcher(target))) ?? undefined, { timeoutMs, intervalMs: 100, what: `the ${target.role} "${String(target.name)}"` });
  return {
    async click(target) {
      const { x, y } = await locate(target, 10_000);
      await mouseClick(x, y);
    },
    async waitForText(name, timeoutMs = 10_000) {
      await locate({ role: 'text', name }, timeoutMs);
    },
    async waitForSelector(selector, timeoutMs = 10_000) {
      await eventually(async () => ((await evaluate((css) => document.querySelector(css) !== null, selector)) ? true : undefined), {
        timeoutMs,
        intervalMs: 100,
        what: `"${selector}" on the page`,
      });
    },
  };
}
