import { browserApis } from '../../src/adapters/browser-apis.ts';
import { storage } from '../../src/adapters/storage.ts';
import { CharterReader } from '../../src/background/charters.ts';
import { createHandlers } from '../../src/background/message-handlers.ts';
import { RecordStore } from '../../src/background/record-store.ts';
import { OpenTabs } from '../../src/background/tabs.ts';
import type { PageFetcher } from '../../src/core/charter/read.ts';
import { platformVerdict } from '../../src/core/portal/platform.ts';
import { defaultPortalSettings, isPortalHost, type PortalSettings } from '../../src/core/portal/settings.ts';
import { frenchMessages } from './locale-messages.ts';
import { projectKnowledge } from './report-knowledge.ts';

/**
 * The background's message handlers wired as src/background/index.ts wires them, on the fake browser: a recordStore
 * with short delays, the tabs, the settings the handlers change, and the network the test gives.
 */
export function testBackground({
  fetchPage,
  now,
  onStored = () => {},
}: {
  fetchPage: PageFetcher;
  now: () => number;
  onStored?: (hosts: string[]) => void;
}) {
  const recordStore = new RecordStore({ storage, flushDelayMs: 10, retryDelayMs: 10, onStored });
  const openTabs = new OpenTabs();
  let settings: PortalSettings = defaultPortalSettings;
  const isPortal = async (host: string) => isPortalHost(host, settings);
  const handlers = createHandlers({
    recordStore,
    charters: new CharterReader({ recordStore, fetchPage, now, onRead: () => {}, userAddedHosts: async () => [] }),
    openTabs,
    storage,
    isPortal,
    platformOf: async (host) => platformVerdict(await recordStore.record(host), settings),
    onSettingsChanged: (changed) => (settings = changed),
    knowledge: async () => projectKnowledge,
    frenchMessages: async () => frenchMessages,
    now,
    browser: browserApis,
  });
  return { recordStore, openTabs, isPortal, handlers };
}
