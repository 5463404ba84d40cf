import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxProxyPrefs, type Portal } from '../../portal/index.ts';
import type { BrowserDriver, BrowserPage, DownloadedFile, LaunchOptions } from './driver.ts';
import { pageActions, pageViewport, popupViewport } from './driver.ts';
import {
  ensureDir,
  eventually,
  firefoxExtensionDir,
  firefoxPath,
  requireBrowser,
  requireExtensionBuild,
  resultsDir,
  screenshotsDir,
} from './environment.ts';
import { readPopupExpression, type PopupView } from './popup.ts';

const geckoId = 'charte-vs-cookies@charte-vs-cookies.fr';
/** Fixed by the pref `extensions.webextensions.uuids`, so the harness knows the extension pages' origin. */
const extensionUuid = '6f1e2c3a-8d4b-4e7f-9a10-c0ffee5e2e13';
const extensionOrigin = `moz-extension://${extensionUuid}`;
const RESTART_MARKER = '__charteE2eBeforeStop';
/** Left on a document about to be navigated away from, to know when the next one has come. */
const LEFT_DOCUMENT_MARKER = '__charteE2eLeftDocument';

/**
 * The popup speaks the browser's language: Debian's firefox-esr holds only en-US, so without firefox-esr-l10n-fr
 * the extension's `_locales/fr` is never chosen, whatever `intl.locale.requested` or LANG say.
 */
function requireFrenchLocale(): void {
  const langpack = '/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi';
  if (firefoxPath === '/usr/bin/firefox-esr' && !existsSync(langpack)) {
    throw new Error(
      `Firefox ESR has no French language pack (${langpack}), so the popup would be in English: apt-get install -y firefox-esr-l10n-fr`,
    );
  }
}

/** The `browser` API as an extension page sees it (types only: evaluated there). */
interface ExtensionPageGlobal {
  browser: {
    tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    storage: {
      local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    };
    runtime: { getBackgroundPage(): Promise<Record<string, unknown>> };
  };
}

/**
 * Waits for the downloads folder to hold one more finished file than `before`. Firefox writes a download under a
 * temporary name (sometimes without `.part`) and renames it: a name counts once seen at two polls in a row.
 */
async function nextDownload(dir: string, before: Set<string>): Promise<DownloadedFile> {
  let seen: string | undefined;
  return eventually(
    async () => {
      const files = await readdir(dir);
      const fresh = files.some((file) => file.endsWith('.part')) ? undefined : files.find((file) => !before.has(file));
      const settled = fresh !== undefined && fresh === seen;
      seen = fresh;
      return settled ? { filename: fresh, text: await readFile(join(dir, fresh), 'utf8') } : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 150, what: `a download in ${dir}` },
  );
}

/**
 * A tab of Firefox driven by puppeteer-core over WebDriver BiDi. A moz-extension:// navigation never reports
 * `load` (only navigationStarted/Committed), so those are not awaited: the new document is waited for instead.
 */
function firefoxPage(
  page: Page,
  { downloadDir, privileged }: { downloadDir: string; privileged: Privileged },
): BrowserPage {
  const evaluate: BrowserPage['evaluate'] = (script, arg) => page.evaluate(script as never, arg) as never;
  const actions = pageActions({
    evaluate,
    mouseClick: (x, y) => page.mouse.click(x, y),
    typeText: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
  });
  const downloadAfter = async (action: () => Promise<void>) => {
    const before = new Set(await readdir(downloadDir));
    await action();
    return nextDownload(downloadDir, before);
  };
  const gotoExtensionPage = async (url: string) => {
    await page
      .evaluate((marker) => ((globalThis as Record<string, unknown>)[marker] = true), LEFT_DOCUMENT_MARKER)
      .catch(() => undefined);
    void page.goto(url).catch(() => undefined);
    await eventually(
      async () =>
        (await page.evaluate(
          (marker) => document.readyState !== 'loading' && !(marker in globalThis) && location.href,
          LEFT_DOCUMENT_MARKER,
        )) === url
          ? true
          : undefined,
      { timeoutMs: 10_000, intervalMs: 100, what: `${url} to load` },
    );
  };
  return {
    ...actions,
    evaluate,
    async runScript(source) {
      // Source text evaluated over BiDi, which the extension pages' CSP (no eval) does not govern.
      await page.evaluate(source);
    },
    async goto(url) {
      if (url.startsWith('moz-extension:')) return gotoExtensionPage(url);
      const response = await page.goto(url, { waitUntil: 'load' });
      if (response && !response.ok())
        throw new Error(`${url} answered ${response.status()}: is the host mapped to the local portal?`);
    },
    async reload() {
      const url = page.url();
      if (url.startsWith('moz-extension:')) return gotoExtensionPage(url);
      await page.reload({ waitUntil: 'load' });
    },
    download: (button) => downloadAfter(() => actions.click({ role: 'button', name: button })),
    downloadAfter,
    setViewport: (width, height) => page.setViewport({ width, height }),
    async setColorScheme(scheme) {
      // BiDi has no media emulation; Firefox's own settings answer prefers-color-scheme (0 dark, 1 light). The content
      // override alone left the extension's pages light (ESR 153, headless): the content theme and the system's too.
      const value = scheme === 'dark' ? 0 : 1;
      await privileged(
        `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${value}); Services.prefs.setIntPref('browser.theme.content-theme', ${value}); Services.prefs.setIntPref('ui.systemUsesDarkTheme', ${1 - value})`,
      );
    },
    async screenshot(name) {
      const path = `${ensureDir(screenshotsDir)}/firefox-${name}.png`;
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    activate: () => page.bringToFront(),
    close: () => page.close(),
  };
}

type Privileged = (expression: string) => Promise<unknown>;

/** The privileged (chrome) scope of Firefox's window, reached over BiDi: it holds the extension's own objects. */
function chromeScope(browser: Browser): Privileged {
  const connection = (
    browser as unknown as {
      connection: { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };
    }
  ).connection;
  return async (expression: string): Promise<unknown> => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = (tree.result.contexts as Array<{ context: string; url: string }>).find(
      (context) => context.url === 'chrome://browser/content/browser.xhtml',
    );
    if (!window)
      throw new Error(
        'Firefox has no browser window in the chrome scope (was it started with --remote-allow-system-access?)',
      );
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception')
      throw new Error(`Chrome-scope script failed: ${JSON.stringify(result.exceptionDetails)}`);
    return (result.result as { value?: unknown }).value;
  };
}

