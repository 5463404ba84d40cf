/**
 * Soak: 300 portals × 1,000 cookies recorded by the background's RecordStore, one portal after the other as a
 * DPO visits them, each cookie seen on a page and set by a response, against a storage that refuses what would pass
 * Chrome's 10 MB quota. Saving must still work for every portal (its last write succeeds, the latest ones kept
 * whole), all records must stay within the budget; then the popup, in Chromium, opens on the last portal (1,000
 * cookies) with what the soak left in storage, within its budget.
 */
import { fileURLToPath } from 'node:url';
import { RecordStore } from '../src/background/record-store.ts';
import { sightingChange } from '../src/core/record/cookie-changes.ts';
import type { CookieObservation } from '../src/core/cookies/types.ts';
import { MAX_COOKIES_PER_PORTAL } from '../src/core/record/cookie-cap.ts';
import { readPortalRecord, storageKeyOf, type PortalRecord } from '../src/core/record/portal-record.ts';
import { storedBytes } from '../src/core/record/stored-bytes.ts';
import {
  emptyRecordsIndex,
  readRecordsIndex,
  STORAGE_BUDGET_BYTES,
  type RecordsIndex,
} from '../src/core/record/storage-budget.ts';
import { launchChromiumSession } from '../test/e2e/support/chromium.ts';
import { startPortal } from '../test/portal/index.ts';
import { budgets } from './budgets.ts';
import { formatMs, median, percentile } from './measure.ts';
import { timePopupOpenings } from './popup-render.ts';
import type { BenchRow } from './report.ts';

const portals = 300;
const cookiesPerPortal = 1_000;
const QUOTA_BYTES = 10_485_760;
const lastPortal = 'data.montreuil.fr';
const extensionDir = fileURLToPath(new URL('../dist/chrome', import.meta.url));

/** storage.local as Chrome keeps it: JSON, and a write that would pass the quota refused whole. */
class QuotaStorage {
  readonly items = new Map<string, { json: string; bytes: number }>();
  used = 0;
  writes = 0;
  refused = 0;

