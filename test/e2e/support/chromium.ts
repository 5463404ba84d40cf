import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { extensionChromiumArgs } from '../../../src/observatory/chromium-session.ts';
import { chromiumHostResolverRules, type Portal } from '../../portal/index.ts';
import type { BrowserDriver, BrowserPage } from './driver.ts';
import { pageActions, pageViewport, popupViewport, type LaunchOptions } from './driver.ts';
import {
  chromeExtensionDir,
  chromiumPath,
  ensureDir,
  eventually,
  requireBrowser,
  requireExtensionBuild,
  screenshotsDir,
} from './environment.ts';
import { readPopupExpression, type PopupView } from './popup.ts';

/**
 * The popup speaks the browser's language. Debian's chromium ships only en-US.pak: without chromium-l10n the
 * extension's UI locale falls back to English, whatever --lang or LANGUAGE say.
 */
function requireFrenchLocale(): void {
  const debianLocales = '/usr/lib/chromium/locales';
  if (chromiumPath === '/usr/bin/chromium' && existsSync(debianLocales) && !existsSync(`${debianLocales}/fr.pak`)) {
    throw new Error(
      `Chromium has no French locale (${debianLocales}/fr.pak), so the popup would be in English: apt-get install -y chromium-l10n`,
    );
  }
}

const RESTART_MARKER = '__charteE2eBeforeStop';

/** The bits of the `chrome` API the harness calls inside the service worker (types only: evaluated there). */
interface ChromeGlobal {
  chrome: {
    tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> };
    cookies: { onChanged: { hasListeners(): boolean } };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    storage: {
      local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    };
  };
}

