import type { Audit } from '../audit/audit.ts';
import type { Comparison } from '../compare.ts';
import type { CookieKnowledgeLookup } from '../knowledge/types.ts';
import type { Say } from '../words/messages.ts';

export type CheckId =
  | 'declared-session-but-persistent'
  | 'declared-persistent-but-session'
  | 'lifetime-longer-than-declared'
  | 'audience-lifetime-over-13-months'
  | 'audience-expiry-extended'
  | 'set-before-consent'
  | 'set-after-refusal'
  | 'undeclared-third-party'
  | 'missing-secure'
  | 'samesite-none-without-secure';

export interface CnilReference {
  title: string;
  url: string;
}

/**
 * One point a DPO should look at. The explanation says why in French (worded in _locales/fr), in one or two
 * sentences, and never states a legal verdict: it says what was seen and what to check, with the CNIL text it rests on.
 */
export interface Finding {
  check: CheckId;
  /** The cookie it is about, by its identity (cookieId) and the attributes a reader names it by. */
  cookie: { id: string; name: string; domain: string; path: string } | null;
  explanation: string;
  reference: CnilReference;
}

export interface CheckInput {
  /** Each recorded cookie already knows whether it is first or third party to the portal. */
  comparison: Comparison;
  portalIsHttps: boolean;
  knowledge: CookieKnowledgeLookup;
  /**
   * The audit in progress: its consent phases say whether a choice was recorded when each cookie first appeared.
   * Null when no audit runs; the consent checks are then skipped, since nothing tells when the choice was made.
   */
  audit: Audit | null;
  /** The French messages (sayIn over _locales/fr): findings are filed in French whatever the browser's language. */
  french: Say;
}
