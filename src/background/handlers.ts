import type { BrowserApis } from '../adapters/browser-apis.ts';
import type { Storage } from '../adapters/storage.ts';
import { withId } from '../core/cookies/slot-key.ts';
import type { PlatformVerdict } from '../core/portal/platform.ts';
import {
  parseHostInput,
  withHostTreatedAsPortal,
  withPortalAdded,
  withPortalRemoved,
  type PortalSettings,
} from '../core/portal/settings.ts';
import { t, uiLocale } from '../adapters/i18n.ts';
import { storageSize } from '../core/words/storage-size.ts';
import {
  compareRecord,
  portalDetails,
  portalSummary,
  type ReportContext,
  type ReportKnowledge,
} from '../core/report/build-report.ts';
import type { Notice, TabState } from '../core/report/tab-state.ts';
import { sayIn, type LocaleMessages } from '../core/words/messages.ts';
import type { Handlers } from '../messaging/server.ts';
import type { CharterReader } from './charters.ts';
import type { RecordStore } from './record-store.ts';
import type { OpenTabs } from './tabs.ts';
import { takeInventory } from './watch-cookie-events.ts';

export interface HandlerDeps {
  recordStore: RecordStore;
  charters: CharterReader;
  openTabs: OpenTabs;
  storage: Pick<Storage, 'loadSettings' | 'saveSettings'>;
  isPortal: (host: string) => Promise<boolean>;
  /** Whether a watched host runs Opendatasoft, from its name, the user's choice or the signs seen (platform.ts). */
  platformOf: (host: string) => Promise<PlatformVerdict>;
  /** Settings changed: the background re-reads them and refreshes what depends on them. */
  onSettingsChanged: (settings: PortalSettings) => void;
  /** The knowledge of cookies and organisations, loaded on first need. */
  knowledge: () => Promise<ReportKnowledge>;
  /** The French messages of _locales, which the exports are worded in, loaded on first need. */
  frenchMessages: () => Promise<LocaleMessages>;
  now: () => number;
  browser: Pick<BrowserApis, 'cookies' | 'firstViews' | 'permissions' | 'runtime' | 'tabs'>;
}

/** Whether the portal is served over HTTPS: as its open tab shows it, and so by default, as Opendatasoft serves every portal. */
export function portalIsHttps(host: string, openTabs: OpenTabs): boolean {
  return originOf(host, openTabs).startsWith('https:');
}

/** The portal's origin as its open tab shows it; https otherwise, as Opendatasoft serves every portal. */
export function originOf(host: string, openTabs: OpenTabs): string {
  const tabId = openTabs.tabsOn(host)[0];
  const url = tabId === undefined ? undefined : openTabs.urlOf(tabId);
  return url ? new URL(url).origin : `https://${host}`;
}

/**
 * What a reply says of a portal: its summary alone (the popup's first view, which must be quick and small), or with
 * its details too (the reply to an action, which the popup shows whole at once).
 */
export type ReportExtent = 'summary' | 'with-details';

/** What the details need beyond the record: the knowledge (loaded on first need) and how the portal is served. */
async function detailsContext(
  host: string,
  deps: HandlerDeps,
): Promise<Pick<ReportContext, 'knowledge' | 'portalIsHttps' | 'french'>> {
  const [knowledge, frenchMessages] = await Promise.all([deps.knowledge(), deps.frenchMessages()]);
  return { knowledge, portalIsHttps: portalIsHttps(host, deps.openTabs), french: sayIn(frenchMessages) };
}

/** The state of a host's tab; for a portal, both shapes of its report come from one comparison. */
export async function tabStateOf(host: string | null, deps: HandlerDeps, extent: ReportExtent): Promise<TabState> {
  if (host === null) return { kind: 'no-web-page' };
  if (!(await deps.isPortal(host))) return { kind: 'not-portal', host };
  const platform = await deps.platformOf(host);
  if (!platform.opendatasoft) {
    return {
      kind: 'not-opendatasoft',
      host,
      lookedFor: platform.lookedFor,
      cookies: Object.values((await deps.recordStore.record(host)).cookies).map(withId),
    };
  }
  const notices: Notice[] = [...deps.recordStore.noticesOf(host)];
  const droppedAt = await deps.recordStore.droppedAt(host);
  if (droppedAt !== null) notices.push({ kind: 'portal-dropped', at: droppedAt });
  // A query answers from what is known: reading a charter (pages fetched) is its own request, readCharter.
  if (!(await deps.browser.permissions.hasHost(host))) notices.push({ kind: 'missing-host-permission' });
  else if (!(await deps.recordStore.record(host)).charter) return { kind: 'charter-reading', host };
  const context = extent === 'with-details' ? await detailsContext(host, deps) : null;
  const compared = compareRecord(await deps.recordStore.record(host), deps.now());
  return {
    kind: 'portal',
    summary: portalSummary(compared, { notices }),
    details: context && portalDetails(compared, context),
  };
}

