/**
 * The background: builds every service in one place, passes their dependencies in, and registers every
 * listener synchronously on the first tick (no top-level await), so that an event that wakes a stopped
 * service worker is never missed. The browser's APIs come in through their adapters (src/adapters/), passed in too.
 */
import { browserApis } from '../adapters/browser-apis.ts';
import { createPageFetcher } from '../adapters/fetch-page.ts';
import { watchRedirectLocations } from '../adapters/redirect-locations.ts';
import { loadFrenchMessages, loadReportKnowledge } from '../adapters/knowledge-data.ts';
import { storage } from '../adapters/storage.ts';
import { webHostOf } from '../core/portal/detect.ts';
import { platformVerdict } from '../core/portal/platform.ts';
import { isPortalHost, type PortalSettings } from '../core/portal/settings.ts';
import { serveMessages } from '../messaging/server.ts';
import { clearBadge, showUndeclaredCount } from './badge.ts';
import { CharterReader } from './charters.ts';
import { originOf } from './handlers.ts';
import { createHandlers } from './message-handlers.ts';
import { RecordStore } from './record-store.ts';
import { OpenTabs, whenLoaded } from './tabs.ts';
import { takeInventory, takeStockOfEarlyResponses, watchCookieEvents } from './watch-cookie-events.ts';
import { watchPlatformRequests } from './watch-platform-requests.ts';
import { watchSetCookieHeaders } from './watch-set-cookie-headers.ts';

// First statement of the background's own code, once its bundle is parsed and its modules evaluated; `npm run bench`
// times it, and 'background-listening' below, from the service worker's start.
performance.mark('background-script-start');
const now = () => Date.now();
const openTabs = new OpenTabs();
let settings: Promise<PortalSettings> = storage.loadSettings();
const isPortal = async (host: string) => isPortalHost(host, await settings);
const platformOf = async (host: string) => platformVerdict(await recordStore.record(host), await settings);
const runsOpendatasoft = async (host: string) => (await isPortal(host)) && (await platformOf(host)).opendatasoft;

const recordStore: RecordStore = new RecordStore({
  storage,
  flushDelayMs: 250,
  retryDelayMs: 5000,
  onStored: (hosts) => hosts.forEach(portalChanged),
});
// Registered on the first tick with the other listeners: it learns where the extension's own requests redirect.
const fetchPage = createPageFetcher(undefined, watchRedirectLocations());
const charters = new CharterReader({
  recordStore,
  fetchPage,
  now,
  onRead: portalChanged,
  userAddedHosts: async () => (await settings).addedHosts,
});
const { action, runtime, tabs } = browserApis;
const listeningSince = browserApis.pageResources.listeningSince(now());
const watchDeps = { recordStore, openTabs, isPortal, now, listeningSince, browser: browserApis };
const badgeDeps = { recordStore, openTabs, now, runsOpendatasoft, action };
const handlerDeps = {
  recordStore,
  charters,
  openTabs,
  storage,
  isPortal,
  platformOf,
  now,
  knowledge: loadReportKnowledge,
  frenchMessages: loadFrenchMessages,
  browser: browserApis,
  onSettingsChanged: (changed: PortalSettings) => {
    settings = Promise.resolve(changed);
    void browserApis.firstViews.forget().catch(() => undefined);
    void refreshBadges();
  },
};

const handlers = createHandlers(handlerDeps);

/**
 * A portal's record changed: its badge follows, and a host that has just shown it runs Opendatasoft (a sign, or the
 * user's choice) gets its charter read.
 */
function portalChanged(host: string): void {
  // The popup's kept first view is the record's as it was: the next opening asks the background.
  void browserApis.firstViews.forget(host).catch(() => undefined);
  void showUndeclaredCount(host, badgeDeps);
  // Open on a tab and not read yet: a host that has just shown a sign of Opendatasoft (its consent cookie).
  if (openTabs.tabsOn(host).length > 0) {
    void recordStore.record(host).then((record) => {
      if (!record.charter) void platformConfirmed(host);
    });
  }
}

async function platformConfirmed(host: string): Promise<void> {
  if (!(await runsOpendatasoft(host))) return;
  await charters.ensureFresh(host, originOf(host, openTabs));
  portalChanged(host);
}

/** After the user changed which hosts are portals, every open tab's badge follows. */
async function refreshBadges(): Promise<void> {
  for (const host of openTabs.hosts()) await showUndeclaredCount(host, badgeDeps);
}

/** A page finished loading: if it is a portal, take stock of its cookies (and those of third parties it loaded before the background listened), make sure its charter is read, show the badge. */
async function pageLoaded(tabId: number, url: string | undefined): Promise<void> {
  openTabs.setUrl(tabId, url);
  const host = webHostOf(url);
  if (!host || !(await isPortal(host))) {
    await clearBadge(tabId, action);
    return;
  }
  await takeInventory(host, watchDeps);
  await takeStockOfEarlyResponses(tabId, host, watchDeps);
  // A `data.*` site that shows no sign of Opendatasoft: its cookies are listed, no charter is asked for, no count shown.
  if (await runsOpendatasoft(host)) await charters.ensureFresh(host, originOf(host, openTabs));
  await recordStore.flush();
  await showUndeclaredCount(host, badgeDeps);
}

watchCookieEvents(watchDeps);
watchSetCookieHeaders(watchDeps);
watchPlatformRequests({ ...watchDeps, onSign: (host) => void platformConfirmed(host) });
serveMessages(handlers);

tabs.onUpdated((tabId, change, tab) => {
  if (change.url) openTabs.setUrl(tabId, change.url);
  if (change.status === 'complete') void pageLoaded(tabId, tab.url);
});
tabs.onRemoved((tabId) => openTabs.forget(tabId));
// On install and update, every stored record is read once: the recordStore migrates it and writes back only what changed.
runtime.onInstalled(() => {
  void storage.storedPortalHosts().then((hosts) => hosts.forEach((host) => void recordStore.record(host)));
});

// When the background starts (install, browser start, a service worker woken again), the tabs already open are
// known again at once, and each is taken stock of once its page has loaded, without waiting for its "complete":
// at browser start Chromium was seen to lose it, with the page's cookie events and responses, for a start page
// that was still loading when the background listened (recorded empty, or without its third-party cookie).
void tabs.all().then((open) => {
  for (const tab of open) {
    if (tab.id === undefined) continue;
    const tabId = tab.id;
    openTabs.setUrl(tabId, openTabs.urlOf(tabId) ?? tab.url);
    void whenLoaded(tabId, tabs).then((loaded) => loaded && pageLoaded(tabId, loaded.url));
  }
});
performance.mark('background-listening');
