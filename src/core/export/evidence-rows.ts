import { phaseAt, type Audit } from '../audit/audit.ts';
import type { DeclaredCookie } from '../charter/types.ts';
import { findingTitleKeys } from '../checks/titles.ts';
import type { Finding } from '../checks/types.ts';
import type { Comparison } from '../compare.ts';
import { cookieId } from '../cookies/slot-key.ts';
import type { KeptCookie, SameSite } from '../cookies/types.ts';
import type { CookieKnowledgeLookup } from '../knowledge/types.ts';
import { knowledgeWords, noKnowledgeWords, type KnowledgeWords } from './knowledge-words.ts';
import { partyLabels, type EvidenceStatus } from './labels.ts';
import { phaseKeys } from '../words/phase-keys.ts';
import { lifetimeGap, observedLifetime } from './lifetime-gap.ts';
import { keptUrl } from '../url/kept-url.ts';
import type { Say } from '../words/messages.ts';

/**
 * A recorded cookie with where it came from: fields a record may lack (kept before they existed, or seen by a
 * source that cannot tell), so they are read as optional.
 */
export type EvidenceCookie = KeptCookie & {
  /** The top-level page on which the cookie first appeared. */
  firstPage?: string | null;
  /** The URL of the response whose Set-Cookie set it; null when only a cookie event saw it. */
  setByResponse?: string | null;
};

/** One line of the exports: a recorded cookie, or a charter line no recorded cookie matched. Never a cookie value. */
export interface EvidenceRow {
  num: number;
  domain: string;
  path: string;
  /** A charter prefix reads "_pk_id*". */
  name: string;
  /** ISO 8601, "session", or empty for a line not seen. */
  expiration: string;
  sameSite: SameSite | null;
  httpOnly: boolean | null;
  hostOnly: boolean | null;
  secure: boolean | null;
  party: '1re' | '3e' | '';
  partition: string;
  status: EvidenceStatus;
  /** The charter's section for a declared cookie; what the knowledge base says for an undeclared one. */
  category: string;
  /** What the knowledge base says of an undeclared cookie, as the popup does; empty for the others. */
  knownVendor: string;
  knownPurpose: string;
  knownLifetime: string;
  /** The vendor pages stating those facts, with the day each was read, or their community source. */
  knownSource: string;
  declaredPurpose: string;
  declaredDuration: string;
  /** How long the site asked it to live, in words; empty for a line not seen. */
  lifetime: string;
  /**
   * How far the cookie is from its charter line: the gap between observed and declared lifetimes, or, for an
   * undeclared cookie that a declared exact name begins, "proche de la ligne « _pk_ses »".
   */
  lifetimeGap: string;
  /** The short titles of the findings about this cookie. */
  findings: string[];
  phase: string;
  firstSeen: string;
  page: string;
  origin: string;
}

export interface RowsInput {
  comparison: Comparison;
  findings: readonly Finding[];
  audit: Audit | null;
  knowledge: CookieKnowledgeLookup;
  /** The French messages the exports are worded in. */
  say: Say;
}

export const isoOf = (epochMs: number) => new Date(epochMs).toISOString();

/** The undeclared cookies first, then the declared and seen, then the charter lines not seen, as the popup orders them. */
export function evidenceRows(input: RowsInput): Omit<EvidenceRow, 'num'>[] {
  const titles = findingTitlesByCookie(input.findings, input.say);
  const rows: Omit<EvidenceRow, 'num'>[] = input.comparison.undeclared.map((cookie) => {
    const row = cookieRow(
      cookie,
      null,
      'non déclaré',
      knowledgeWords(input.knowledge(cookie.name, cookie.domain), input.say),
      titles,
      input.audit,
      input.say,
    );
    const near = input.comparison.nearLines?.[cookie.name];
    return near === undefined ? row : { ...row, lifetimeGap: input.say('nearLine', near) };
  });
  // A charter naming a cookie twice covers it twice: one row per cookie, with the first line.
  const listed = new Set<KeptCookie>();
  for (const { declared, cookies } of input.comparison.declaredAndSeen) {
    for (const cookie of cookies) {
      if (listed.has(cookie)) continue;
      listed.add(cookie);
      rows.push(
        cookieRow(
          cookie,
          declared,
          'déclaré et observé',
          { ...noKnowledgeWords, category: declared.category ?? '' },
          titles,
          input.audit,
          input.say,
        ),
      );
    }
  }
  for (const declared of input.comparison.declaredNotSeen) rows.push(notSeenRow(declared));
  return rows;
}