/**
 * A headless Firefox ESR driven over WebDriver BiDi (puppeteer-core), with the extension's test build installed
 * and the portal hostnames sent to the local portal by a PAC script.
 */
export async function launchFirefox(
  portal: Portal,
  { startUrl, profileDir }: LaunchOptions = {},
  extensionDir = firefoxExtensionDir,
): Promise<BrowserDriver> {
  requireBrowser(firefoxPath, 'Firefox ESR', 'firefox-esr');
  requireFrenchLocale();
  requireExtensionBuild(extensionDir);
  const downloadDir = await mkdtemp(join(tmpdir(), 'charte-e2e-firefox-downloads-'));
  // A kept profile holds the extension as installed (a proxy file naming its folder), so that it is there when the
  // next session starts, as a user's is; a temporary install (installExtension) ends with the session.
  if (profileDir) {
    await mkdir(join(profileDir, 'extensions'), { recursive: true });
    await writeFile(join(profileDir, 'extensions', geckoId), resolve(extensionDir));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    ...(profileDir ? { userDataDir: profileDir } : {}),
    // moz-extension:// pages can be navigated to and read over BiDi only with it, and the chrome scope reached.
    // A start URL loads as Firefox starts, while the extension's background is starting too.
    args: ['--remote-allow-system-access', ...(startUrl ? [startUrl] : [])],
    // The self-signed certificate of the local portal: WebDriver's acceptInsecureCerts makes Firefox accept it for
    // pages and for the extension's own fetches alike.
    acceptInsecureCerts: true,
    // Output is read below rather than copied to the test's stdout (dumpio), which would drown the report.
    dumpio: false,
    env: { ...process.env, LANG: 'fr_FR.UTF-8' },
    extraPrefsFirefox: {
      ...firefoxProxyPrefs(portal.httpPort),
      // console.log of extension pages reaches stdout only with the "content" pref (ESR 153); "chrome" covers the rest.
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      'intl.locale.requested': 'fr',
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      // Blob-link downloads saved without a dialog, where the harness reads them.
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      // An unsigned extension from the profile, installed and enabled without asking (ESR honours the first pref).
      ...(profileDir
        ? { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 }
        : {}),
    },
  });
  const consoleLines: string[] = [];
  const logPath = `${ensureDir(resultsDir)}/firefox-e2e.log`;
  const log = createWriteStream(logPath);
  let partial = '';
  const child = browser.process();
  child?.stdout?.on('data', (chunk: Buffer) => {
    log.write(chunk);
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    consoleLines.push(...lines);
  });
  child?.stderr?.on('data', (chunk: Buffer) => log.write(chunk));
  const close = async () => {
    await browser.close();
    log.end();
    await rm(downloadDir, { recursive: true, force: true });
  };

  const privileged = chromeScope(browser);
  const extension = `WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension`;
  try {
    if (profileDir) {
      await eventually(
        async () =>
          (await privileged(
            `WebExtensionPolicy.getByID(${JSON.stringify(geckoId)})?.extension.backgroundState === 'running'`,
          ))
            ? true
            : undefined,
        {
          timeoutMs: 15_000,
          what: `the extension installed in ${profileDir} to run`,
        },
      );
    } else {
      await browser.installExtension(extensionDir);
    }
    if (startUrl) {
      await eventually(
        async () => {
          for (const page of await browser.pages())
            if (page.url() === startUrl && (await page.evaluate(() => document.readyState)) === 'complete') return true;
          return undefined;
        },
        { timeoutMs: 15_000, what: `${startUrl} to load as Firefox starts` },
      );
    }
  } catch (error) {
    await close();
    throw new Error(`Firefox did not run the extension in ${extensionDir}: ${(error as Error).message}`);
  }

  const tab = (page: Page) => firefoxPage(page, { downloadDir, privileged });
  const openExtensionTab = async (path: string, viewport = pageViewport) => {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const wrapped = tab(page);
    await wrapped.goto(`${extensionOrigin}/${path}`);
    return { page, wrapped };
  };
  // An extension page kept open in the background of the window, where the harness calls the `browser` API.
  let probe: Page | undefined;
  const probePage = async () => (probe ??= (await openExtensionTab('options.html')).page);
  const inExtension = async <A, R>(script: (arg: A) => R, arg: A) =>
    (await probePage()).evaluate(script as never, arg) as Promise<Awaited<R>>;
  /** Source text evaluated over BiDi, which the extension pages' CSP (no eval) does not govern. */
  const inExtensionExpression = async <R>(expression: string) => (await probePage()).evaluate(expression) as Promise<R>;
  const popupViews = "browser.extension.getViews({ type: 'popup' })";
  /** Whether the background page running is the one the marker was left in (asking for it starts one if none runs). */
  const markedPageRuns = () =>
    inExtension(
      async (marker) =>
        (await (globalThis as unknown as ExtensionPageGlobal).browser.runtime.getBackgroundPage())[marker] === true,
      RESTART_MARKER,
    );

  return {
    name: 'firefox',
    partitionsThirdPartyCookies: true,
    async visit(url) {
      const page = tab(await browser.newPage());
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path, viewport) {
      return (await openExtensionTab(path, viewport)).wrapped;
    },
    async openPopupFor(host, viewport = popupViewport) {
      const { wrapped: popup } = await openExtensionTab(`popup.html?host=${encodeURIComponent(host)}`, viewport);
      await popup.waitForSelector('html[data-ready="true"]');
      return popup;
    },
    async openToolbarPopup() {
      await privileged(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const action = ExtensionParent.apiManager.global.browserActionFor(${extension});
        await action.openPopup(Services.wm.getMostRecentWindow('navigator:browser'));
      })()`);
      // The popup's document is reachable from any other page of the extension.
      const view = await eventually(
        () =>
          inExtensionExpression<PopupView | undefined>(
            `${popupViews}[0]?.document.documentElement.dataset.ready === 'true' ? ${readPopupExpression(`${popupViews}[0].document`)} : undefined`,
          ),
        { timeoutMs: 10_000, what: 'the toolbar popup to be ready' },
      );
      await inExtensionExpression(`${popupViews}[0]?.close()`);
      return view;
    },
    async badgeText(tabUrlPattern) {
      return inExtension(async (pattern) => {
        const { browser: api } = globalThis as unknown as ExtensionPageGlobal;
        const [tab] = await api.tabs.query({ url: pattern });
        if (tab?.id === undefined) throw new Error(`No tab at ${pattern}`);
        return api.action.getBadgeText({ tabId: tab.id });
      }, tabUrlPattern);
    },
    async stopBackground() {
      await inExtension(async (marker) => {
        (await (globalThis as unknown as ExtensionPageGlobal).browser.runtime.getBackgroundPage())[marker] = true;
      }, RESTART_MARKER);
      // What Firefox does to an idle event page once extensions.background.idle.timeout has passed. An event may
      // start a new page right after; under a flood, a call now and then leaves the marked page running: called
      // again until the page running, if any, is not the marked one.
      await eventually(
        async () => {
          await privileged(`${extension}.terminateBackground()`);
          if ((await privileged(`${extension}.backgroundState`)) !== 'running') return true;
          return (await markedPageRuns()) ? undefined : true;
        },
        { timeoutMs: 10_000, intervalMs: 100, what: 'the background to stop' },
      );
    },
    backgroundWasRestarted: async () => !(await markedPageRuns()),
    async storedData() {
      return inExtension(
        () => (globalThis as unknown as ExtensionPageGlobal).browser.storage.local.get(null),
        undefined,
      );
    },
    async storeData(items) {
      await inExtension(
        (written) => (globalThis as unknown as ExtensionPageGlobal).browser.storage.local.set(written),
        items,
      );
    },
    async cookieNames(url) {
      const { hostname } = new URL(url);
      const cookies = await browser.cookies();
      return cookies
        .filter(
          (cookie) =>
            hostname === cookie.domain.replace(/^\./, '') ||
            hostname.endsWith(cookie.domain.startsWith('.') ? cookie.domain : `.${cookie.domain}`),
        )
        .map(({ name }) => name);
    },
    consoleLines: () => consoleLines,
    close,
  };
}