/** A tab of Chromium driven by playwright-core. */
function chromiumPage(page: Page): BrowserPage {
  const evaluate: BrowserPage['evaluate'] = (script, arg) => page.evaluate(script as never, arg) as never;
  const actions = pageActions({
    evaluate,
    mouseClick: (x, y) => page.mouse.click(x, y),
    typeText: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
  });
  const downloadAfter = async (action: () => Promise<void>) => {
    const [download] = await Promise.all([page.waitForEvent('download'), action()]);
    return { filename: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
  };
  return {
    ...actions,
    evaluate,
    async runScript(source) {
      await page.evaluate(source);
    },
    async goto(url) {
      const response = await page.goto(url, { waitUntil: 'load' });
      if (response && !response.ok())
        throw new Error(`${url} answered ${response.status()}: is the host mapped to the local portal?`);
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    download: (button) => downloadAfter(() => actions.click({ role: 'button', name: button })),
    downloadAfter,
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    async screenshot(name) {
      const path = `${ensureDir(screenshotsDir)}/chromium-${name}.png`;
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    activate: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Evaluates an expression in a target Playwright does not attach to (the toolbar popup), through the browser's DevTools session. */
async function evaluateInTarget(browserSession: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = (await browserSession.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  const id = 1;
  let listener: ((event: { sessionId: string; message: string }) => void) | undefined;
  const reply = new Promise<{ result?: { result: { value?: unknown } }; error?: { message: string } }>((resolve) => {
    listener = (event) => {
      const message = JSON.parse(event.message) as { id?: number };
      if (event.sessionId === sessionId && message.id === id) resolve(message as never);
    };
    browserSession.on('Target.receivedMessageFromTarget', listener);
  });
  await browserSession.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({
      id,
      method: 'Runtime.evaluate',
      params: { expression, returnByValue: true, awaitPromise: true },
    }),
  });
  const answer = await reply;
  browserSession.off('Target.receivedMessageFromTarget', listener!);
  await browserSession.send('Target.detachFromTarget', { sessionId });
  if (answer.error) throw new Error(answer.error.message);
  return answer.result?.result.value;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  embedderData?: { tabActive?: boolean };
}

/** Chromium's Preferences, as far as the harness reads and writes them (extensions.settings, extensions.ui). */
interface ChromiumPreferences {
  extensions?: { settings?: Record<string, { path?: string; location?: number }>; ui?: Record<string, unknown> };
}

/** Chromium's Manifest::Location for an extension loaded from --load-extension, and one loaded by "Load unpacked". */
const COMMAND_LINE_LOCATION = 8;
const UNPACKED_LOCATION = 4;

/** The id of the extension at `extensionDir` if the profile holds it as a user's installed extension. */
async function installedExtensionId(preferencesPath: string, extensionDir: string): Promise<string | undefined> {
  const preferences = JSON.parse(await readFile(preferencesPath, 'utf8')) as ChromiumPreferences;
  const settings = Object.entries(preferences.extensions?.settings ?? {});
  return settings.find(
    ([, extension]) => extension.path === resolve(extensionDir) && extension.location === UNPACKED_LOCATION,
  )?.[0];
}

/**
 * Leaves the extension in the kept profile as "Load unpacked" in chrome://extensions installs it (developer mode
 * on): the next start loads it from the profile, with the listeners it registered, as a user's browser does. An
 * extension given by --load-extension is installed again at each start instead, and Chromium clears the listeners an
 * extension registered when it installs it: not what a user has.
 */
async function keepInstalled(preferencesPath: string, extensionDir: string): Promise<void> {
  const preferences = JSON.parse(await readFile(preferencesPath, 'utf8')) as ChromiumPreferences;
  const extensions = preferences.extensions ?? {};
  const loaded = Object.values(extensions.settings ?? {}).filter(
    (extension) => extension.path === resolve(extensionDir) && extension.location === COMMAND_LINE_LOCATION,
  );
  if (loaded.length === 0) return;
  for (const extension of loaded) extension.location = UNPACKED_LOCATION;
  extensions.ui = { ...extensions.ui, developer_mode: true };
  await writeFile(preferencesPath, JSON.stringify({ ...preferences, extensions }));
}

/** A headless Chromium with the extension loaded, as playwright-core holds it (the popup bench uses it as is). */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker as it runs now (it may have been stopped and started again). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * A headless Chromium with the extension loaded and every portal hostname mapped to the local portal; `startUrl`
 * and `profileDir` as LaunchOptions says.
 */
export async function launchChromiumSession(
  portal: Portal,
  extensionDir = chromeExtensionDir,
  { startUrl, profileDir }: LaunchOptions = {},
): Promise<ChromiumSession> {
  requireBrowser(chromiumPath, 'Chromium', 'chromium');
  requireFrenchLocale();
  requireExtensionBuild(extensionDir);
  const userDataDir = profileDir ?? (await mkdtemp(join(tmpdir(), 'charte-e2e-chromium-')));
  const preferencesPath = join(userDataDir, 'Default', 'Preferences');
  // Chromium 156 blocks third-party cookies by default in a new profile; the scenario needs them, as most users' browsers allow them.
  // A kept profile has them already, with what Chromium wrote there (the extension's listeners among them).
  if (!existsSync(preferencesPath)) {
    await mkdir(join(userDataDir, 'Default'), { recursive: true });
    await writeFile(preferencesPath, JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  }
  const installed = await installedExtensionId(preferencesPath, extensionDir);

  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,

    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
    env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
    args: [
      ...extensionChromiumArgs(extensionDir, installed === undefined),
      `--host-resolver-rules=${chromiumHostResolverRules(portal)}`,
      '--ignore-certificate-errors',
      // Lets the DevTools protocol click the extension's toolbar button (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
    ],
    // Playwright's own --disable-extensions would leave an extension the profile holds switched off.
    ...(installed === undefined ? {} : { ignoreDefaultArgs: ['--disable-extensions'] }),
  });

  // The start page loads in the first tab at once, while the extension's background is still starting (Playwright
  // refuses a URL among Chromium's arguments; Chromium ignores a start-page preference when Playwright gives it one).
  const startPage = startUrl === undefined ? null : context.pages()[0]!.goto(startUrl, { waitUntil: 'load' });

  const extensionWorker = async (): Promise<Worker> => {
    const running = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
    if (running) return running;
    return context.waitForEvent('serviceworker', {
      predicate: (worker) => worker.url().startsWith('chrome-extension://'),
      timeout: 15_000,
    });
  };
  const first = await extensionWorker().catch((error: Error) => {
    throw new Error(
      `The extension's service worker did not start (is ${extensionDir} a valid MV3 build?): ${error.message}`,
    );
  });
  const extensionId = new URL(first.url()).host;
  // The worker target exists before its script has run: browse only once the background listens, as a user
  // who installed the extension a moment ago would (a page loaded earlier is not the scenario under test).
  await eventually(
    () =>
      first.evaluate(() => {
        const { chrome } = globalThis as unknown as ChromeGlobal;
        // Every listener is registered in the same first tick (house style): the cookie one stands for all.
        return chrome.cookies.onChanged.hasListeners() ? true : undefined;
      }),
    { timeoutMs: 10_000, intervalMs: 50, what: "the extension's background to register its listeners" },
  );
  await startPage;
  return {
    context,
    extensionId,
    worker: extensionWorker,
    async close() {
      await context.close();
      if (profileDir === undefined) await rm(userDataDir, { recursive: true, force: true });
      else await keepInstalled(preferencesPath, extensionDir);
    },
  };
}

/**
 * Clicks the extension's toolbar button on the active tab, as a user does (Extensions.triggerAction), evaluates
 * `expression` in the popup until it gives a value (undefined: not yet), then closes the popup and returns that value.
 * `popupPath`: the page the button opens, if the extension set another one (action.setPopup).
 */
export async function readToolbarPopup<T>(
  { context, extensionId }: Pick<ChromiumSession, 'context' | 'extensionId'>,
  expression: string,
  popupPath = 'popup.html',
): Promise<T> {
  const browserSession = await context.browser()!.newBrowserCDPSession();
  try {
    const targets = async () =>
      ((await browserSession.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] })
        .targetInfos;
    const activeTab = (await targets()).find((target) => target.type === 'tab' && target.embedderData?.tabActive);
    if (!activeTab) throw new Error('Chromium has no active tab to click the extension button on.');
    await browserSession.send(
      'Extensions.triggerAction' as never,
      { id: extensionId, targetId: activeTab.targetId } as never,
    );
    const popupUrl = `chrome-extension://${extensionId}/${popupPath}`;
    const popup = await eventually(async () => (await targets()).find((target) => target.url === popupUrl), {
      timeoutMs: 10_000,
      what: 'the toolbar popup to open',
    });
    const value = await eventually(
      async () => (await evaluateInTarget(browserSession, popup.targetId, expression)) as T | undefined,
      { timeoutMs: 10_000, what: 'the toolbar popup to be ready' },
    );
    await browserSession.send('Target.closeTarget', { targetId: popup.targetId });
    return value;
  } finally {
    await browserSession.detach();
  }
}

/** The end-to-end driver on a Chromium session: see BrowserDriver. */
export async function launchChromium(portal: Portal, options: LaunchOptions = {}): Promise<BrowserDriver> {
  const {
    context,
    extensionId,
    worker: extensionWorker,
    close,
  } = await launchChromiumSession(portal, undefined, options);
  const consoleLines: string[] = [];
  context.on('console', (message) => consoleLines.push(message.text()));
  const listened = new WeakSet<Worker>();
  const listen = (worker: Worker) => {
    if (listened.has(worker) || !worker.url().startsWith('chrome-extension://')) return;
    listened.add(worker);
    worker.on('console', (message) => consoleLines.push(message.text()));
  };
  context.on('serviceworker', listen);
  context.serviceWorkers().forEach(listen);

  const openExtensionPage = async (path: string, viewport = pageViewport) => {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return chromiumPage(page);
  };

  return {
    name: 'chromium',
    partitionsThirdPartyCookies: false,
    async visit(url) {
      const page = chromiumPage(await context.newPage());
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    async openPopupFor(host, viewport = popupViewport) {
      const popup = await openExtensionPage(`popup.html?host=${encodeURIComponent(host)}`, viewport);
      await popup.waitForSelector('html[data-ready="true"]');
      return popup;
    },
    openToolbarPopup: () =>
      readToolbarPopup<PopupView>(
        { context, extensionId },
        `document.documentElement.dataset.ready === 'true' ? ${readPopupExpression('document')} : undefined`,
      ),
    async badgeText(tabUrlPattern) {
      const tabId = await eventually(
        async () =>
          (await extensionWorker()).evaluate(
            async (pattern) =>
              (await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ url: pattern }))[0]?.id,
            tabUrlPattern,
          ),
        { timeoutMs: 10_000, what: `a tab at ${tabUrlPattern}` },
      );
      return (await extensionWorker()).evaluate(
        (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    },
    async stopBackground() {
      const worker = await extensionWorker();
      await worker.evaluate((marker) => {
        (globalThis as Record<string, unknown>)[marker] = true;
      }, RESTART_MARKER);
      // As Chrome does after 30 s idle.
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await cdp.detach();
      }
    },
    async backgroundWasRestarted() {
      const worker = await extensionWorker();
      return !(await worker.evaluate(
        (marker) => (globalThis as Record<string, unknown>)[marker] === true,
        RESTART_MARKER,
      ));
    },
    async storedData() {
      return (await extensionWorker()).evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(null),
      );
    },
    async storeData(items) {
      await (
        await extensionWorker()
      ).evaluate((written) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set(written), items);
    },
    async cookieNames(url) {
      return (await context.cookies(url)).map(({ name }) => name);
    },
    consoleLines: () => consoleLines,
    close,
  };
}
