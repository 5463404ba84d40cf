import type { Audit } from '../audit/audit.ts';
import type { Charter } from '../charter/types.ts';
import type { ConsentChoice } from '../consent/consent-choice.ts';
import { runChecks } from '../checks/run-checks.ts';
import { findingTitleKeys } from '../checks/titles.ts';
import type { CheckId, CnilReference } from '../checks/types.ts';
import { compareCookies, createDeclaredIndex } from '../compare.ts';
import { knowledgeOnPortal } from '../knowledge/on-portal.ts';
import type { CookieKnowledgeLookup } from '../knowledge/types.ts';
import { fallbackReasonIn, withKeptAddresses } from '../words/charter-reason.ts';
import { isWebUrl } from '../words/format.ts';
import { sayIn, type LocaleMessages, type Say } from '../words/messages.ts';
import { keptUrl } from '../url/kept-url.ts';
import { evidenceRows, isoOf, type EvidenceCookie, type EvidenceRow } from './evidence-rows.ts';
import { standardCharterLabel } from './labels.ts';
import { exportPhaseTriggerKeys, phaseKeys } from '../words/phase-keys.ts';

export interface BrowserInfo {
  name: string;
  version: string;
}

/** A cookie name a request sent that no recorded cookie explains: set by a script, or there before the recording. */
export interface RequestOnlySighting {
  name: string;
  /** The host the request went to. */
  host: string;
  firstSeen: number;
}

export interface EvidenceInput {
  portalHost: string;
  portalIsHttps: boolean;
  charter: Charter;
  /** SHA-256 of the charter page's text, computed where it was read; null when unknown. */
  charterTextSha256: string | null;
  extensionVersion: string;
  browser: BrowserInfo;
  /** Null when no audit was started: the evidence then covers what was observed since the first sighting. */
  audit: Audit | null;
  /** The visitor's latest choice in the portal's banner (decoded cookies_preferences); null or absent before any. */
  consent?: ConsentChoice | null;
  cookies: readonly EvidenceCookie[];
  knowledge: CookieKnowledgeLookup;
  /** The French messages of _locales: the exports are in French, worded as the popup words them. */
  frenchMessages: LocaleMessages;
  exportedAt: number;
  /** Only a HAR file shows these (the extension sees every cookie through the browser). */
  requestOnlyCookies?: readonly RequestOnlySighting[];
}

export interface EvidenceCharter {
  source: 'portal' | 'standard';
  /** Where it was read; null for the standard charter. */
  url: string | null;
  /** The URL, or "charte standard d'Opendatasoft (modèle récent, avec durées)" and the like. */
  label: string;
  redirectedFrom: string | null;
  /** Why the standard charter stands in, in French; null when the portal's own was read. */
  fallbackReason: string | null;
  readAt: string;
  textSha256: string | null;
  declaredLines: number;
  /** Lines past what is kept, from a charter of thousands of lines. */
  omittedLines: number;
}

export interface EvidencePhase {
  at: string;
  phase: Audit['phases'][number]['phase'];
  label: string;
  trigger: string;
}

export interface EvidenceFinding {
  check: CheckId;
  title: string;
  /** Null for a finding about the portal as a whole. */
  cookie: { name: string; domain: string; path: string } | null;
  explanation: string;
  reference: CnilReference;
}

export interface EvidenceRequestOnlyCookie {
  name: string;
  host: string;
  firstSeen: string;
  declared: boolean;
}

/**
 * The visitor's choice in the portal's banner as the portal recorded it in cookies_preferences, decoded: each
 * service the portal asked about, accepted or refused ("functional_cookies" among them), and when. Never the value.
 */
export interface EvidenceConsent {
  services: { service: string; accepted: boolean }[];
  /** ISO 8601; null when the portal wrote no plausible date. */
  decidedAt: string | null;
}

/** Everything an export says, as plain data: each export (CSV, JSON, HTML) is made from this alone. */
export interface Evidence {
  exportedAt: string;
  portalHost: string;
  charter: EvidenceCharter;
  extensionVersion: string;
  browser: BrowserInfo;
  audit: { startedAt: string; endedAt: string | null; phases: EvidencePhase[] } | null;
  /** The visitor's latest choice in the banner when exported; null when none was made (or it was withdrawn). */
  consent: EvidenceConsent | null;
  /** The earliest first sighting of a recorded cookie ("observation depuis …" when no audit was started). */
  observedSince: string | null;
  counts: { declaredAndSeen: number; undeclared: number; declaredNotSeen: number; findings: number };
  rows: EvidenceRow[];
  findings: EvidenceFinding[];
  requestOnlyCookies: EvidenceRequestOnlyCookie[];
}

