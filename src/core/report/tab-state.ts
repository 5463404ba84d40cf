import type { Audit, AuditPhase } from '../audit/audit.ts';
import type { CharterSource } from '../charter/types.ts';
import type { Finding } from '../checks/types.ts';
import type { Comparison, ComparisonCounts } from '../compare.ts';
import type { ConsentChoice } from '../consent/consent-choice.ts';
import type { KeptCookie } from '../cookies/types.ts';
import type { CookieKnowledge, Organisation } from '../knowledge/types.ts';
import type { PlatformSignKind } from '../portal/platform.ts';

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

/** What a report leaves for a second request: the whole comparison, what each cookie is, and the findings. */
export type PortalDetails = Pick<PortalReport, 'comparison' | 'insights' | 'findings'>;

/** A finished audit, listed so that the user can compare it with the current one. */
export interface PastAuditSummary {
  startedAt: number;
  endedAt: number;
  cookieCount: number;
}

/** Everything the popup shows for one portal; computed by the background, rendered as is. */
export interface PortalReport {
  host: string;
  charter: { source: CharterSource; declaredCount: number };
  /** How many entries each group of the comparison holds in all. */
  counts: ComparisonCounts;
  /** The comparison; only each group's first entries while `firstViewOnly`. */
  comparison: Comparison;
  /** True when `comparison` holds only what the popup's first view shows; the details bring the whole of it. */
  firstViewOnly: boolean;
  /** By `cookieId(cookie)` (src/core/cookies/slot-key.ts), for every recorded cookie. */
  insights: Record<string, CookieInsight>;
  /** The CNIL checks' findings: what to verify, with the CNIL text each rests on. */
  findings: Finding[];
  /**
   * True while `insights` and `findings` are left empty, and `comparison` possibly cut to its first entries, to be
   * asked for with getPortalDetails: the popup paints what fits in its first view from a small reply, and the
   * rest follows (500 cookies with their insights are ~350 KB to send).
   */
  detailsPending: boolean;
  /** The visitor's current choice in the portal's consent banner (decoded cookies_preferences); null before any. */
  consent: ConsentChoice | null;
  /** The audit in progress, null until the user starts one ("Nouvel audit"). */
  audit: Audit | null;
  pastAudits: PastAuditSummary[];
  /** When the first cookie of this portal was recorded; null before any. */
  recordingSince: number | null;
  notices: Notice[];
}

/** What the popup shows for the tab it was opened on. */
export type TabState =
  | { kind: 'portal'; report: PortalReport }
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
  | { kind: 'not-opendatasoft'; host: string; lookedFor: readonly PlatformSignKind[]; cookies: KeptCookie[] }
  /** A tab with no web page (new tab, browser settings, extension page). */
  | { kind: 'no-web-page' };
