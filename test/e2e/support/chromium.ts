import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumHostResolverRules, type Portal } from '../../portal/index.ts';
import { chromeExtensionDir, chromiumPath, eventually, requireBrowser, requireExtensionBuild } from './environment.ts';
import { StateLog } from './state-log.ts';

/** A headless Chromium with the extension's test build loaded and every portal hostname mapped to the local portal. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** What the background printed (`charte-e2e-state` lines), from its console. */
  states: StateLog;
  /** The extension's service worker as it runs now (it may have been stopped and started again). */
  worker(): Promise<Worker>;
  /** Stops the service worker through the DevTools protocol, as Chrome does after 30 s idle. */
  stopServiceWorker(): Promise<void>;
  /** Whether the service worker now running is a new one since `stopServiceWorker` (its globals are gone). */
  workerWasRestarted(): Promise<boolean>;
  tabIdOf(url: string): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * The popup speaks the browser's language. Debian's chromium ships only en-US.pak: without chromium-l10n the
 * extension's UI locale falls back to English, whatever --lang or LANGUAGE say.
 */
function requireFrenchLocale(): void {
  const debianLocales = '/usr/lib/chromium/locales';
  if (chromiumPath === '/usr/bin/chromium' && existsSync(debianLocales) && !existsSync(`${debianLocales}/fr.pak`)) {
    throw new Error(`Chromium has no French locale (${debianLocales}/fr.pak), so the popup would be in English: apt-get install -y chromium-l10n`);
  }
}

const RESTART_MARKER = '__charteE2eBeforeStop';

/** The bits of the `chrome` API the harness calls inside the service worker (types only: evaluated there). */
interface ChromeGlobal {
  chrome: {
    tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> };
    cookies: { onChanged: { hasListeners(): boolean } };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}

export async function launchChromium(portal: Portal, extensionDir = chromeExtensionDir): Promise<ChromiumSession> {
  requireBrowser(chromiumPath, 'Chromium', 'chromium');
  requireFrenchLocale();
  requireExtensionBuild(extensionDir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'charte-e2e-chromium-'));
  // Chromium 156 blocks third-party cookies by default in a new profile; the scenario needs them, as most users' browsers allow them.
  await mkdir(join(userDataDir, 'Default'), { recursive: true });
  await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
    env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=fr',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${chromiumHostResolverRules(portal)}`,
      '--ignore-certificate-errors',
    ],
  });

  const states = new StateLog();
  const listened = new WeakSet<Worker>();
  const listen = (worker: Worker) => {
    if (listened.has(worker)) return;
    listened.add(worker);
    worker.on('console', (message) => states.line(message.text()));
  };
  context.on('serviceworker', listen);
  context.serviceWorkers().forEach(listen);

  const extensionWorker = async (): Promise<Worker> => {
    const running = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
    if (running) return running;
    return context.waitForEvent('serviceworker', { predicate: (worker) => worker.url().startsWith('chrome-extension://'), timeout: 15_000 });
  };
  const first = await extensionWorker().catch((error: Error) => {
    throw new Error(`The extension's service worker did not start (is ${extensionDir} a valid MV3 build?): ${error.message}`);
  });
  listen(first);
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

  return {
    context,
    extensionId,
    states,
    worker: extensionWorker,
    async stopServiceWorker() {
      const worker = await extensionWorker();
      await worker.evaluate((marker) => {
        (globalThis as Record<string, unknown>)[marker] = true;
      }, RESTART_MARKER);
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await cdp.detach();
      }
    },
    async workerWasRestarted() {
      const worker = await extensionWorker();
      const marked = await worker.evaluate((marker) => (globalThis as Record<string, unknown>)[marker] === true, RESTART_MARKER);
      return !marked;
    },
    async tabIdOf(url) {
      return eventually(
        async () => {
          const worker = await extensionWorker();
          return worker.evaluate(async (pattern) => (await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ url: pattern }))[0]?.id, url);
        },
        { timeoutMs: 10_000, what: `a tab at ${url}` },
      );
    },
    async badgeText(tabId) {
      const worker = await extensionWorker();
      return worker.evaluate((id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
