import { enforceCookieCap } from '../core/record/cookie-cap.ts';
import { emptyPortalRecord, type PortalRecord } from '../core/record/portal-record.ts';
import type { Notice } from '../core/report/tab-state.ts';
import type { Storage } from '../adapters/storage.ts';

export interface RecorderOptions {
  storage: Pick<Storage, 'loadPortalRecord' | 'savePortalRecords' | 'removePortalRecord'>;
  /** How long changes gather before one storage write. */
  flushDelayMs: number;
  /** After a failed write, when to try again. */
  retryDelayMs: number;
  /** Told which portals changed once their changes are safely stored. */
  onStored: (hosts: string[]) => void;
}

/**
 * Keeps each portal's record in memory and writes changes to storage in batches.
 * Each portal is loaded once; every change waits for that one load and then applies synchronously,
 * so events that arrive together are applied in order and none is lost (a get-modify-set per event loses some).
 */
export class PortalRecorder {
  private readonly records = new Map<string, Promise<PortalRecord>>();
  private readonly notices = new Map<string, Notice[]>();
  private readonly dirty = new Set<string>();
  /** Portals whose stored record could not be read: kept in memory only. */
  private readonly unreadable = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** How many storage writes were made: the benchmark checks that they are batched. */
  storageWrites = 0;

  constructor(private readonly options: RecorderOptions) {}

  record(host: string): Promise<PortalRecord> {
    let record = this.records.get(host);
    if (!record) {
      record = this.options.storage.loadPortalRecord(host).then(
        ({ record: loaded, droppedEntries, rewrite }) => {
          if (droppedEntries > 0) this.addNotice(host, { kind: 'damaged-record', droppedEntries });
          // An old shape, or a repaired one, is written back (once) as it now reads.
          if (rewrite) this.markDirty(host);
          return loaded;
        },
        (error: unknown) => {
          // What storage holds may be intact: it is never overwritten by what this session alone saw.
          this.unreadable.add(host);
          this.addNotice(host, { kind: 'storage-read-error', message: errorMessage(error) });
          return emptyPortalRecord(host);
        },
      );
      this.records.set(host, record);
    }
    return record;
  }

  /** Portals already loaded in memory: a cookie event may concern one of them. */
  loadedHosts(): string[] {
    return [...this.records.keys()];
  }

  noticesOf(host: string): Notice[] {
    return this.notices.get(host) ?? [];
  }

  /** Applies a change; `change` returns false when it changed nothing, so that nothing is written. */
  async update(host: string, change: (record: PortalRecord) => boolean): Promise<void> {
    const record = await this.record(host);
    if (change(record)) this.markDirty(host);
  }

  /** Forgets what was recorded for a portal, keeping its charter. */
  async clear(host: string): Promise<void> {
    const charter = (await this.record(host)).charter;
    this.records.set(host, Promise.resolve({ ...emptyPortalRecord(host), charter }));
    // The user asked for a fresh record: it may replace one that could not be read.
    this.unreadable.delete(host);
    this.markDirty(host);
    await this.flush();
  }

  private markDirty(host: string): void {
    this.dirty.add(host);
    this.flushTimer ??= setTimeout(() => void this.flush(), this.options.flushDelayMs);
  }

  /** Writes every pending change in one storage call. */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const hosts = [...this.dirty].filter((host) => !this.unreadable.has(host));
    if (hosts.length === 0) return;
    for (const host of hosts) this.dirty.delete(host);
    const records = await Promise.all(hosts.map((host) => this.record(host)));
    // Once per write rather than per event: what one portal keeps stays bounded at no cost to each event.
    for (const record of records) enforceCookieCap(record);
    try {
      this.storageWrites++;
      await this.options.storage.savePortalRecords(records);
      for (const host of hosts) this.removeNotice(host, 'storage-error');
      this.options.onStored(hosts);
    } catch (error) {
      // Kept in memory and tried again: a full or failing storage must not cost what was seen.
      for (const host of hosts) {
        this.dirty.add(host);
        this.addNotice(host, { kind: 'storage-error', message: errorMessage(error) });
      }
      this.options.onStored(hosts);
      this.flushTimer ??= setTimeout(() => void this.flush(), this.options.retryDelayMs);
    }
  }

  private addNotice(host: string, notice: Notice): void {
    const others = this.noticesOf(host).filter((existing) => existing.kind !== notice.kind);
    this.notices.set(host, [...others, notice]);
  }

  private removeNotice(host: string, kind: Notice['kind']): void {
    this.notices.set(host, this.noticesOf(host).filter((notice) => notice.kind !== kind));
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
