/**
 * The one interface the end-to-end scenarios drive a browser through, so that each scenario is written once and
 * run in Chromium (playwright-core, support/chromium.ts) and in Firefox ESR (puppeteer-core over WebDriver BiDi,
 * support/firefox.ts). Pages are read and clicked the same way in both: the element is found by the page script
 * below, then clicked with the browser's own mouse input.
 */
import { eventually } from './environment.ts';
import type { PopupView } from './popup.ts';

export const browserNames = ['chromium', 'firefox'] as const;
/** The real toolbar popup's size at most (Chrome and Firefox cap it at 800 × 600), and a tab's. */
export const popupViewport = { width: 400, height: 600 };
export const pageViewport = { width: 1280, height: 900 };

/**
 * `startUrl`: a page the browser opens as it starts (a start page, a restored tab), while the extension's background
 * is starting too; the browser is handed over once the page has loaded.
 * `profileDir`: a profile kept from an earlier session, the extension installed in it as a user's is; left in place.
 */
export interface LaunchOptions {
  startUrl?: string;
  profileDir?: string;
}
export type BrowserName = (typeof browserNames)[number];

/**
 * What a user acts on, found by what they read: a button's text (or aria-label), a checkbox's or a text field's
 * label (or aria-label, placeholder), or any text on the page.
 */
export interface ClickTarget {
  role: 'button' | 'checkbox' | 'textbox' | 'text';
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
  /** Gives the element the keyboard focus, as Tab would. */
  focus(target: ClickTarget): Promise<void>;
  /** Clicks the text field and types the text with the keyboard. */
  type(target: ClickTarget, text: string): Promise<void>;
  /** Presses a key of the keyboard (`Enter`, `Tab`…) where the focus is. */
  press(key: string): Promise<void>;
  /** Waits until the element is on the page and shown. */
  waitFor(target: ClickTarget, timeoutMs?: number): Promise<void>;
  /** Waits until the text is on the page (a string: contained in an element's text). */
  waitForText(name: string | RegExp, timeoutMs?: number): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  evaluate<A, R>(script: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /** Runs a script's source text in the page, outside its CSP (a test library such as axe-core). */
  runScript(source: string): Promise<void>;
  /** Clicks the button and returns the file it downloads. */
  download(button: string): Promise<DownloadedFile>;
  /** Returns the file that `action` (a click, a key) makes the page download. */
  downloadAfter(action: () => Promise<void>): Promise<DownloadedFile>;
  setViewport(width: number, height: number): Promise<void>;
  /** What `prefers-color-scheme` answers in the page. */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
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
  /** Opens the popup as a tab (400 × 600 unless told), told which portal to show (`popup.html?host=…`), once it is ready. */
  openPopupFor(host: string, viewport?: { width: number; height: number }): Promise<BrowserPage>;
  /** Opens a page of the extension (`options.html`…) as a tab, once its document is there. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<BrowserPage>;
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
  /** Writes items into the extension's `storage.local`, as the background would have. */
  storeData(items: Record<string, unknown>): Promise<void>;
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
  /** Give the element the keyboard focus once found. */
  focus: boolean;
}

export function pageTextMatcher({ role, name }: ClickTarget, focus = false): PageTextMatcher {
  return typeof name === 'string'
    ? { role, text: name, regexp: null, focus }
    : { role, text: '', regexp: { source: name.source, flags: name.flags }, focus };
}

/**
 * Runs in the page: finds the element a user means (for text, the innermost one whose text matches), scrolls it
 * into view and returns the centre of its box, or null. Self-contained: it is sent to the browser as source text.
 */
export function locateInPage(matcher: PageTextMatcher): { x: number; y: number } | null {
  const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text: string) =>
    matcher.regexp ? new RegExp(matcher.regexp.source, matcher.regexp.flags).test(text) : text.includes(matcher.text);
  const named = (text: string) => (matcher.regexp ? matches(text) : text === matcher.text);
  const labelOf = (field: HTMLInputElement) =>
    normalise(field.getAttribute('aria-label') || field.labels?.[0]?.innerText || field.placeholder);
  const candidates: Element[] = [];
  if (matcher.role === 'button') {
    for (const button of document.querySelectorAll(
      'button, [role="button"], input[type="button"], input[type="submit"]',
    )) {
      if (
        named(
          normalise(
            button.getAttribute('aria-label') ||
              (button as HTMLElement).innerText ||
              (button as HTMLInputElement).value,
          ),
        )
      )
        candidates.push(button);
    }
  } else if (matcher.role === 'checkbox') {
    for (const box of document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      if (matches(labelOf(box))) candidates.push(box);
  } else if (matcher.role === 'textbox') {
    for (const field of document.querySelectorAll<HTMLInputElement>(
      'input:not([type]), input[type="text"], input[type="search"], input[type="url"], textarea',
    )) {
      if (matches(labelOf(field))) candidates.push(field);
    }
  } else {
    const all = [...document.body.querySelectorAll('*')].filter((element) =>
      matches(normalise((element as HTMLElement).innerText)),
    );
    candidates.push(...all.filter((element) => !all.some((other) => other !== element && element.contains(other))));
  }
  const target = candidates.find((element) => (element as HTMLElement).getClientRects().length > 0) as
    HTMLElement | undefined;
  if (!target) return null;
  target.scrollIntoView({ block: 'center', inline: 'center' });
  if (matcher.focus) target.focus();
  const box = target.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

type Evaluate = BrowserPage['evaluate'];

/** The browser's own input, which is all that differs between browsers for acting on a page. */
export interface PageInput {
  evaluate: Evaluate;
  mouseClick(x: number, y: number): Promise<void>;
  typeText(text: string): Promise<void>;
  press(key: string): Promise<void>;
}

/** Clicking, typing and waiting, the same in every browser. */
export function pageActions(
  input: PageInput,
): Pick<BrowserPage, 'click' | 'focus' | 'type' | 'press' | 'waitFor' | 'waitForText' | 'waitForSelector'> {
  const locate = (target: ClickTarget, timeoutMs: number, focus = false) =>
    eventually(async () => (await input.evaluate(locateInPage, pageTextMatcher(target, focus))) ?? undefined, {
      timeoutMs,
      intervalMs: 100,
      what: `the ${target.role} "${String(target.name)}"`,
    });
  const click = async (target: ClickTarget) => {
    const { x, y } = await locate(target, 10_000);
    await input.mouseClick(x, y);
  };
  return {
    click,
    async focus(target) {
      await locate(target, 10_000, true);
    },
    async type(target, text) {
      await click(target);
      await input.typeText(text);
    },
    press: (key) => input.press(key),
    async waitFor(target, timeoutMs = 10_000) {
      await locate(target, timeoutMs);
    },
    async waitForText(name, timeoutMs = 10_000) {
      await locate({ role: 'text', name }, timeoutMs);
    },
    async waitForSelector(selector, timeoutMs = 10_000) {
      await eventually(
        async () =>
          (await input.evaluate((css) => document.querySelector(css) !== null, selector)) ? true : undefined,
        {
          timeoutMs,
          intervalMs: 100,
          what: `"${selector}" on the page`,
        },
      );
    },
  };
}
