/**
 * One stand-in for `webextension-polyfill`, installed for every unit test by test/support/setup.ts.
 * It keeps state in memory and lets a test fire browser events; i18n reads the real _locales/fr messages.
 */
import { messageOf } from '../../src/core/words/messages.ts';
import { frenchMessages } from './locale-messages.ts';

type Listener = (...args: never[]) => unknown;

/** A browser event: tests call `emit` where the browser would fire it. */
export class FakeEvent<L extends Listener = Listener> {
  readonly listeners: L[] = [];
  /** What each addListener call passed after the listener (filters, extra info). */
  readonly listenerOptions: unknown[][] = [];
  addListener(listener: L, ...options: unknown[]): void {
    this.listeners.push(listener);
    this.listenerOptions.push(options);
  }
  removeListener(listener: L): void {
    const index = this.listeners.indexOf(listener);
    if (index >= 0) this.listeners.splice(index, 1);
  }
  hasListener(listener: L): boolean {
    return this.listeners.includes(listener);
  }
  emit(...args: Parameters<L>): unknown[] {
    return this.listeners.map((listener) => listener(...args));
  }
}

/** Follows the WebExtension rules (src/core/words/messages.ts) over the real French messages. */
export const getMessage = (key: string, substitutions?: string | string[]) =>
  messageOf(frenchMessages, key, substitutions);

/** Chrome's storage.local quota without `unlimitedStorage`, counted as Chrome does: each key plus its value's JSON, in UTF-8. */
export const STORAGE_QUOTA_BYTES = 10_485_760;
const bytesOf = (items: Record<string, unknown>) =>
  Object.entries(items).reduce(
    (total, [key, value]) => total + Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value) ?? ''),
    0,
  );

function createStorageArea() {
  let data: Record<string, unknown> = {};
  return {
    async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
      if (keys === undefined || keys === null) return structuredClone(data);
      const wanted = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((key) => key in data).map((key) => [key, structuredClone(data[key])]));
    },
    /** Refuses, as Chrome does, a write that would take storage past its quota: then nothing of it is written. */
    async set(items: Record<string, unknown>): Promise<void> {
      const after = { ...data, ...structuredClone(items) };
      if (bytesOf(after) > STORAGE_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
      data = after;
    },
    async remove(keys: string | string[]): Promise<void> {
      for (const key of Array.isArray(keys) ? keys : [keys]) delete data[key];
    },
    async clear(): Promise<void> {
      data = {};
    },
  };
}

export function createFakeBrowser() {
  return {
    i18n: { getMessage, getUILanguage: () => 'fr' },
    runtime: {
      id: 'charte-vs-cookies-test',
      getURL: (path: string) => `chrome-extension://charte-vs-cookies-test/${path.replace(/^\//, '')}`,
      getManifest: () => ({ version: '0.0.0-test' }),
      sendMessage: async (_message: unknown): Promise<unknown> => undefined,
      openOptionsPage: async () => undefined,
      onMessage: new FakeEvent(),
      onInstalled: new FakeEvent(),
      onStartup: new FakeEvent(),
    },
    storage: { local: createStorageArea(), session: createStorageArea() },
    cookies: {
      getAll: async (_details: unknown): Promise<unknown[]> => [],
      remove: async (_details: unknown): Promise<unknown> => null,
      onChanged: new FakeEvent(),
    },
    webRequest: {
      onBeforeRequest: new FakeEvent(),
      onHeadersReceived: new FakeEvent(),
      OnHeadersReceivedOptions: { RESPONSE_HEADERS: 'responseHeaders', EXTRA_HEADERS: 'extraHeaders' },
    },
    scripting: {
      executeScript: async (_details: unknown): Promise<unknown[]> => [],
    },
    tabs: {
      query: async (_query: unknown): Promise<unknown[]> => [],
      get: async (_tabId: number): Promise<unknown> => ({}),
      create: async (_props: unknown): Promise<unknown> => ({}),
      onUpdated: new FakeEvent(),
      onRemoved: new FakeEvent(),
      onActivated: new FakeEvent(),
    },
    action: {
      setBadgeText: async (_details: unknown) => undefined,
      setBadgeBackgroundColor: async (_details: unknown) => undefined,
      setTitle: async (_details: unknown) => undefined,
    },
    permissions: {
      contains: async (_permissions: unknown) => true,
      request: async (_permissions: unknown) => true,
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** The instance every test sees through `import browser from 'webextension-polyfill'`; reset before each test. */
export const fakeBrowser: FakeBrowser = createFakeBrowser();

export function resetFakeBrowser(): void {
  Object.assign(fakeBrowser, createFakeBrowser());
}

/** A cookie as Chrome's cookies API reports it (a session cookie unless `extra` says otherwise), with a value the extension must drop. */
export function chromeCookie(name: string, domain: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    value: 'secret-value',
    domain,
    hostOnly: !domain.startsWith('.'),
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: true,
    storeId: '0',
    ...extra,
  };
}
