import { createWriteStream } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxProxyPrefs, type Portal } from '../../portal/index.ts';
import { ensureDir, firefoxExtensionDir, firefoxPath, requireBrowser, requireExtensionBuild, resultsDir } from './environment.ts';
import { StateLog } from './state-log.ts';

/**
 * A headless Firefox ESR driven over WebDriver BiDi (puppeteer-core), with the extension's test build installed
 * and the portal hostnames sent to the local portal by a PAC script. The popup page cannot be opened this way
 * (BiDi refuses moz-extension:// URLs), so tests read the background's `charte-e2e-state` lines from stdout.
 */
export interface FirefoxSession {
  browser: Browser;
  states: StateLog;
  extensionId: string;
  /** Everything Firefox printed, for diagnosis. */
  logPath: string;
  close(): Promise<void>;
}

export async function launchFirefox(portal: Portal, extensionDir = firefoxExtensionDir): Promise<FirefoxSession> {
  requireBrowser(firefoxPath, 'Firefox ESR', 'firefox-esr');
  requireExtensionBuild(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
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
    },
  });
  const states = new StateLog();
  const logPath = `${ensureDir(resultsDir)}/firefox-e2e.log`;
  const log = createWriteStream(logPath);
  const child = browser.process();
  child?.stdout?.on('data', (chunk: Buffer) => {
    log.write(chunk);
    states.write(chunk.toString('utf8'));
  });
  child?.stderr?.on('data', (chunk: Buffer) => log.write(chunk));

  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox refused the extension in ${extensionDir}: ${(error as Error).message}`);
  }
  return {
    browser,
    states,
    extensionId,
    logPath,
    async close() {
      await browser.close();
      log.end();
    },
  };
}
