import type { BrowserApis } from '../adapters/browser-apis.ts';
import { webHostOf } from '../core/portal/detect.ts';
import { OPENDATASOFT_API_PATHS, opendatasoftApiPathOf } from '../core/portal/platform.ts';
import type { RecordStore } from './record-store.ts';
import type { OpenTabs } from './tabs.ts';

export interface PlatformWatchDeps {
  recordStore: RecordStore;
  openTabs: OpenTabs;
  isPortal: (host: string) => Promise<boolean>;
  now: () => number;
  browser: Pick<BrowserApis, 'webRequest'>;
  /** Told when a watched host first showed it runs Opendatasoft. */
  onSign: (host: string) => void;
}

/**
 * Notes, for a watched host, the first request its own page makes to an Opendatasoft API on that same host: the
 * sign platform.ts reads to tell an Opendatasoft portal from another `data.*` site. Only the path prefix and the
 * time are kept (the query may hold anything).
 */
export function watchPlatformRequests(deps: PlatformWatchDeps): void {
  deps.browser.webRequest.onRequest(
    OPENDATASOFT_API_PATHS.map((path) => `*://*${path}*`),
    (details) => {
      if (details.tabId < 0 || details.type === 'main_frame') return;
      const path = opendatasoftApiPathOf(details.url);
      const host = deps.openTabs.hostOf(details.tabId);
      if (path === null || host === null || webHostOf(details.url) !== host) return;
      void noteApiRequest(host, path, deps);
    },
  );
}

async function noteApiRequest(host: string, path: string, deps: PlatformWatchDeps): Promise<void> {
  if (!(await deps.isPortal(host))) return;
  let first = false;
  await deps.recordStore.update(host, (record) => {
    if (record.apiRequestSign) return false;
    record.apiRequestSign = { path, at: deps.now() };
    first = true;
    return true;
  });
  if (first) deps.onSign(host);
}
