import { phaseAt } from '../audit/audit.ts';
import { charterOrStandard } from '../charter/standard/index.ts';
import { runChecks } from '../checks/run-checks.ts';
import { compareCookies, comparisonCounts, type Comparison } from '../compare.ts';
import { withId, type IdentifiedCookie } from '../cookies/slot-key.ts';
import type { KeptCookie } from '../cookies/types.ts';
import type { Charter } from '../charter/types.ts';
import { knowledgeOnPortal } from '../knowledge/on-portal.ts';
import type { CookieKnowledgeLookup, OrganisationLookup } from '../knowledge/types.ts';
import type { PortalRecord } from '../record/portal-record.ts';
import type { Say } from '../words/messages.ts';
import type { CookieInsight, Notice, PortalDetails, PortalSummary } from './tab-state.ts';
import { firstViewToCheck, whatToCheck } from './to-check.ts';

/** What the extension knows beyond the record: who sets which cookie, and who is behind a domain. */
export interface ReportKnowledge {
  cookies: CookieKnowledgeLookup;
  organisations: OrganisationLookup;
}

export interface ReportContext {
  notices: Notice[];
  now: number;
  knowledge: ReportKnowledge;
  /** Whether the portal's pages are served over HTTPS (a cookie without Secure is then worth a look). */
  portalIsHttps: boolean;
  /** The French messages the findings are worded in (sayIn over _locales/fr). */
  french: Say;
}

/** How many entries of each group the popup's first view shows: more than its 600 px hold. */
export const firstViewEntries = 3;
/** How many undeclared cookies the first view carries: those its list of what to check names (TO_CHECK_SHOWN). */
export const firstViewUndeclared = 6;
/** How many of the cookies a charter line covers the first view shows. */
export const firstViewCookiesPerLine = 1;

/** The first entries of each group, as the popup's first view shows them. */
export function firstViewOf<Cookie extends KeptCookie>({
  declaredAndSeen,
  undeclared,
  declaredNotSeen,
  nearLines,
}: Comparison<Cookie>): Comparison<Cookie> {
  const shownUndeclared = undeclared.slice(0, firstViewUndeclared);
  const shownNearLines: Record<string, string> = {};
  for (const cookie of shownUndeclared) {
    const near = nearLines?.[cookie.name];
    if (near !== undefined) shownNearLines[cookie.name] = near;
  }
  return {
    declaredAndSeen: declaredAndSeen.slice(0, firstViewEntries).map(({ declared, cookies }) => ({
      declared,
      cookies: cookies.slice(0, firstViewCookiesPerLine),
      coveredCount: cookies.length,
    })),
    undeclared: shownUndeclared,
    declaredNotSeen: declaredNotSeen.slice(0, firstViewEntries),
    nearLines: shownNearLines,
  };
}

/** A portal's record compared once with its charter (or the standard one): both shapes of the report are built from it. */
export interface ComparedRecord {
  record: PortalRecord;
  charter: Charter;
  cookies: IdentifiedCookie[];
  comparison: Comparison<IdentifiedCookie>;
}

export function compareRecord(record: PortalRecord, now: number): ComparedRecord {
  const charter = charterOrStandard(record.charter, now);
  const cookies = Object.values(record.cookies).map(withId);
  return { record, charter, cookies, comparison: compareCookies(cookies, charter.declared) };
}

/** What the popup's first view paints (see PortalSummary). */
export function portalSummary(
  { record, charter, cookies, comparison }: ComparedRecord,
  { notices }: Pick<ReportContext, 'notices'>,
): PortalSummary {
  const counts = comparisonCounts(comparison);
  const firstEntries = firstViewOf(comparison);
  return {
    host: record.host,
    charter: { source: charter.source, declaredCount: charter.declared.length },
    counts,
    firstEntries,
    toCheck: firstViewToCheck(firstEntries.undeclared, counts.undeclared),
    consent: record.consent,
    audit: record.audit,
    pastAudits: record.pastAudits.map(({ audit, cookies: pastCookies }) => ({
      startedAt: audit.startedAt,
      endedAt: audit.endedAt ?? audit.startedAt,
      cookieCount: pastCookies.length,
    })),
    recordingSince: cookies.reduce<number | null>(
      (earliest, cookie) => (earliest === null ? cookie.firstSeen : Math.min(earliest, cookie.firstSeen)),
      null,
    ),
    notices: record.droppedCookies?.count
      ? [...notices, { kind: 'cookies-dropped', ...record.droppedCookies }]
      : notices,
  };
}

/** The whole comparison, what each recorded cookie is (knowledge, organisation, phase), the CNIL checks' findings and what to check. */
export function portalDetails(
  { record, cookies, comparison }: ComparedRecord,
  { knowledge, portalIsHttps, french }: Pick<ReportContext, 'knowledge' | 'portalIsHttps' | 'french'>,
): PortalDetails {
  const cookieKnowledge = knowledgeOnPortal(knowledge.cookies, record.host);
  const insights: Record<string, CookieInsight> = {};
  for (const cookie of cookies) {
    insights[cookie.id] = {
      knowledge: cookieKnowledge(cookie.name, cookie.domain),
      organisation: cookie.party === 'third' ? knowledge.organisations(cookie.domain) : null,
      phase:
        record.audit && cookie.firstSeen >= record.audit.startedAt ? phaseAt(record.audit, cookie.firstSeen) : null,
    };
  }
  const findings = runChecks({ comparison, portalIsHttps, knowledge: cookieKnowledge, audit: record.audit, french });
  return { comparison, insights, findings, toCheck: whatToCheck(comparison, findings) };
}

/** The toolbar badge: how many recorded cookies the charter does not declare. */
export function undeclaredCount(record: PortalRecord, now: number): number {
  return compareRecord(record, now).comparison.undeclared.length;
}
