import { keptUrl } from '../url/kept-url.ts';

/**
 * The stored shape of a portal record is versioned: each migration takes a record of the version before it
 * to its own. They run, in order, whenever a record is read (so an old record is never read in the wrong shape),
 * and the background reads every stored record once on install and update, writing back only those that changed.
 */
export interface Migration {
  /** The version this migration produces; it applies to records of `to - 1`. */
  to: number;
  migrate(record: StoredRecord): StoredRecord;
}

/** A record as storage holds it: nothing is trusted yet. */
export type StoredRecord = { version?: unknown } & Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The latest sighting of a stored record's cookies: when its portal was last visited, as far as it tells. */
function latestSighting(cookies: unknown): number {
  if (!isObject(cookies)) return 0;
  return Object.values(cookies).reduce<number>((latest, cookie) => {
    const lastSeen = isObject(cookie) ? cookie.lastSeen : undefined;
    return typeof lastSeen === 'number' && Number.isFinite(lastSeen) ? Math.max(latest, lastSeen) : latest;
  }, 0);
}

/** A stored cookie's addresses as keptUrl keeps them: older versions kept path parameters and 20 KB paths. */
function withKeptUrls(cookie: unknown): unknown {
  if (!isObject(cookie)) return cookie;
  const kept = (url: unknown) => (typeof url === 'string' ? keptUrl(url) || null : url);
  return { ...cookie, firstPage: kept(cookie.firstPage), setByResponse: kept(cookie.setByResponse) };
}

export const migrations: readonly Migration[] = [
  // 2: what the per-portal cap dropped is remembered, so that the popup says so.
  { to: 2, migrate: (record) => ({ ...record, droppedCookies: { count: 0, lastAt: null } }) },
  // 3: audits (the one in progress and past ones) and the visitor's decoded consent choice.
  { to: 3, migrate: (record) => ({ ...record, audit: null, pastAudits: [], consent: null }) },
  // 4: when the portal was last visited (for the storage budget), and addresses kept without path parameters,
  // token-like segments or unbounded length. The rest of what a site can inflate is bounded when it is written
  // back (record-cap.ts).
  {
    to: 4,
    migrate: (record) => ({
      ...record,
      visitedAt: latestSighting(record.cookies),
      cookies: isObject(record.cookies)
        ? Object.fromEntries(Object.entries(record.cookies).map(([key, cookie]) => [key, withKeptUrls(cookie)]))
        : record.cookies,
    }),
  },
];

/** The version every record is migrated to. Version 1 is the first shape, before any migration. */
export const latestVersion = migrations.reduce((latest, migration) => Math.max(latest, migration.to), 1);

/**
 * Brings a stored record up to `latestVersion`. A record without a version is of version 1; one of a later version
 * (written by a newer extension before a downgrade) is left as it is, for the reader to take what it can.
 */
export function migrateRecord(record: StoredRecord): { record: StoredRecord; changed: boolean } {
  let version = typeof record.version === 'number' && Number.isInteger(record.version) ? record.version : 1;
  let migrated = record;
  for (const migration of migrations) {
    if (migration.to !== version + 1) continue;
    migrated = { ...migration.migrate(migrated), version: migration.to };
    version = migration.to;
  }
  return { record: migrated, changed: migrated !== record };
}
