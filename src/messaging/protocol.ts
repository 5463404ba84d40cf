import type { AuditPhase } from '../core/audit/audit.ts';
import type { AuditDiff } from '../core/audit/diff.ts';
import type { PortalDetails, TabState } from '../core/report/tab-state.ts';

import type { PortalSettings } from '../core/portal/settings.ts';

export type { PortalSettings };

/**
 * Which tab the popup speaks about: the active tab or a tab named in the popup's address (`?tabId=`: a page really
 * open), or a host named there (`?host=`: tests), which the background shows only if it is a portal.
 */
export type TabTarget = { tabId: number } | { host: string };

/**
 * A tab's state, as its summary alone (the first view) or, `withDetails`, with everything the popup shows: the popup
 * asks so once a kept first view is on screen, one request where the summary and then its details took two.
 */
export type TabStateRequest = TabTarget & { withDetails?: boolean };

/** Every request the popup and the options page may send to the background, with its reply. */
export interface Protocol {
  /** The state of the popup's tab; a portal's comes as its summary alone, the first view (`details: null`), unless `withDetails`. */
  getTabState: { request: TabStateRequest; response: TabState };
  /** What follows a portal's summary: the whole comparison, insights, findings and what to check (PortalDetails). */
  getPortalDetails: { request: { host: string }; response: PortalDetails };
  /**
   * Reads the portal's charter now, or waits for the read under way, and answers the state with the charter: the
   * user's "Relire la charte", or a popup shown a portal whose charter was never read ('charter-reading').
   */
  readCharter: { request: { host: string }; response: TabState };
  /** Forgets every cookie recorded for one portal (not the browser's cookies). */
  clearPortalRecord: { request: { host: string }; response: TabState };
  /**
   * Starts a clean audit: what was recorded becomes a past audit, the phases start "avant tout choix".
   * With `deleteCookies`, the portal's cookies are also deleted from the browser first (after the user confirmed).
   */
  startAudit: { request: { host: string; deleteCookies: boolean }; response: TabState };
  /** The user sets the consent phase by hand; from then on the consent cookie no longer switches it. */
  switchAuditPhase: { request: { host: string; phase: AuditPhase }; response: TabState };
  /** What changed between a past audit (by its start) and the current record. */
  compareWithPastAudit: { request: { host: string; startedAt: number }; response: AuditDiff };
  /** An evidence file, ready to download: never a cookie value. */
  exportEvidence: { request: { host: string; format: EvidenceFormat }; response: EvidenceFile };
  /** The corrected charter drafted from the portal's comparison, in its three forms (see core/draft). */
  draftCharter: { request: { host: string }; response: CharterDraftFiles };
  getPortalSettings: { request: Record<string, never>; response: PortalSettings };
  addPortalHost: { request: { host: string }; response: PortalSettings };
  removePortalHost: { request: { host: string }; response: PortalSettings };
  /** The user treats a watched host that shows no sign of Opendatasoft as an Opendatasoft portal. */
  treatAsPortal: { request: { host: string }; response: TabState };
}

export const EVIDENCE_FORMATS = ['csv', 'json', 'html'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

export interface EvidenceFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** The charter draft as the popup shows, copies and saves it: no rule is left to the popup. */
export interface CharterDraftFiles {
  /** What the popup previews and copies as text: the Markdown. */
  markdown: string;
  /** What the clipboard holds as HTML, for a rich-text editor: the draft without the page around it. */
  html: string;
  files: { markdown: EvidenceFile; html: EvidenceFile; text: EvidenceFile };
}

export type MessageType = keyof Protocol;

export interface Message<T extends MessageType = MessageType> {
  type: T;
  request: Protocol[T]['request'];
}

/** Errors cross the message boundary as data, never as a rejected promise with a lost stack. */
export type Reply<T extends MessageType> =
  { ok: true; response: Protocol[T]['response'] } | { ok: false; error: string };