function cookieRow(
  cookie: EvidenceCookie,
  declared: DeclaredCookie | null,
  status: EvidenceStatus,
  known: KnowledgeWords,
  titles: ReadonlyMap<string, string[]>,
  audit: Audit | null,
  say: Say,
): Omit<EvidenceRow, 'num'> {
  return {
    domain: cookie.domain,
    path: cookie.path,
    name: cookie.name,
    expiration: cookie.expiresAt === null ? 'session' : isoOf(cookie.expiresAt),
    sameSite: cookie.sameSite,
    httpOnly: cookie.httpOnly,
    hostOnly: cookie.hostOnly,
    secure: cookie.secure,
    party: partyLabels[cookie.party],
    partition: cookie.partitionKey ?? '',
    status,
    category: known.category,
    knownVendor: known.vendor,
    knownPurpose: known.purpose,
    knownLifetime: known.lifetime,
    knownSource: known.source,
    declaredPurpose: declared?.purpose ?? '',
    declaredDuration: declared?.duration ?? '',
    lifetime: observedLifetime(cookie, say),
    lifetimeGap: declared ? lifetimeGap(declared.duration, cookie, say) : '',
    findings: titles.get(cookieId(cookie)) ?? [],
    phase: phaseOf(cookie.firstSeen, audit, say),
    firstSeen: isoOf(cookie.firstSeen),
    page: cookie.firstPage ? keptUrl(cookie.firstPage) : '',
    origin: originOf(cookie, say),
  };
}

function notSeenRow(declared: DeclaredCookie): Omit<EvidenceRow, 'num'> {
  return {
    domain: '',
    path: '',
    name: declared.match === 'prefix' ? `${declared.name}*` : declared.name,
    expiration: '',
    sameSite: null,
    httpOnly: null,
    hostOnly: null,
    secure: null,
    party: '',
    partition: '',
    status: 'déclaré non observé',
    category: declared.category ?? '',
    knownVendor: '',
    knownPurpose: '',
    knownLifetime: '',
    knownSource: '',
    declaredPurpose: declared.purpose ?? '',
    declaredDuration: declared.duration ?? '',
    lifetime: '',
    lifetimeGap: '',
    findings: [],
    phase: '',
    firstSeen: '',
    page: '',
    origin: '',
  };
}

/** The phase in force when the cookie first appeared; outside the audit's span it has none. */
export function phaseOf(firstSeen: number, audit: Audit | null, say: Say): string {
  if (!audit) return '';
  if (firstSeen < audit.startedAt) return say('exportBeforeAudit');
  if (audit.endedAt !== null && firstSeen > audit.endedAt) return say('exportAfterAudit');
  return say(phaseKeys[phaseAt(audit, firstSeen)]);
}

/** What set a cookie: a response (its address as kept), or a script of the page; null when nothing tells. */
export type CookieOrigin = { kind: 'response'; url: string } | { kind: 'script' } | null;

/** The response that set it; a cookie only the browser's cookie events saw was written by a script of the page. */
export function cookieOrigin(cookie: EvidenceCookie): CookieOrigin {
  if (cookie.setByResponse) return { kind: 'response', url: keptUrl(cookie.setByResponse) };
  return cookie.seenBy.includes('cookie-event') && !cookie.seenBy.includes('set-cookie-header')
    ? { kind: 'script' }
    : null;
}

function originOf(cookie: EvidenceCookie, say: Say): string {
  const origin = cookieOrigin(cookie);
  return origin === null ? '' : origin.kind === 'response' ? origin.url : say('exportOriginScript');
}

/** The short titles of the findings about each cookie, by its identity (cookieId). */
export function findingTitlesByCookie(findings: readonly Finding[], say: Say): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  for (const finding of findings) {
    if (!finding.cookie) continue;
    const key = finding.cookie.id;
    titles.set(key, [...(titles.get(key) ?? []), say(findingTitleKeys[finding.check])]);
  }
  return titles;
}