  private set(key: string, value: unknown): void {
    const json = JSON.stringify(value);
    const bytes = storedBytes(key, value);
    const before = this.items.get(key)?.bytes ?? 0;
    if (this.used - before + bytes > QUOTA_BYTES) {
      this.refused++;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    this.writes++;
    this.items.set(key, { json, bytes });
    this.used += bytes - before;
  }

  private get(key: string): unknown {
    const item = this.items.get(key);
    return item ? JSON.parse(item.json) : undefined;
  }

  readonly adapter = {
    loadPortalRecord: async (host: string) => readPortalRecord(host, this.get(storageKeyOf(host))),
    savePortalRecord: async (record: PortalRecord) => this.set(storageKeyOf(record.host), record),
    removePortalRecord: async (host: string) => {
      this.used -= this.items.get(storageKeyOf(host))?.bytes ?? 0;
      this.items.delete(storageKeyOf(host));
    },
    loadRecordsIndex: async (): Promise<RecordsIndex> =>
      readRecordsIndex(this.get('records-index')) ?? emptyRecordsIndex(),
    saveRecordsIndex: async (index: RecordsIndex) => this.set('records-index', index),
  };
}

const hostOf = (index: number) => (index === portals - 1 ? lastPortal : `portail-${index}.opendatasoft.com`);

function observation(host: string, index: number, at: number): CookieObservation {
  const thirdParty = index % 4 === 3;
  return {
    name: `${thirdParty ? '_ga_' : 'pref_'}${index}`,
    domain: thirdParty ? 'mesure.tiers-exemple.com' : host,
    hostOnly: !thirdParty,
    path: '/',
    secure: true,
    httpOnly: index % 3 === 0,
    sameSite: thirdParty ? 'none' : 'lax',
    partitionKey: null,
    expiresAt: at + 395 * 86_400_000,
  };
}

export async function benchSoak(): Promise<BenchRow[]> {
  const storage = new QuotaStorage();
  let clock = Date.UTC(2026, 10, 23, 8);
  const recordStore = new RecordStore({
    storage: storage.adapter,
    flushDelayMs: 60_000,
    retryDelayMs: 60_000,
    onStored: () => {},
    now: () => clock,
  });
  const flushMs: number[] = [];
  const failedSaves: string[] = [];
  const started = performance.now();
  for (let portal = 0; portal < portals; portal++) {
    const host = hostOf(portal);
    clock += 60_000;
    const page = `https://${host}/explore/dataset/jeu-${portal}/table/?q=arbres`;
    for (let index = 0; index < cookiesPerPortal; index++) {
      await recordStore.update(
        host,
        sightingChange(observation(host, index, clock), 'set-cookie-header', clock + index, {
          page,
          response: `https://${host}/api/explore/v2.1/records`,
        }),
      );
    }
    const before = performance.now();
    await recordStore.flush();
    flushMs.push(performance.now() - before);
    if (
      recordStore.noticesOf(host).some((notice) => notice.kind === 'storage-error') ||
      !storage.items.has(storageKeyOf(host))
    )
      failedSaves.push(host);
  }
  const totalMs = performance.now() - started;
  const { storedBytes: recordsBytes, portals: kept } = await recordStore.storageUse();
  const last = readPortalRecord(
    lastPortal,
    JSON.parse(storage.items.get(storageKeyOf(lastPortal))?.json ?? 'null'),
  ).record;
  const lastCookies = Object.keys(last.cookies).length;

  const rows: BenchRow[] = [
    {
      group: 'soak',
      name: `${portals} portals × ${cookiesPerPortal.toLocaleString('en')} cookies recorded: saving`,
      result: `${failedSaves.length} failed save(s), ${kept} portals kept (${(recordsBytes / 1_048_576).toFixed(1)} MB), ${portals - kept} dropped whole; the last holds ${lastCookies} cookies; ${storage.refused} write(s) refused by the quota`,
      figures: {
        portals,
        cookiesPerPortal,
        failedSaves: failedSaves.length,
        keptPortals: kept,
        droppedPortals: portals - kept,
        storedBytes: recordsBytes,
        storageUsedBytes: storage.used,
        quotaRefusals: storage.refused,
        lastPortalCookies: lastCookies,
      },
      budget: {
        limit: `every save succeeds, ≤ ${STORAGE_BUDGET_BYTES / 1_048_576} MB`,
        met: failedSaves.length === 0 && recordsBytes <= STORAGE_BUDGET_BYTES && lastCookies === MAX_COOKIES_PER_PORTAL,
      },
    },
    {
      group: 'soak',
      name: 'time per portal write (capping, measuring, dropping, writing)',
      result: `median ${formatMs(median(flushMs))}, p99 ${formatMs(percentile(flushMs, 99))}; whole soak ${formatMs(totalMs)}`,
      figures: { medianMs: median(flushMs), p99Ms: percentile(flushMs, 99), totalMs },
    },
  ];

  const portal = await startPortal();
  try {
    const session = await launchChromiumSession(portal, extensionDir);
    try {
      const worker = await session.worker();
      const items = Object.fromEntries([...storage.items].map(([key, { json }]) => [key, JSON.parse(json) as unknown]));
      await worker.evaluate(
        (seeded) =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
          ).chrome.storage.local.set(seeded),
        items,
      );
      const { timings } = await timePopupOpenings(session, lastPortal, 10);
      const fromStart = timings.flatMap((timing) =>
        timing.state === 'portal' && timing.fromScriptStartMs !== null ? [timing.fromScriptStartMs] : [],
      );
      if (fromStart.length !== timings.length)
        throw new Error(
          `The popup did not show the portal after the soak (${timings.map((timing) => timing.state).join(', ')}).`,
        );
      const medianMs = median(fromStart);
      rows.push({
        group: 'soak',
        name: `popup first render after the soak, ${lastPortal} with ${lastCookies} cookies, ${timings.length} openings`,
        result: `median ${formatMs(medianMs)} (max ${formatMs(Math.max(...fromStart))}) from the popup script's start`,
        figures: { cookies: lastCookies, openings: timings.length, medianMs, maxMs: Math.max(...fromStart) },
        budget: { limit: `${budgets.soakPopupFirstRenderMs} ms`, met: medianMs < budgets.soakPopupFirstRenderMs },
      });
    } finally {
      await session.close();
    }
  } finally {
    await portal.close();
  }
  return rows;
}
