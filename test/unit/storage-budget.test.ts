/**
 * Issue 12, attack 1: one page must never stop every save. Each portal's record is written on its own and capped
 * in bytes; all records together stay within a budget, the least recently visited portal giving way whole.
 * The fake storage refuses, as Chrome does, a write past 10 MB (test/support/fake-browser.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storage } from '../../src/adapters/storage.ts';
import { RecordStore } from '../../src/background/record-store.ts';
import { sightingChange } from '../../src/core/record/cookie-changes.ts';
import { latestVersion } from '../../src/core/record/migrations.ts';
import { readPortalRecord, type PortalRecord } from '../../src/core/record/portal-record.ts';
import { MAX_RECORD_BYTES } from '../../src/core/record/record-cap.ts';
import { STORAGE_BUDGET_BYTES } from '../../src/core/record/storage-budget.ts';
import { MAX_KEPT_URL_LENGTH } from '../../src/core/url/kept-url.ts';
import { cookieObservation, keptCookie } from '../support/kept-cookie.ts';
import { fakeBrowser } from '../support/fake-browser.ts';

const FLOOD = 'data.flood.example';
const NORMAL = 'data.montreuil.fr';
const SECRET_PATH = `/${'s3cr3t'.repeat(3400)}`; // a 20 KB path

let clock = Date.UTC(2026, 10, 23, 14);
const createRecordStore = () =>
  new RecordStore({ storage, flushDelayMs: 250, retryDelayMs: 1000, onStored: () => {}, now: () => clock });
const stored = async (host: string) =>
  (await fakeBrowser.storage.local.get(`portal:${host}`))[`portal:${host}`] as PortalRecord | undefined;

/** What the flooding page does: 1,000 cookies, each seen on its 20 KB page and set by a response of that page. */
async function flood(recordStore: RecordStore, host = FLOOD, names = 1000): Promise<void> {
  const page = `https://${host}${SECRET_PATH};jsessionid=ABC?token=t0k3n#frag`;
  for (let index = 0; index < names; index++) {
    await recordStore.update(
      host,
      sightingChange(cookieObservation(`flood_${index}`.padEnd(200, 'x'), host), 'set-cookie-header', clock + index, {
        page,
        response: page,
      }),
    );
  }
}

describe('one page cannot stop every save', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a flooding portal is capped and saved, and a normal portal visited next is saved too', async () => {
    const recordStore = createRecordStore();
    await flood(recordStore);
    await vi.advanceTimersByTimeAsync(300);
    await recordStore.update(NORMAL, sightingChange(cookieObservation('sessionid', NORMAL), 'cookie-event', clock));
    await vi.advanceTimersByTimeAsync(300);

    expect(recordStore.noticesOf(NORMAL)).toEqual([]);
    expect(recordStore.noticesOf(FLOOD)).toEqual([]);
    expect(Object.values((await stored(NORMAL))?.cookies ?? {}).map(({ name }) => name)).toEqual(['sessionid']);
    const flooded = await stored(FLOOD);
    expect(Object.keys(flooded?.cookies ?? {})).toHaveLength(1000);
    expect(JSON.stringify(flooded).length).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    for (const cookie of Object.values(flooded?.cookies ?? {})) {
      expect(cookie.firstPage?.length).toBeLessThanOrEqual(MAX_KEPT_URL_LENGTH);
      expect(cookie.firstPage).not.toMatch(/jsessionid|token|frag/);
    }
  });

  it('a record that cannot be written holds back no other, and its notice says what it takes', async () => {
    const recordStore = createRecordStore();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (`portal:${FLOOD}` in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await flood(recordStore, FLOOD, 10);
    await recordStore.update(NORMAL, sightingChange(cookieObservation('sessionid', NORMAL), 'cookie-event', clock));
    await vi.advanceTimersByTimeAsync(300);
    expect(await stored(NORMAL)).toBeDefined();
    expect(await stored(FLOOD)).toBeUndefined();
    expect(recordStore.noticesOf(NORMAL)).toEqual([]);
    expect(recordStore.noticesOf(FLOOD)).toEqual([
      {
        kind: 'storage-error',
        message: 'QUOTA_BYTES quota exceeded',
        recordBytes: expect.any(Number),
        storedBytes: expect.any(Number),
        portals: 2,
      },
    ]);
  });

  it('keeps all records within the budget, dropping the least recently visited portal whole, and says so', async () => {
    const recordStore = createRecordStore();
    const hosts = Array.from({ length: 12 }, (_, index) => `data.portail-${index}.example`);
    for (const host of hosts) {
      clock += 60_000;
      await flood(recordStore, host);
      await vi.advanceTimersByTimeAsync(300);
    }
    const { storedBytes, portals } = await recordStore.storageUse();
    expect(storedBytes).toBeLessThanOrEqual(STORAGE_BUDGET_BYTES);
    const all = await fakeBrowser.storage.local.get(null);
    const kept = hosts.filter((host) => `portal:${host}` in all);
    expect(kept).toHaveLength(portals);
    // The first visited went first; the latest are all kept.
    expect(kept).toEqual(hosts.slice(hosts.length - kept.length));
    expect(await recordStore.droppedAt(hosts[0]!)).toBeGreaterThan(0);
    expect(await recordStore.droppedAt(hosts.at(-1)!)).toBeNull();

    // Seen again after a restart: the index was kept, and the record starts afresh.
    const restarted = createRecordStore();
    expect(await restarted.droppedAt(hosts[0]!)).toBeGreaterThan(0);
    expect((await restarted.record(hosts[0]!)).cookies).toEqual({});
    // 12,000 cookies recorded and 10 MB of storage measured at each write: seconds on a shared machine.
  }, 60_000);
});

describe('migration to version 4', () => {
  it('dates the last visit from the latest sighting and keeps every address as keptUrl does', () => {
    const version3 = {
      version: 3,
      host: NORMAL,
      cookies: {
        a: {
          ...keptCookie('a', 5),
          lastSeen: 50,
          firstPage: `https://${NORMAL}/page;jsessionid=ABC?q=1`,
          setByResponse: `https://${NORMAL}/${'chemin-'.repeat(3000)}`,
        },
        b: { ...keptCookie('b', 7), lastSeen: 70 },
      },
      charter: null,
      droppedCookies: { count: 0, lastAt: null },
      audit: null,
      pastAudits: [],
      consent: null,
    };
    const { record, rewrite } = readPortalRecord(NORMAL, version3);
    expect(rewrite).toBe(true);
    expect(record.version).toBe(latestVersion);
    expect(record.visitedAt).toBe(70);
    expect(record.cookies.a?.firstPage).toBe(`https://${NORMAL}/page`);
    expect(record.cookies.a?.setByResponse?.length).toBe(MAX_KEPT_URL_LENGTH);
  });

  it('builds the index of sizes from the stored records when there is none', async () => {
    await fakeBrowser.storage.local.set({
      [`portal:${NORMAL}`]: { version: 3, host: NORMAL, cookies: { a: { ...keptCookie('a', 5), lastSeen: 50 } } },
    });
    const index = await storage.loadRecordsIndex();
    expect(index.portals[NORMAL]).toEqual({ bytes: expect.any(Number), visitedAt: 50 });
    expect(index.portals[NORMAL]?.bytes).toBeGreaterThan(100);
  });
});
