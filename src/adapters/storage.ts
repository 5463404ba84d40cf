import browser from 'webextension-polyfill';
import { defaultPortalSettings, type PortalSettings } from '../core/portal/settings.ts';
import { hostOfStorageKey, readPortalRecord, storageKeyOf, type PortalRecord, type ReadResult } from '../core/record/portal-record.ts';

const settingsKey = 'settings';

/** Every read and write of storage.local goes through here, typed. */
export const storage = {
  async loadPortalRecord(host: string): Promise<ReadResult> {
    const key = storageKeyOf(host);
    const stored = await browser.storage.local.get(key);
    return readPortalRecord(host, stored[key]);
  },

  /** One write for many portals: the recorder batches its changes into it. */
  async savePortalRecords(records: readonly PortalRecord[]): Promise<void> {
    await browser.storage.local.set(Object.fromEntries(records.map((record) => [storageKeyOf(record.host), record])));
  },

  /** Every portal with a stored record (read on install and update, to migrate them). */
  async storedPortalHosts(): Promise<string[]> {
    return Object.keys(await browser.storage.local.get(null)).flatMap((key) => hostOfStorageKey(key) ?? []);
  },

  async removePortalRecord(host: string): Promise<void> {
    await browser.storage.local.remove(storageKeyOf(host));
  },

  async loadSettings(): Promise<PortalSettings> {
    const stored = (await browser.storage.local.get(settingsKey))[settingsKey] as Partial<PortalSettings> | undefined;
    const hosts = (value: unknown) => (Array.isArray(value) ? value.filter((host): host is string => typeof host === 'string') : []);
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