/** In order of first sighting, then by name, domain and path: the same cookies always give the same export. */
export function byFirstSighting(a: EvidenceCookie, b: EvidenceCookie): number {
  return (
    a.firstSeen - b.firstSeen ||
    compareText(a.name, b.name) ||
    compareText(a.domain, b.domain) ||
    compareText(a.path, b.path)
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compares, runs the checks and gathers what the exports state. Pure: every fact comes in with the input. */
export function buildEvidence(input: EvidenceInput): Evidence {
  const cookies = [...input.cookies].sort(byFirstSighting);
  const comparison = compareCookies(cookies, input.charter.declared);
  const knowledge = knowledgeOnPortal(input.knowledge, input.portalHost);
  const say = sayIn(input.frenchMessages);
  const findings = runChecks({
    comparison,
    portalIsHttps: input.portalIsHttps,
    knowledge,
    audit: input.audit,
    french: say,
  });
  const findDeclared = createDeclaredIndex(input.charter.declared);
  return {
    exportedAt: isoOf(input.exportedAt),
    portalHost: input.portalHost,
    charter: evidenceCharter(input.charter, input.charterTextSha256, say),
    extensionVersion: input.extensionVersion,
    browser: { name: input.browser.name, version: input.browser.version },
    audit: input.audit && {
      startedAt: isoOf(input.audit.startedAt),
      endedAt: input.audit.endedAt === null ? null : isoOf(input.audit.endedAt),
      phases: input.audit.phases.map((change) => ({
        at: isoOf(change.at),
        phase: change.phase,
        label: say(phaseKeys[change.phase]),
        trigger: say(exportPhaseTriggerKeys[change.by]),
      })),
    },
    consent: input.consent ? evidenceConsent(input.consent) : null,
    observedSince: cookies[0] ? isoOf(cookies[0].firstSeen) : null,
    counts: {
      declaredAndSeen: comparison.declaredAndSeen.length,
      undeclared: comparison.undeclared.length,
      declaredNotSeen: comparison.declaredNotSeen.length,
      findings: findings.length,
    },
    rows: evidenceRows({ comparison, findings, audit: input.audit, knowledge, say }).map((row, index) => ({
      num: index + 1,
      ...row,
    })),
    // The file names a finding's cookie as a reader does; its identity (cookieId) joins rows and findings above.
    findings: findings.map(({ check, cookie, explanation, reference }) => ({
      check,
      title: say(findingTitleKeys[check]),
      cookie: cookie && { name: cookie.name, domain: cookie.domain, path: cookie.path },
      explanation,
      reference,
    })),
    requestOnlyCookies: (input.requestOnlyCookies ?? []).map(({ name, host, firstSeen }) => ({
      name,
      host,
      firstSeen: isoOf(firstSeen),
      declared: findDeclared(name) !== undefined,
    })),
  };
}

function evidenceConsent({ choices, decidedAt }: ConsentChoice): EvidenceConsent {
  return {
    services: Object.entries(choices).map(([service, accepted]) => ({ service, accepted })),
    decidedAt: decidedAt === null ? null : isoOf(decidedAt),
  };
}

/** A charter read from the web is named by its address as kept (keptUrl); one read from a file by the file's name. */
const charterPlace = (url: string) => (isWebUrl(url) ? keptUrl(url) : url);

function evidenceCharter({ source, declared }: Charter, textSha256: string | null, say: Say): EvidenceCharter {
  const portalUrl = source.kind === 'portal' ? charterPlace(source.url) : null;
  return {
    source: source.kind,
    url: portalUrl,
    label: source.kind === 'portal' ? charterPlace(source.url) : standardCharterLabel(source, say),
    redirectedFrom: source.kind === 'portal' && source.redirectedFrom ? charterPlace(source.redirectedFrom) : null,
    fallbackReason: source.kind === 'standard' ? fallbackReasonIn(withKeptAddresses(source.reason), say) : null,
    readAt: isoOf(source.readAt),
    textSha256,
    declaredLines: declared.length,
    omittedLines: (source.kind === 'portal' && source.omittedLines) || 0,
  };
}
