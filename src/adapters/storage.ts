import browser from 'webextension-polyfill';
import { defaultPortalSettings, type PortalSettings } from '../core/portal/settings.ts';
import {
  hostOfStorageKey,
  readPortalRecord,
  storageKeyOf,
  type PortalRecord,
  type ReadResult,
} from '../core/record/portal-record.ts';
import { storedBytes } from '../core/record/stored-bytes.ts';
import { emptyRecordsIndex, readRecordsIndex, type RecordsIndex } from '../core/record/storage-budget.ts';

const settingsKey = 'settings';
const recordsIndexKey = 'records-index';

/** Every read and write of storage.local goes through here, typed. */
export const storage = {
  async loadPortalRecord(host: string): Promise<ReadResult> {
    const key = storageKeyOf(host);
    const stored = await browser.storage.local.get(key);
    return readPortalRecord(host, stored[key]);
  },

  /** One portal's record, written on its own: a record that cannot be written never holds back another. */
  async savePortalRecord(record: PortalRecord): Promise<void> {
    await browser.storage.local.set({ [storageKeyOf(record.host)]: record });
  },

  /** Every portal with a stored record (read on install and update, to migrate them). */
  async storedPortalHosts(): Promise<string[]> {
    return Object.keys(await browser.storage.local.get(null)).flatMap((key) => hostOfStorageKey(key) ?? []);
  },

  async removePortalRecord(host: string): Promise<void> {
    await browser.storage.local.remove(storageKeyOf(host));
  },

  /**
   * What each stored record takes and when its portal was last visited. Without a readable index (first start
   * after an update, or a damaged one), every record is read once and measured.
   */
  async loadRecordsIndex(): Promise<RecordsIndex> {
    const index = readRecordsIndex((await browser.storage.local.get(recordsIndexKey))[recordsIndexKey]);
    if (index) return index;
    const measured = emptyRecordsIndex();
    for (const [key, value] of Object.entries(await browser.storage.local.get(null))) {
      const host = hostOfStorageKey(key);
      if (host !== null)
        measured.portals[host] = {
          bytes: storedBytes(key, value),
          visitedAt: readPortalRecord(host, value).record.visitedAt,
        };
    }
    return measured;
  },

  async saveRecordsIndex(index: RecordsIndex): Promise<void> {
    await browser.storage.local.set({ [recordsIndexKey]: index });
  },

  async loadSettings(): Promise<PortalSettings> {
    const stored = (await browser.storage.local.get(settingsKey))[settingsKey] as Partial<PortalSettings> | undefined;
    const hosts = (value: unknown) =>
      Array.isArray(value) ? value.filter((host): host is string => typeof host === 'string') : [];
    if (!stored) return defaultPortalSettings;
    const settings: PortalSettings = { addedHosts: hosts(stored.addedHosts), removedHosts: hosts(stored.removedHosts) };
    const treated = hosts(stored.treatedAsPortalHosts);
    return treated.length > 0 ? { ...settings, treatedAsPortalHosts: treated } : settings;
  },

  async saveSettings(settings: PortalSettings): Promise<void> {
    await browser.storage.local.set({ [settingsKey]: settings });
  },
};

export type Storage = typeof storage;
