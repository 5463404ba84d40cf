import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { sayInFrench } from '../cli/messages.ts';

export interface BrowserSettings {
  chromiumPath: string;
  /** The built extension (dist/chrome): what a user installs. */
  extensionDir: string;
  /** Chromium's --host-resolver-rules, as given to --resolve; empty for none. */
  resolveRules: string;
  insecure: boolean;
}

/** A headless Chromium on a profile of its own, the extension loaded and its background listening. */
export interface ObservatoryBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium headless, in French, on a closed network (nothing fetched in the background), with the
 * unpacked extension loaded (unless a kept profile already holds it): the end-to-end tests start it so too.
 */
export function extensionChromiumArgs(extensionDir: string, loadFromCommandLine = true): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=fr',
    `--disable-extensions-except=${extensionDir}`,
    ...(loadFromCommandLine ? [`--load-extension=${extensionDir}`] : []),
  ];
}

/**
 * Starts Chromium on a fresh profile (each portal and phase gets its own: nothing carries over from one visit to
 * the next), third-party cookies allowed as most users' browsers do, and waits until the extension's background
 * has registered its listeners, so that the first page is recorded whole.
 */
export async function launchBrowser(settings: BrowserSettings, timeoutMs: number): Promise<ObservatoryBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'charte-observatoire-'));
  await mkdir(join(profile, 'Default'), { recursive: true });
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const args = extensionChromiumArgs(settings.extensionDir);
  if (settings.resolveRules) args.push(`--host-resolver-rules=${settings.resolveRules}`);
  if (settings.insecure) args.push('--ignore-certificate-errors');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: settings.chromiumPath,
      headless: true,
      locale: 'fr-FR',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      timeout: timeoutMs,
      env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
      args,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const worker =
      context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (candidate) => candidate.url().startsWith('chrome-extension://'),
        timeout: timeoutMs,
      }));
    const deadline = Date.now() + timeoutMs;
    // Every listener is registered in the background's first tick: the cookie one stands for all.
    while (
      !(await worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { cookies: { onChanged: { hasListeners(): boolean } } } }
        ).chrome.cookies.onChanged.hasListeners(),
      ))
    ) {
      if (Date.now() > deadline) throw new Error(sayInFrench('observatoryFailureWorker'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw error;
  }
}
