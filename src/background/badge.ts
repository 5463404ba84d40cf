import type { ActionApi } from '../adapters/action.ts';
import { t, tn } from '../adapters/i18n.ts';
import { undeclaredCount } from '../core/report/build-report.ts';
import type { RecordStore } from './record-store.ts';
import type { OpenTabs } from './tabs.ts';

export interface BadgeDeps {
  recordStore: RecordStore;
  openTabs: OpenTabs;
  now: () => number;
  /** Whether the host is a watched Opendatasoft portal: only those get a count. */
  runsOpendatasoft: (host: string) => Promise<boolean>;
  action: ActionApi;
}

/**
 * Shows, on each tab open on this portal, how many of its recorded cookies the charter does not declare; a host
 * that is no portal, or that shows no sign of Opendatasoft, gets no badge (nothing was compared).
 */
export async function showUndeclaredCount(host: string, deps: BadgeDeps): Promise<void> {
  if (!(await deps.runsOpendatasoft(host))) {
    for (const tabId of deps.openTabs.tabsOn(host)) await clearBadge(tabId, deps.action);
    return;
  }
  const count = undeclaredCount(await deps.recordStore.record(host), deps.now());
  for (const tabId of deps.openTabs.tabsOn(host)) {
    // "0" in green on a portal: checked and clean, unlike a tab that is not a portal, which has no badge.
    // The badge alone says nothing to a screen reader or a newcomer: the button's title words it.
    await deps.action.show(tabId, {
      text: String(count),
      color: count > 0 ? '#b3261e' : '#1e7b34',
      title: tn('badgeTitle', count),
    });
  }
}

/** A tab that is not on a portal carries no badge. */
export async function clearBadge(tabId: number, action: ActionApi): Promise<void> {
  await action.show(tabId, { text: '', title: t('actionTitle') });
}
