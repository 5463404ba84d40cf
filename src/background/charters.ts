import { readPortalCharter, type PageFetcher } from '../core/charter/read.ts';
import { storableCharter } from '../core/record/record-cap.ts';
import type { RecordStore } from './record-store.ts';

export interface CharterDeps {
  recordStore: RecordStore;
  fetchPage: PageFetcher;
  now: () => number;
  /** Told when a portal's charter was read and stored. */
  onRead: (host: string) => void;
  /** Hosts the user added as portals: their charter may be fetched wherever they are (localhost, a port…). */
  userAddedHosts: () => Promise<readonly string[]>;
}

/** A portal's own charter is read again after a day; a failed read (standard charter in use) after ten minutes. */
const portalCharterMaxAgeMs = 24 * 60 * 60 * 1000;
const fallbackMaxAgeMs = 10 * 60 * 1000;

/** Reads each portal's charter once at a time, and again only when what is kept is old. */
export class CharterReader {
  private readonly reading = new Map<string, Promise<void>>();

  constructor(private readonly deps: CharterDeps) {}

  /** Reads the charter unless a recent enough one is kept. */
  async ensureFresh(host: string, origin: string): Promise<void> {
    const charter = (await this.deps.recordStore.record(host)).charter;
    const maxAge = charter?.source.kind === 'portal' ? portalCharterMaxAgeMs : fallbackMaxAgeMs;
    if (charter && this.deps.now() - charter.source.readAt < maxAge) return;
    await this.read(host, origin);
  }

  /** Reads the charter now (the popup's readCharter request); joins a read already under way. */
  read(host: string, origin: string): Promise<void> {
    const already = this.reading.get(host);
    if (already) return already;
    const reading: Promise<void> = this.deps
      .userAddedHosts()
      .then((userAddedHosts) => readPortalCharter(origin, this.deps.fetchPage, this.deps.now, userAddedHosts))
      .then(async (charter) => {
        await this.deps.recordStore.update(host, (record) => {
          record.charter = storableCharter(charter);
          return true;
        });
        await this.deps.recordStore.flush();
        this.deps.onRead(host);
      })
      .finally(() => this.reading.delete(host));
    this.reading.set(host, reading);
    return reading;
  }
}
