import type { Audit, AuditPhase } from '../audit/audit.ts';
import type { CharterSource } from '../charter/types.ts';
import type { Finding } from '../checks/types.ts';
import type { Comparison, ComparisonCounts } from '../compare.ts';
import type { ConsentChoice } from '../consent/consent-choice.ts';
import type { IdentifiedCookie } from '../cookies/slot-key.ts';
import type { CookieKnowledge, Organisation } from '../knowledge/types.ts';
import type { PlatformSignKind } from '../portal/platform.ts';
import type { ToCheck } from './to-check.ts';

/** Something the user must know about a portal's record, shown above the comparison. */
export type Notice =
  /**
   * Writing this portal's record failed: what was seen is kept in memory and written again later. The browser's
   * message, and what this record and all of them take in storage, so that the popup says the true cause.
   */
  | { kind: 'storage-error'; message: string; recordBytes?: number; storedBytes?: number; portals?: number }
  /** This portal's record was dropped whole at `at`, the least recently visited when storage passed its budget. */
  | { kind: 'portal-dropped'; at: number }
  /** Reading the stored record failed: what is seen now is kept in memory only, never written over it. */
  | { kind: 'storage-read-error'; message: string }
  /** Part of the stored record was unreadable and dropped; the rest was kept. */
  | { kind: 'damaged-record'; droppedEntries: number }
  /** The per-portal cap dropped the least recently seen cookies: how many in all, and when it last did. */
  | { kind: 'cookies-dropped'; count: number; lastAt: number | null }
  | { kind: 'missing-host-permission' };

/** What the extension can tell of one recorded cookie beyond its attributes. */
export interface CookieInsight {
  /** Who sets it and why, from the project's knowledge base or the Open Cookie Database; null when unknown. */
  knowledge: CookieKnowledge | null;
  /** The organisation behind its domain, for a third-party cookie; null when unknown or first party. */
  organisation: Organisation | null;
  /** The consent phase in which it first appeared, during the audit in progress; null outside an audit. */
  phase: AuditPhase | null;
}

/** A finished audit, listed so that the user can compare it with the current one. */
export interface PastAuditSummary {
  startedAt: number;
  endedAt: number;
  cookieCount: number;
}

/**
 * What the popup's first view paints for one portal, from a small reply (and from storage.session while the
 * background sleeps): the charter it is compared with, the counts, what to check, each group's first entries.
 */
export interface PortalSummary {
  host: string;
  charter: { source: CharterSource; declaredCount: number };
  /** How many entries each group of the comparison holds in all. */
  counts: ComparisonCounts;
  /** Each group's first entries, as many as the first view shows; the details bring the whole comparison. */
  firstEntries: Comparison<IdentifiedCookie>;
  /** What to check, from the first undeclared cookies alone: the details bring the list with the findings. */
  toCheck: ToCheck;
  /** The visitor's current choice in the portal's consent banner (decoded cookies_preferences); null before any. */
  consent: ConsentChoice | null;
  /** The audit in progress, null until the user starts one ("Nouvel audit"). */
  audit: Audit | null;
  pastAudits: PastAuditSummary[];
  /** When the first cookie of this portal was recorded; null before any. */
  recordingSince: number | null;
  notices: Notice[];
}

/**
 * What follows the summary, asked for on its own (500 cookies with their insights are ~350 KB to send): the whole
 * comparison, what each recorded cookie is, the CNIL checks' findings and what to check in the light of them.
 */
export interface PortalDetails {
  comparison: Comparison<IdentifiedCookie>;
  /** By each recorded cookie's id. */
  insights: Record<string, CookieInsight>;
  /** The CNIL checks' findings: what to verify, with the CNIL text each rests on. */
  findings: Finding[];
  toCheck: ToCheck;
}

/** What the popup shows for the tab it was opened on. */
export type TabState =
  /** `details` is null until asked for (getPortalDetails); a reply to an action carries both. */
  | { kind: 'portal'; summary: PortalSummary; details: PortalDetails | null }
  /** A portal whose charter was never read: its report waits for the charter, which is read by a request of its own (readCharter). */
  | { kind: 'charter-reading'; host: string }
  /** A web page that is not a known portal: the user may add its host. */
  /**
   * `fromAddress`: the host was only named in the popup's address (`?host=`), not found on an open tab: the popup
   * then offers nothing, so that a crafted address cannot lead the user to add a host.
   */
  | { kind: 'not-portal'; host: string; fromAddress?: boolean }
  /**
   * A watched host (a `data.*` site, a host the user added) that showed no sign of Opendatasoft: its cookies are
   * listed, never compared with the Opendatasoft standard charter; the user may treat it as a portal anyway.
   */
  | { kind: 'not-opendatasoft'; host: string; lookedFor: readonly PlatformSignKind[]; cookies: IdentifiedCookie[] }
  /** A tab with no web page (new tab, browser settings, extension page). */
  | { kind: 'no-web-page' };
