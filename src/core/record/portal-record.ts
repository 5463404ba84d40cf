import type { Audit } from '../audit/audit.ts';
import type { AuditSnapshot } from '../audit/diff.ts';
import type { Charter } from '../charter/types.ts';
import type { ConsentChoice } from '../consent/consent-choice.ts';
import type { KeptCookie } from '../cookies/types.ts';
import type { ApiRequestSign } from '../portal/platform.ts';
import { latestVersion, migrateRecord, type StoredRecord } from './migrations.ts';
import { readAudit, readConsentChoice, readKeptCookie, readPastAudits, readStoredCharter } from './stored-shapes.ts';

/** The stored shape's version; a change of shape is a new migration in migrations.ts. */
export const portalRecordVersion = latestVersion;

/** What the per-portal cap (cookie-cap.ts) dropped, so that the popup can say it. */
export interface DroppedCookies {
  count: number;
  /** When it last dropped some; null while it never did. */
  lastAt: number | null;
}

/** Everything kept for one portal in storage.local under `portal:<host>`. */
export interface PortalRecord {
  version: number;
  host: string;
  /** By cookieKey(). */
  cookies: Record<string, KeptCookie>;
  /** The last charter read for this portal; null until one was tried. */
  charter: Charter | null;
  /** Always there in a stored record (version 2 on); a record built in memory may leave it out until a drop. */
  droppedCookies?: DroppedCookies;
  /** The audit in progress ("Nouvel audit"), null when none was started. */
  audit: Audit | null;
  /** Finished audits, the newest last, at most `MAX_PAST_AUDITS`. */
  pastAudits: AuditSnapshot[];
  /** The visitor's latest choice in the portal's consent banner, decoded from cookies_preferences (nothing else kept). */
  consent: ConsentChoice | null;
  /** The first request to an Opendatasoft API seen from the portal's tab: a sign of the platform (platform.ts). */
  apiRequestSign?: ApiRequestSign;
  /**
   * When a change from a visit (a cookie, a charter, an action in the popup) last reached this record (version 4
   * on): the least recently visited portal gives way when all records together pass the storage budget.
   */
  visitedAt: number;
}

/** Past audits kept per portal: enough to compare over months, little enough for storage. */
export const MAX_PAST_AUDITS = 10;

export function emptyPortalRecord(host: string): PortalRecord {
  return {
    version: portalRecordVersion,
    host,
    cookies: {},
    charter: null,
    droppedCookies: { count: 0, lastAt: null },
    audit: null,
    pastAudits: [],
    consent: null,
    visitedAt: 0,
  };
}

const STORAGE_KEY_PREFIX = 'portal:';

export function storageKeyOf(host: string): string {
  return `${STORAGE_KEY_PREFIX}${host}`;
}

/** The portal a storage key holds the record of, or null for another key (the settings). */
export function hostOfStorageKey(key: string): string | null {
  return key.startsWith(STORAGE_KEY_PREFIX) ? key.slice(STORAGE_KEY_PREFIX.length) : null;
}

export interface ReadResult {
  record: PortalRecord;
  /** Entries that were unreadable and dropped; the rest is kept. */
  droppedEntries: number;
  /** The stored record was of an older shape (or damaged): it should be written back as read. Absent: no. */
  rewrite?: boolean;
}

/**
 * Reads what storage holds for a portal: migrated to the latest shape, keeping every readable cookie of a damaged
 * record so that one bad entry never costs the rest.
 */
export function readPortalRecord(host: string, stored: unknown): ReadResult {
  if (stored === undefined) return { record: emptyPortalRecord(host), droppedEntries: 0, rewrite: false };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { record: emptyPortalRecord(host), droppedEntries: 1, rewrite: true };
  }
  const { record: migrated, changed } = migrateRecord(stored as StoredRecord);
  const cookies: Record<string, KeptCookie> = {};
  let droppedEntries = 0;
  const storedCookies = typeof migrated.cookies === 'object' && migrated.cookies !== null ? migrated.cookies : {};
  for (const [key, value] of Object.entries(storedCookies)) {
    const cookie = readKeptCookie(value);
    if (cookie) cookies[key] = cookie;
    else droppedEntries++;
  }
  const record: PortalRecord = {
    version: portalRecordVersion,
    host,
    cookies,
    charter: readStoredCharter(migrated.charter),
    droppedCookies: readDroppedCookies(migrated.droppedCookies),
    audit: readAudit(migrated.audit),
    pastAudits: readPastAudits(migrated.pastAudits).slice(-MAX_PAST_AUDITS),
    consent: readConsentChoice(migrated.consent),
    visitedAt: typeof migrated.visitedAt === 'number' && Number.isFinite(migrated.visitedAt) ? migrated.visitedAt : 0,
  };
  const apiRequestSign = readApiRequestSign(migrated.apiRequestSign);
  if (apiRequestSign) record.apiRequestSign = apiRequestSign;
  return { record, droppedEntries, rewrite: changed || droppedEntries > 0 };
}

function readApiRequestSign(value: unknown): ApiRequestSign | null {
  const { path, at } = (typeof value === 'object' && value !== null ? value : {}) as Partial<ApiRequestSign>;
  return typeof path === 'string' && path.length <= 100 && typeof at === 'number' && Number.isFinite(at)
    ? { path, at }
    : null;
}

function readDroppedCookies(value: unknown): DroppedCookies {
  const { count, lastAt } = (typeof value === 'object' && value !== null ? value : {}) as Partial<DroppedCookies>;
  return {
    count: typeof count === 'number' && Number.isInteger(count) && count > 0 ? count : 0,
    lastAt: typeof lastAt === 'number' && Number.isFinite(lastAt) ? lastAt : null,
  };
}
