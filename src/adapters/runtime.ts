import browser from 'webextension-polyfill';

/** Who sent a message, as the browser tells it. */
export interface MessageSender {
  id?: string;
  url?: string;
}

/** The extension itself: its messages, its install and update, its version, the browser it runs in, its pages. */
export const runtime = {
  /** Registered at once, so that a message that wakes the background finds its listener. */
  onMessage(listener: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
    browser.runtime.onMessage.addListener(listener);
  },

  /** Whether a sender is one of this extension's own pages (content from the web never is). */
  isOwnPage(sender: MessageSender): boolean {
    return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
  },

  sendMessage(message: unknown): Promise<unknown> {
    return browser.runtime.sendMessage(message);
  },

  onInstalled(listener: () => void): void {
    browser.runtime.onInstalled.addListener(listener);
  },

  extensionVersion(): string {
    return browser.runtime.getManifest().version;
  },

  /** The browser the extension runs in: Firefox names itself; Chrome's user agent says its version. */
  async browserInfo(): Promise<{ name: string; version: string }> {
    const own = browser.runtime as { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
    if (own.getBrowserInfo) return own.getBrowserInfo();
    const userAgent = globalThis.navigator?.userAgent ?? '';
    const chrome = /(?:Chrome|Chromium)\/([\d.]+)/.exec(userAgent);
    return { name: /Chromium/.test(userAgent) ? 'Chromium' : 'Chrome', version: chrome?.[1] ?? 'inconnue' };
  },

  /** The address of one of the extension's own pages ("options.html"). */
  extensionPageUrl(path: string): string {
    return browser.runtime.getURL(path);
  },

  openOptionsPage(): Promise<void> {
    return browser.runtime.openOptionsPage();
  },
};

export type RuntimeApi = typeof runtime;
