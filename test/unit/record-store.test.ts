import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storage } from '../../src/adapters/storage.ts';
import { RecordStore } from '../../src/background/record-store.ts';
import { removalChange, sightingChange } from '../../src/core/record/cookie-changes.ts';
import { fakeBrowser } from '../support/fake-browser.ts';
import { cookieObservation } from '../support/kept-cookie.ts';

/** The storage writes of portal records (each record is written on its own, the index of their sizes after them). */
const recordWrites = (set: { mock: { calls: [Record<string, unknown>][] } }) =>
  set.mock.calls.filter(([items]) => Object.keys(items).some((key) => key.startsWith('portal:')));

function createRecordStore(onStored = (_hosts: string[]) => {}) {
  return new RecordStore({ storage, flushDelayMs: 250, retryDelayMs: 1000, onStored });
}

describe('the recordStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('applies a burst of events in order, loses none, and writes them in one batch', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const recordStore = createRecordStore();
    await Promise.all(
      Array.from({ length: 500 }, (_, index) =>
        recordStore.update('data.montreuil.fr', sightingChange(cookieObservation(`c${index}`), 'cookie-event', index)),
      ),
    );
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(recordWrites(set)).toHaveLength(1);
    expect(recordStore.storageWrites).toBe(1);
    const restarted = createRecordStore();
    expect(Object.keys((await restarted.record('data.montreuil.fr')).cookies)).toHaveLength(500);
  });

  it('keeps a removed cookie, marked removed, and forgets a removal of a cookie it never saw', async () => {
    const recordStore = createRecordStore();
    await recordStore.update('data.montreuil.fr', sightingChange(cookieObservation('csrftoken'), 'cookie-event', 10));
    await recordStore.update('data.montreuil.fr', removalChange(cookieObservation('csrftoken'), 20));
    await recordStore.update('data.montreuil.fr', removalChange(cookieObservation('never-seen'), 30));
    const cookies = Object.values((await recordStore.record('data.montreuil.fr')).cookies);
    expect(cookies.map((cookie) => [cookie.name, cookie.removedAt])).toEqual([['csrftoken', 20]]);
  });

  it('keeps what it saw in memory and says so when storage is full, then writes it when it can', async () => {
    const stored: string[][] = [];
    const recordStore = createRecordStore((hosts) => stored.push(hosts));
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await recordStore.update('data.montreuil.fr', sightingChange(cookieObservation('sessionid'), 'cookie-event', 1));
    await vi.advanceTimersByTimeAsync(300);
    expect(recordStore.noticesOf('data.montreuil.fr')).toEqual([
      expect.objectContaining({ kind: 'storage-error', message: 'QUOTA_BYTES quota exceeded' }),
    ]);
    await vi.advanceTimersByTimeAsync(1100);
    expect(recordWrites(set)).toHaveLength(2);
    expect(recordStore.noticesOf('data.montreuil.fr')).toEqual([]);
    expect(Object.keys((await createRecordStore().record('data.montreuil.fr')).cookies)).toHaveLength(1);
  });

  it('reads a damaged record, keeping every readable cookie and saying how many were dropped', async () => {
    await fakeBrowser.storage.local.set({
      'portal:data.montreuil.fr': {
        version: 1,
        host: 'data.montreuil.fr',
        charter: null,
        cookies: { good: { name: 'a', domain: 'd', path: '/', firstSeen: 1, lastSeen: 1, seenBy: [] }, bad: 42 },
      },
    });
    const recordStore = createRecordStore();
    expect(Object.keys((await recordStore.record('data.montreuil.fr')).cookies)).toEqual(['good']);
    expect(recordStore.noticesOf('data.montreuil.fr')).toEqual([{ kind: 'damaged-record', droppedEntries: 1 }]);
  });

  it('clears one portal and keeps its charter and the other portals', async () => {
    const recordStore = createRecordStore();
    await recordStore.update('data.montreuil.fr', sightingChange(cookieObservation('a'), 'cookie-event', 1));
    await recordStore.update(
      'data.orleans-metropole.fr',
      sightingChange(cookieObservation('b', 'data.orleans-metropole.fr'), 'cookie-event', 1),
    );
    await recordStore.clear('data.montreuil.fr');
    await vi.advanceTimersByTimeAsync(300);
    const restarted = createRecordStore();
    expect((await restarted.record('data.montreuil.fr')).cookies).toEqual({});
    expect(Object.keys((await restarted.record('data.orleans-metropole.fr')).cookies)).toHaveLength(1);
  });
});
