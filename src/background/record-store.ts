import { emptyPortalRecord, type PortalRecord } from '../core/record/portal-record.ts';
import { capRecord } from '../core/record/record-cap.ts';
import {
  emptyRecordsIndex,
  portalsOverBudget,
  totalBytes,
  withDropped,
  type RecordsIndex,
} from '../core/record/storage-budget.ts';
import type { Notice } from '../core/report/tab-state.ts';
import type { Storage } from '../adapters/storage.ts';

export interface RecordStoreOptions {
  storage: Pick<
    Storage,
    'loadPortalRecord' | 'savePortalRecord' | 'removePortalRecord' | 'loadRecordsIndex' | 'saveRecordsIndex'
  >;
  /** How long changes gather before one storage write. */
  flushDelayMs: number;
  /** After a failed write, when to try again. */
  retryDelayMs: number;
  /** Told which portals changed once their changes are safely stored. */
  onStored: (hosts: string[]) => void;
  /** The clock of visits (Date.now unless a test sets it). */
  now?: () => number;
}

/**
 * Keeps each portal's record in memory and writes changes to storage in batches.
 * Each portal is loaded once; every change waits for that one load and then applies synchronously,
 * so events that arrive together are applied in order and none is lost (a get-modify-set per event loses some).
 */
export class RecordStore {
  private readonly records = new Map<string, Promise<PortalRecord>>();
  private readonly notices = new Map<string, Notice[]>();
  private readonly dirty = new Set<string>();
  /** Portals whose stored record could not be read: kept in memory only. */
  private readonly unreadable = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** What each stored record takes: loaded once, kept up to date by each write. */
  private index: Promise<RecordsIndex> | undefined;
  /** How many rounds of storage writes were made (one per flush): the benchmark checks that they are batched. */
  storageWrites = 0;
  private readonly now: () => number;

  constructor(private readonly options: RecordStoreOptions) {
    this.now = options.now ?? Date.now;
  }

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
    if (!change(record)) return;
    record.visitedAt = this.now();
    this.markDirty(host);
  }

  /** Forgets what was recorded for a portal, keeping its charter. */
  async clear(host: string): Promise<void> {
    const charter = (await this.record(host)).charter;
    this.records.set(host, Promise.resolve({ ...emptyPortalRecord(host), charter, visitedAt: this.now() }));
    // The user asked for a fresh record: it may replace one that could not be read, or one dropped for room.
    this.unreadable.delete(host);
    delete (await this.recordsIndex()).dropped[host];
    this.markDirty(host);
    await this.flush();
  }

  private markDirty(host: string): void {
    this.dirty.add(host);
    this.flushTimer ??= setTimeout(() => void this.flush(), this.options.flushDelayMs);
  }

  private recordsIndex(): Promise<RecordsIndex> {
    this.index ??= this.options.storage.loadRecordsIndex().catch(() => emptyRecordsIndex());
    return this.index;
  }

  /**
   * Writes every pending change: each portal's record capped (record-cap.ts) and written on its own, so that one
   * that cannot be written never holds back another; when all records together would pass the storage budget,
   * the least recently visited portals are dropped whole first, and remembered so that their popup says so.
   */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const hosts = [...this.dirty].filter((host) => !this.unreadable.has(host));
    if (hosts.length === 0) return;
    for (const host of hosts) this.dirty.delete(host);
    const records = await Promise.all(hosts.map((host) => this.record(host)));
    let index = await this.recordsIndex();
    const sizes = new Map(records.map((record) => [record.host, capRecord(record)]));
    for (const record of records)
      index.portals[record.host] = { bytes: sizes.get(record.host) ?? 0, visitedAt: record.visitedAt };
    const over = portalsOverBudget(index);
    if (over.length > 0) {
      await Promise.allSettled(over.map((host) => this.options.storage.removePortalRecord(host)));
      for (const host of over) this.forget(host);
      index = withDropped(index, over, this.now());
      this.index = Promise.resolve(index);
    }
    this.storageWrites++;
    const toWrite = records.filter((record) => !over.includes(record.host));
    const results = await Promise.allSettled(toWrite.map((record) => this.options.storage.savePortalRecord(record)));
    results.forEach((result, position) => {
      const host = toWrite[position]!.host;
      if (result.status === 'fulfilled') {
        this.removeNotice(host, 'storage-error');
        return;
      }
      // Kept in memory and tried again: a full or failing storage must not cost what was seen.
      this.dirty.add(host);
      const usage = {
        recordBytes: sizes.get(host) ?? 0,
        storedBytes: totalBytes(index),
        portals: Object.keys(index.portals).length,
      };
      this.addNotice(host, { kind: 'storage-error', message: errorMessage(result.reason), ...usage });
      this.flushTimer ??= setTimeout(() => void this.flush(), this.options.retryDelayMs);
    });
    // Small, and rebuilt from the records if it is ever lost: a failed write of it is tried again with the next.
    await this.options.storage.saveRecordsIndex(index).catch(() => undefined);
    this.options.onStored(hosts);
  }

  /** When a portal's record was dropped to stay within the storage budget, if it was. */
  async droppedAt(host: string): Promise<number | null> {
    return (await this.recordsIndex()).dropped[host] ?? null;
  }

  /** Storage use of all portals' records, for the options page. */
  async storageUse(): Promise<{ storedBytes: number; portals: number }> {
    const index = await this.recordsIndex();
    return { storedBytes: totalBytes(index), portals: Object.keys(index.portals).length };
  }

  private forget(host: string): void {
    this.records.delete(host);
    this.dirty.delete(host);
    this.notices.delete(host);
  }

  private addNotice(host: string, notice: Notice): void {
    const others = this.noticesOf(host).filter((existing) => existing.kind !== notice.kind);
    this.notices.set(host, [...others, notice]);
  }

  private removeNotice(host: string, kind: Notice['kind']): void {
    this.notices.set(
      host,
      this.noticesOf(host).filter((notice) => notice.kind !== kind),
    );
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
