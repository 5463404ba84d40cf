/**
 * On install and update, the background reads every stored portal record once: those of an older shape are
 * migrated and written back, the others are left untouched (no write at all when nothing changed).
 */
import { describe, expect, it, vi } from 'vitest';
import { latestVersion } from '../../src/core/record/migrations.ts';
import { emptyPortalRecord } from '../../src/core/record/portal-record.ts';
import { fakeBrowser } from '../support/fake-browser.ts';

describe('the background on install and update', () => {
  it('migrates the stored records of an older shape, and writes only those', async () => {
    const current = emptyPortalRecord('data.orleans-metropole.fr');
    await fakeBrowser.storage.local.set({
      settings: { addedHosts: [], removedHosts: [] },
      'portal:data.montreuil.fr': { version: 1, host: 'data.montreuil.fr', cookies: {}, charter: null },
      'portal:data.orleans-metropole.fr': current,
    });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await import('../../src/background/index.ts');

    await Promise.all(fakeBrowser.runtime.onInstalled.emit({ reason: 'update' } as never));
    await vi.waitFor(() => expect(set).toHaveBeenCalled(), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 400));

    // Each record is written on its own; the index of their sizes is written too.
    const written = set.mock.calls.flatMap(([items]) => Object.keys(items));
    expect(written.filter((key) => key.startsWith('portal:'))).toEqual(['portal:data.montreuil.fr']);
    expect(written).toContain('records-index');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['portal:data.montreuil.fr']).toMatchObject({
      version: latestVersion,
      droppedCookies: { count: 0, lastAt: null },
    });
    expect(stored['portal:data.orleans-metropole.fr']).toEqual(current);
  });
});
