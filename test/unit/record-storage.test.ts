/**
 * What storage holds for a portal: versioned and migrated, read back exactly as saved, repaired when damaged,
 * capped when a page sets thousands of cookies; and the recordStore never writes over a record it could not read.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storage } from '../../src/adapters/storage.ts';
import { RecordStore } from '../../src/background/record-store.ts';
import { sightingChange } from '../../src/core/record/cookie-changes.ts';
import type { CharterFallbackReason, DeclaredCookie } from '../../src/core/charter/types.ts';
import type { KeptCookie } from '../../src/core/cookies/types.ts';
import { MAX_COOKIES_PER_PORTAL } from '../../src/core/record/cookie-cap.ts';
import { capRecord, MAX_AUDIT_PHASES, MAX_RECORD_BYTES } from '../../src/core/record/record-cap.ts';
import { storedBytes } from '../../src/core/record/stored-bytes.ts';
import { latestVersion, migrateRecord, migrations } from '../../src/core/record/migrations.ts';
import { emptyPortalRecord, readPortalRecord, type PortalRecord } from '../../src/core/record/portal-record.ts';
import { cookieObservation, keptCookie } from '../support/kept-cookie.ts';
import { fakeBrowser } from '../support/fake-browser.ts';
import type { Audit } from '../../src/core/audit/audit.ts';
import { portalState, reportContext } from '../support/report-knowledge.ts';

const HOST = 'data.montreuil.fr';

// ---- Arbitrary records, as the recordStore and the charter reader write them ----

const text = fc.string({ maxLength: 40 });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const anyCookie: fc.Arbitrary<KeptCookie> = fc.record({
  name: fc.string({ unit: 'grapheme', maxLength: 30 }),
  domain: fc.domain(),
  hostOnly: fc.boolean(),
  path: text.map((path) => `/${path}`),
  secure: fc.boolean(),
  httpOnly: fc.boolean(),
  sameSite: fc.constantFrom('strict', 'lax', 'none', 'unspecified'),
  partitionKey: fc.option(fc.webUrl({ withQueryParameters: false, withFragments: false }), { nil: null }),
  expiresAt: fc.option(time, { nil: null }),
  party: fc.constantFrom('first', 'third'),
  firstSeen: time,
  lastSeen: time,
  setAt: time,
  removedAt: fc.option(time, { nil: null }),
  requestedLifetimeMs: fc.option(fc.nat(), { nil: null }),
  seenBy: fc.uniqueArray(fc.constantFrom('cookie-event', 'inventory', 'set-cookie-header'), { maxLength: 3 }),
  firstPage: fc.option(fc.webUrl({ withQueryParameters: false, withFragments: false }), { nil: null }),
  setByResponse: fc.option(fc.webUrl({ withQueryParameters: false, withFragments: false }), { nil: null }),
  firstExpiresAt: fc.option(time, { nil: null }),
  expiryExtensions: fc.nat({ max: 1000 }),
});
const declaredCookie: fc.Arbitrary<DeclaredCookie> = fc.record({
  name: text,
  match: fc.constantFrom('exact', 'prefix'),
  provider: fc.option(text, { nil: null }),
  service: fc.option(text, { nil: null }),
  purpose: fc.option(text, { nil: null }),
  duration: fc.option(text, { nil: null }),
  category: fc.option(text, { nil: null }),
});
const reason: fc.Arbitrary<CharterFallbackReason> = fc.oneof(
  fc.record({ kind: fc.constant('network-error' as const), url: fc.webUrl(), message: text }),
  fc.record({ kind: fc.constant('timeout' as const), url: fc.webUrl(), timeoutMs: fc.nat() }),
  fc.record(
    { kind: fc.constant('http-error' as const), url: fc.webUrl(), status: fc.integer({ min: 400, max: 599 }) },
    { requiredKeys: ['kind', 'url', 'status'] },
  ),
  fc.record(
    {
      kind: fc.constant('no-cookie-column' as const),
      url: fc.webUrl(),
      columns: fc.array(text, { maxLength: 4 }),
      redirectedFrom: fc.webUrl(),
    },
    { requiredKeys: ['kind', 'url', 'columns'] },
  ),
  fc.constant({ kind: 'not-read-yet' as const }),
);
const audit: fc.Arbitrary<Audit> = fc.record({
  startedAt: time,
  endedAt: fc.option(time, { nil: null }),
  phases: fc.array(
    fc.record({
      at: time,
      phase: fc.constantFrom('before-choice', 'after-accept', 'after-refusal'),
      by: fc.constantFrom('start', 'consent', 'user'),
    }),
    {
      maxLength: 4,
    },
  ),
});
const portalRecord: fc.Arbitrary<PortalRecord> = fc.record({
  version: fc.constant(latestVersion),
  host: fc.constant(HOST),
  cookies: fc.dictionary(
    fc.string({ minLength: 1, maxLength: 20 }).filter((key) => key !== '__proto__'),
    anyCookie,
    { maxKeys: 8 },
  ),
  charter: fc.option(
    fc.record({
      declared: fc.array(declaredCookie, { maxLength: 5 }),
      source: fc.oneof(
        fc.record(
          {
            kind: fc.constant('portal' as const),
            url: fc.webUrl(),
            readAt: time,
            redirectedFrom: fc.webUrl(),
            omittedLines: fc.nat(),
          },
          { requiredKeys: ['kind', 'url', 'readAt'] },
        ),
        fc.record({ kind: fc.constant('standard' as const), reason, readAt: time }),
      ),
    }),
    { nil: null },
  ),
  droppedCookies: fc.record({ count: fc.nat(), lastAt: fc.option(time, { nil: null }) }),
  audit: fc.option(audit, { nil: null }),
  pastAudits: fc.array(
    fc.record({
      audit,
      charter: fc.record({
        declared: fc.array(declaredCookie, { maxLength: 3 }),
        source: fc.record({ kind: fc.constant('standard' as const), reason, readAt: time }),
      }),
      cookies: fc.array(anyCookie, { maxLength: 3 }),
    }),
    { maxLength: 3 },
  ),
  consent: fc.option(
    fc.record({
      choices: fc.dictionary(fc.constantFrom('functional_cookies', 'matomo', 'ga', 'xiti'), fc.boolean()),
      decidedAt: fc.option(time, { nil: null }),
    }),
    { nil: null },
  ),
  visitedAt: time,
});

describe('a stored record', () => {
  it('reads back exactly as it was saved (through JSON, as storage keeps it)', () => {
    fc.assert(
      fc.property(portalRecord, (record) => {
        const read = readPortalRecord(HOST, JSON.parse(JSON.stringify(record)));
        expect(read).toEqual({ record, droppedEntries: 0, rewrite: false });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on anything storage could hold, and always gives a record the popup can show', () => {
    fc.assert(
      fc.property(fc.anything(), fc.jsonValue(), (anything, json) => {
        for (const stored of [anything, json, { version: 1, cookies: json, charter: anything }]) {
          const { record } = readPortalRecord(HOST, stored);
          expect(record.version).toBe(latestVersion);
          expect(() => portalState(record, reportContext([], 0), 'with-details')).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the readable cookies of a damaged record, repairs what does not identify them, and asks to be rewritten', () => {
    const stored = {
      version: latestVersion,
      host: HOST,
      charter: {
        declared: [{ name: 'sessionid', match: 'exact' }, 42, { name: 7 }],
        source: { kind: 'portal', url: 'https://x/', readAt: 1 },
      },
      cookies: {
        good: {
          name: 'a',
          domain: 'd',
          path: '/',
          firstSeen: 1,
          lastSeen: 2,
          seenBy: ['inventory', 'bogus'],
          sameSite: 'weird',
        },
        bad: { name: 'b' },
        worse: null,
      },
      droppedCookies: { count: -3, lastAt: 'hier' },
    };
    const { record, droppedEntries, rewrite } = readPortalRecord(HOST, stored);
    expect(droppedEntries).toBe(2);
    expect(rewrite).toBe(true);
    expect(record.cookies.good).toMatchObject({
      sameSite: 'unspecified',
      seenBy: ['inventory'],
      setAt: 1,
      removedAt: null,
      party: 'third',
    });
    expect(record.charter?.declared.map(({ name }) => name)).toEqual(['sessionid']);
    expect(record.droppedCookies).toEqual({ count: 0, lastAt: null });
  });

  it('keeps what issue 11 added: a refused redirect (its target unknown too) or link, titles guessed, the sign of an Opendatasoft API request', () => {
    const refused = {
      kind: 'refused-redirect',
      url: 'https://data.x.fr/terms/cookies-policy/',
      target: null,
      why: 'unknown-target',
    };
    const link = { kind: 'refused-link', url: 'https://localhost:8443/charte', why: 'local-name' };
    for (const reason of [refused, link]) {
      const stored = {
        version: latestVersion,
        cookies: {},
        charter: { declared: [], source: { kind: 'standard', readAt: 1, reason } },
      };
      expect(readPortalRecord(HOST, JSON.parse(JSON.stringify(stored))).record.charter?.source).toEqual({
        kind: 'standard',
        readAt: 1,
        reason,
      });
    }
    const guessed = { kind: 'portal', url: 'https://data.x.fr/terms/cookies-policy/', readAt: 1, columnsGuessed: true };
    const apiRequestSign = { path: '/api/explore/v2.1/', at: 5 };
    const { record } = readPortalRecord(HOST, {
      version: latestVersion,
      cookies: {},
      charter: { declared: [], source: guessed },
      apiRequestSign,
    });
    expect(record.charter?.source).toEqual(guessed);
    expect(record.apiRequestSign).toEqual(apiRequestSign);
    expect(
      readPortalRecord(HOST, { version: latestVersion, cookies: {}, apiRequestSign: { path: 3 } }).record
        .apiRequestSign,
    ).toBeUndefined();
  });

  it('drops a charter whose reason it cannot word, so that it is read again', () => {
    const stored = {
      version: latestVersion,
      cookies: {},
      charter: { declared: [], source: { kind: 'standard', readAt: 1, reason: { kind: 'from-the-future' } } },
    };
    expect(readPortalRecord(HOST, stored).record.charter).toBeNull();
  });
});

describe('migrations', () => {
  it('are listed in order, each to the next version', () => {
    migrations.forEach((migration, index) => expect(migration.to).toBe(index + 2));
    expect(latestVersion).toBe(migrations.length + 1);
  });

  it('bring a version-1 record (or one without a version) to the latest shape, and say it changed', () => {
    const version1 = { version: 1, host: HOST, cookies: {}, charter: null };
    expect(migrateRecord(version1)).toEqual({
      record: {
        ...version1,
        version: latestVersion,
        droppedCookies: { count: 0, lastAt: null },
        audit: null,
        pastAudits: [],
        consent: null,
        visitedAt: 0,
      },
      changed: true,
    });
    expect(migrateRecord({ host: HOST, cookies: {} }).record.version).toBe(latestVersion);
  });

  it('leave a record of the latest version, or of a later one, untouched', () => {
    const latest = { ...emptyPortalRecord(HOST) };
    expect(migrateRecord(latest)).toEqual({ record: latest, changed: false });
    const later = { version: latestVersion + 1, cookies: {} };
    expect(migrateRecord(later)).toEqual({ record: later, changed: false });
  });
});

// ---- The recordStore with these records ----

const createRecordStore = () => new RecordStore({ storage, flushDelayMs: 250, retryDelayMs: 1000, onStored: () => {} });

describe('the recordStore and stored records', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes an old record back in the latest shape once read, and a current one never', async () => {
    await fakeBrowser.storage.local.set({
      'portal:data.montreuil.fr': { version: 1, host: HOST, cookies: {}, charter: null },
      'portal:x.fr': emptyPortalRecord('x.fr'),
    });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const recordStore = createRecordStore();
    for (const host of await storage.storedPortalHosts()) await recordStore.record(host);
    await vi.advanceTimersByTimeAsync(300);
    expect(set.mock.calls.flatMap(([items]) => Object.keys(items)).filter((key) => key.startsWith('portal:'))).toEqual([
      'portal:data.montreuil.fr',
    ]);
    expect((await fakeBrowser.storage.local.get('portal:data.montreuil.fr'))['portal:data.montreuil.fr']).toMatchObject(
      { version: latestVersion, droppedCookies: { count: 0 } },
    );
  });

  it('never writes over a record it could not read, and says so, unless the user clears it', async () => {
    await fakeBrowser.storage.local.set({ 'portal:data.montreuil.fr': emptyPortalRecord(HOST) });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: database corrupted'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const recordStore = createRecordStore();
    await recordStore.update(HOST, sightingChange(cookieObservation('sessionid'), 'cookie-event', 1));
    await vi.advanceTimersByTimeAsync(2000);
    expect(set).not.toHaveBeenCalled();
    expect(recordStore.noticesOf(HOST)).toEqual([
      { kind: 'storage-read-error', message: 'IO error: database corrupted' },
    ]);
    expect(Object.keys((await recordStore.record(HOST)).cookies)).toHaveLength(1);
    await recordStore.clear(HOST);
    expect(set.mock.calls.filter(([items]) => `portal:${HOST}` in items)).toHaveLength(1);
  });

  it('writes at most the cap of cookies per portal, dropping the least recently seen, and the report says so', async () => {
    const recordStore = createRecordStore();
    for (let index = 0; index < MAX_COOKIES_PER_PORTAL + 5; index++) {
      await recordStore.update(HOST, sightingChange(cookieObservation(`c${index}`), 'cookie-event', 1000 + index));
    }
    await vi.advanceTimersByTimeAsync(300);
    const record = await recordStore.record(HOST);
    const stored = (await fakeBrowser.storage.local.get(`portal:${HOST}`))[`portal:${HOST}`] as PortalRecord;
    expect(Object.keys(stored.cookies)).toHaveLength(MAX_COOKIES_PER_PORTAL);
    const names = Object.values(record.cookies).map(({ name }) => name);
    expect(names).toHaveLength(MAX_COOKIES_PER_PORTAL);
    expect(names).not.toContain('c4');
    expect(names).toContain('c5');
    const lastAt = 1000 + MAX_COOKIES_PER_PORTAL + 4;
    expect(record.droppedCookies).toEqual({ count: 5, lastAt });
    expect(portalState(record, reportContext([], 0), 'summary').summary.notices).toEqual([
      { kind: 'cookies-dropped', count: 5, lastAt },
    ]);
  });
});

describe('the cap on what one portal keeps, in bytes', () => {
  it('holds when names are 4 KB long and every address was 20 KB: the least recently seen cookies give way', () => {
    const record = emptyPortalRecord(HOST);
    for (let index = 0; index < 400; index++)
      record.cookies[`k${index}`] = keptCookie(`${index}`.padEnd(4096, 'x'), index, { path: `/${'p'.repeat(1023)}` });
    const bytes = capRecord(record);
    const kept = Object.values(record.cookies);
    expect(bytes).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    expect(storedBytes(`portal:${HOST}`, record)).toBe(bytes);
    expect(record.droppedCookies?.count).toBe(400 - kept.length);
    // The least recently seen went: what is left starts right after them.
    expect(Math.min(...kept.map(({ lastSeen }) => lastSeen))).toBe(400 - kept.length);
  });

  it('lets past audits give way first, the oldest first, before any current cookie', () => {
    const record = emptyPortalRecord(HOST);
    const bigAudit = (startedAt: number) => ({
      audit: { startedAt, endedAt: startedAt + 1, phases: [] },
      charter: {
        declared: [],
        source: { kind: 'standard' as const, reason: { kind: 'not-read-yet' as const }, readAt: 0 },
      },
      cookies: Array.from({ length: 150 }, (_, index) => keptCookie(`${index}`.padEnd(2000, 'a'), startedAt)),
    });
    record.pastAudits = [bigAudit(1), bigAudit(2), bigAudit(3), bigAudit(4)];
    record.cookies.current = keptCookie('sessionid', 10);
    expect(capRecord(record)).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    const kept = record.pastAudits.map(({ audit: { startedAt } }) => startedAt);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual([1, 2, 3, 4].slice(4 - kept.length));
    expect(kept).not.toContain(1);
    expect(Object.keys(record.cookies)).toEqual(['current']);
  });

  it('bounds what a site can inflate besides cookies: the consent choices, the audit phases, a charter that could not be read', () => {
    const record = emptyPortalRecord(HOST);
    record.consent = {
      choices: Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`service${index}`, true])),
      decidedAt: 1,
    };
    record.audit = {
      startedAt: 0,
      endedAt: null,
      phases: Array.from({ length: 5000 }, (_, index) => ({
        at: index,
        phase: 'after-accept' as const,
        by: 'consent' as const,
      })),
    };
    record.charter = {
      declared: [],
      source: {
        kind: 'standard',
        readAt: 1,
        reason: {
          kind: 'no-cookie-column',
          url: `https://data.flood.example/${'x'.repeat(20_000)};jsessionid=1?a=b`,
          columns: Array.from({ length: 1000 }, () => 'c'.repeat(10_000)),
        },
      },
    };
    expect(capRecord(record)).toBeLessThan(30_000);
    expect(Object.keys(record.consent.choices).length).toBeLessThanOrEqual(50);
    expect(record.audit.phases).toHaveLength(MAX_AUDIT_PHASES);
    expect(record.audit.phases[0]?.at).toBe(0);
    expect(record.audit.phases.at(-1)?.at).toBe(4999);
  });

  it('changes nothing below the cap', () => {
    const record = emptyPortalRecord(HOST);
    record.cookies.a = keptCookie('a', 1);
    const before = structuredClone(record);
    capRecord(record);
    expect(record).toEqual(before);
  });
});