/**
 * A host a request names, when it is a portal the extension watches: a handler acts (reads, clears, deletes
 * cookies, exports) only on such a host, whatever a message says.
 */
export async function requirePortal(input: string, deps: Pick<HandlerDeps, 'isPortal'>): Promise<string> {
  const host = requireHost(input);
  if (!(await deps.isPortal(host))) throw new Error(t('errorNotWatchedPortal', host));
  return host;
}

export function requireHost(input: string): string {
  const host = parseHostInput(input);
  if (!host) throw new Error(t('errorInvalidHost', input));
  return host;
}

/** The handlers of the portal's state and of the settings (the audit's are in audit-handlers.ts). */
export function createPortalHandlers(deps: HandlerDeps) {
  const changeSettings = async (change: (settings: PortalSettings) => PortalSettings) => {
    const settings = change(await deps.storage.loadSettings());
    try {
      await deps.storage.saveSettings(settings);
    } catch (error) {
      // The options page shows this: the browser's words and what the portals' records take, the true cause.
      const { storedBytes, portals } = await deps.recordStore.storageUse();
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(t('errorSettingsRefused', [message, String(portals), storageSize(storedBytes, t, uiLocale())]));
    }
    deps.onSettingsChanged(settings);
    return settings;
  };
  return {
    getTabState: async ({ withDetails, ...target }) => {
      const host = await deps.browser.tabs.hostOf(target);
      const state = await tabStateOf(host, deps, withDetails ? 'with-details' : 'summary');
      // Events fired while the background was starting (a portal opened as the browser starts) may have been lost: the
      // cookies the browser holds and the record does not are taken stock of after answering, off the first view's
      // path, for the popup's next request (its details, or the next opening). Best effort: a browser that will not
      // list them (no host permission) leaves the record as it is.
      if (host !== null && (state.kind === 'portal' || state.kind === 'not-opendatasoft'))
        void takeInventory(host, deps, { unrecordedOnly: true }).catch(() => undefined);
      // Kept for the next opening, which paints it at once, even while the background sleeps.
      if (host !== null && state.kind === 'portal')
        void deps.browser.firstViews.keep(host, { ...state, details: null }).catch(() => undefined);
      // A host only named in the popup's address is offered nothing; a tab named there is a page really open.
      return state.kind === 'not-portal' && 'host' in target ? { ...state, fromAddress: true } : state;
    },
    getPortalDetails: async ({ host }) => {
      const portal = await requirePortal(host, deps);
      const context = await detailsContext(portal, deps);
      return portalDetails(compareRecord(await deps.recordStore.record(portal), deps.now()), context);
    },
    readCharter: async ({ host }) => {
      const portal = await requirePortal(host, deps);
      if ((await deps.platformOf(portal)).opendatasoft)
        await deps.charters.read(portal, originOf(portal, deps.openTabs));
      return tabStateOf(portal, deps, 'with-details');
    },
    clearPortalRecord: async ({ host }) => {
      const portal = await requirePortal(host, deps);
      await deps.recordStore.clear(portal);
      return tabStateOf(portal, deps, 'with-details');
    },
    getPortalSettings: () => deps.storage.loadSettings(),
    addPortalHost: ({ host }) => changeSettings((settings) => withPortalAdded(settings, requireHost(host))),
    removePortalHost: ({ host }) => changeSettings((settings) => withPortalRemoved(settings, requireHost(host))),
    treatAsPortal: async ({ host }) => {
      const portal = await requirePortal(host, deps);
      await changeSettings((settings) => withHostTreatedAsPortal(settings, portal));
      return tabStateOf(portal, deps, 'with-details');
    },
  } satisfies Partial<Handlers>;
}
