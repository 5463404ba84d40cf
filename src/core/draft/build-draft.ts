import type { Audit } from '../audit/audit.ts';
import type { Charter, DeclaredCookie } from '../charter/types.ts';
import { charterLineId } from '../charter/line-identity.ts';
import { categoryOfSection } from '../checks/section-category.ts';
import { requestedLifetimeOf } from '../checks/subjects.ts';
import { runChecks } from '../checks/run-checks.ts';
import type { CheckId, Finding } from '../checks/types.ts';
import { compareCookies, createDeclaredIndex, type Comparison } from '../compare.ts';
import { cookieId } from '../cookies/slot-key.ts';
import { byFirstSighting, type BrowserInfo, type RequestOnlySighting } from '../export/evidence.ts';
import { findingTitlesByCookie, type EvidenceCookie } from '../export/evidence-rows.ts';
import { standardCharterLabel } from '../export/labels.ts';
import { observedLifetime } from '../export/lifetime-gap.ts';
import { cnilCategoryLabel } from '../knowledge/categories.ts';
import { knowledgeOnPortal } from '../knowledge/on-portal.ts';
import type { CnilCategory, CookieKnowledgeLookup } from '../knowledge/types.ts';
import { keptUrl } from '../url/kept-url.ts';
import { fallbackReasonIn, withKeptAddresses } from '../words/charter-reason.ts';
import { formatDateTime, isWebUrl } from '../words/format.ts';
import type { Say } from '../words/messages.ts';
import {
  addedLines,
  categoryOfLine,
  domainsOf,
  hasFrenchPurpose,
  longestLived,
  type AddedLine,
} from './added-lines.ts';
import { keptSections } from './kept-rows.ts';
import { addedItem, durationItem, notSeenItem, type ReviewContext } from './review.ts';
import { draftColumns, templateOf } from './template.ts';
import type { CharterDraft, DraftReviewItem, DraftRow, DraftSection } from './types.ts';

/** Where the observations come from: the extension in a browser, or a visit recorded in a HAR file. */
export type DraftObservation =
  | { kind: 'browser'; browser: BrowserInfo; extensionVersion: string }
  | { kind: 'har'; fileName: string; entries: number };

export interface DraftInput {
  portalHost: string;
  portalIsHttps: boolean;
  /** The portal's current charter as read, or the standard one standing in. */
  charter: Charter;
  cookies: readonly EvidenceCookie[];
  /** Null when no audit was started: the observation then runs from the first cookie seen. */
  audit: Audit | null;
  knowledge: CookieKnowledgeLookup;
  observation: DraftObservation;
  /** Names a HAR file shows only in requests (the extension sees every cookie through the browser): none otherwise. */
  requestOnlyCookies?: readonly RequestOnlySighting[];
  madeAt: number;
  /** The French messages: the draft is written in French whatever the browser's language, like the evidence. */
  say: Say;
}

/** A declared duration these findings say is shorter than the lifetime observed: the observed one is proposed. */
const SHORTER_THAN_OBSERVED: ReadonlySet<CheckId> = new Set([
  'lifetime-longer-than-declared',
  'declared-session-but-persistent',
]);

/** Sections of the categories the draft adds, when the charter has none: titled as the CNIL names the purpose. */
const NEW_SECTION_TITLES: Record<CnilCategory, string> = {
  'strictement-necessaire': 'draftSectionStrictlyNecessary',
  fonctionnel: 'draftSectionFunctional',
  'mesure-audience': 'draftSectionAudience',
  publicite: 'draftSectionAdvertising',
  'reseaux-sociaux': 'draftSectionSocial',
  'contenu-tiers': 'draftSectionEmbedded',
  securite: 'draftSectionSecurity',
};

/**
 * The corrected charter: every current row kept as read, each cookie seen but not declared added in the section
 * of its category, durations shorter than observed given the observed one beside them, and a review list saying
 * why for each added or changed line and which declared lines were not seen. Pure: every fact comes in the input.
 */
export function buildCharterDraft(input: DraftInput): CharterDraft {
  const { say, charter } = input;
  const cookies = [...input.cookies].sort(byFirstSighting);
  const comparison = compareCookies(cookies, charter.declared);
  const knowledge = knowledgeOnPortal(input.knowledge, input.portalHost);
  const findings = runChecks({
    comparison,
    portalIsHttps: input.portalIsHttps,
    knowledge,
    audit: input.audit,
    french: say,
  });
  const proposals = proposedDurations(comparison, findings, say);
  const sent = sentOnlySightings(charter.declared, input.requestOnlyCookies ?? []);
  const added = addedLines(comparison.undeclared, sent.undeclared, knowledge);
  const template = templateOf(charter);
  const context: ReviewContext = {
    say,
    audit: input.audit,
    findingTitles: findingTitlesByCookie(findings, say),
    nearLines: comparison.nearLines ?? {},
    cookieIdOf: cookieId,
  };

  const sections = keptSections(charter.declared, new Map([...proposals].map(([line, { words }]) => [line, words])));
  placeAddedLines(sections, added, say);
  const columns = draftColumns(
    { template, declared: charter.declared, addsLines: added.length > 0, proposesDurations: proposals.size > 0 },
    say,
  );
  const addsDurationColumn =
    columns.some((column) => column.field === 'duration') &&
    !charter.declared.some((line) => line.duration !== null) &&
    template === 'older';
  const items: DraftReviewItem[] = [
    ...added.map((line) => addedItem(line, context)),
    ...[...proposals].map(([line, { cookie, words }]) => durationItem(line, cookie, words, context)),
    ...comparison.declaredNotSeen.map((line) => notSeenItem(line, sent.byLine.get(charterLineId(line)), say)),
  ];
  return {
    title: say('draftTitle'),
    notice: say('draftNotice'),
    facts: draftFacts(input, cookies),
    template,
    columns,
    sections,
    review: {
      title: say('draftReviewTitle'),
      items,
      notes: [
        ...(addsDurationColumn ? [say('draftNoteDurationColumn')] : []),
        ...(items.length === 0 ? [say('draftReviewNothing')] : []),
      ],
    },
  };
}

/** The names only sent in requests: by the declared line that covers them (its first sighting), and those no line covers. */
function sentOnlySightings(declared: readonly DeclaredCookie[], sightings: readonly RequestOnlySighting[]) {
  const findDeclared = createDeclaredIndex(declared);
  const byLine = new Map<string, RequestOnlySighting>();
  const undeclared: RequestOnlySighting[] = [];
  for (const sighting of [...sightings].sort((a, b) => a.firstSeen - b.firstSeen)) {
    const line = findDeclared(sighting.name);
    if (!line) undeclared.push(sighting);
    else if (!byLine.has(charterLineId(line))) byLine.set(charterLineId(line), sighting);
  }
  return { byLine, undeclared };
}

interface Proposal {
  /** The cookie of the line set to live the longest beyond what is declared. */
  cookie: EvidenceCookie;
  words: string;
}

/** For each declared line whose duration a finding says is shorter than observed, the longest lifetime observed. */
function proposedDurations(
  comparison: Comparison,
  findings: readonly Finding[],
  say: Say,
): Map<DeclaredCookie, Proposal> {
  const flagged = new Set(
    findings
      .filter((finding) => SHORTER_THAN_OBSERVED.has(finding.check) && finding.cookie)
      .map((finding) => finding.cookie!.id),
  );
  const proposals = new Map<DeclaredCookie, Proposal>();
  for (const { declared, cookies } of comparison.declaredAndSeen) {
    for (const cookie of cookies) {
      if (!flagged.has(cookieId(cookie))) continue;
      const current = proposals.get(declared);
      if (current && (requestedLifetimeOf(current.cookie) ?? 0) >= (requestedLifetimeOf(cookie) ?? 0)) continue;
      proposals.set(declared, { cookie, words: observedLifetime(cookie, say) });
    }
  }
  return proposals;
}

/**
 * Each added line in the first section of the charter whose title names its category ("Cookies de mesure
 * d'audience"), else in a new section for that category, after the charter's own; lines nothing is known of in a
 * last section of cookies to classify.
 */
function placeAddedLines(sections: DraftSection[], lines: readonly AddedLine[], say: Say): void {
  const newSections = new Map<CnilCategory | null, DraftSection>();
  for (const line of lines) {
    const category = categoryOfLine(line);
    let section =
      category === null ? undefined : sections.find((candidate) => categoryOfSection(candidate.title) === category);
    if (!section) {
      section = newSections.get(category);
      if (!section)
        newSections.set(
          category,
          (section = {
            title: say(category === null ? 'draftSectionToClassify' : NEW_SECTION_TITLES[category]),
            rows: [],
          }),
        );
    }
    section.rows.push(addedRow(line, say));
  }
  const order = (category: CnilCategory | null) =>
    category === null ? Infinity : Object.keys(NEW_SECTION_TITLES).indexOf(category);
  sections.push(...[...newSections].sort(([a], [b]) => order(a) - order(b)).map(([, section]) => section));
}

function addedRow(line: AddedLine, say: Say): DraftRow {
  const longest = longestLived(line);
  const { knowledge } = line;
  const domains = domainsOf(line).join(', ');
  const category = categoryOfLine(line);
  return {
    kind: 'added',
    names: [line.pattern],
    provider: knowledge?.vendor ?? say('draftProviderToComplete', domains),
    service: say('draftServiceOf', [
      category === null ? say('draftServiceToComplete') : cnilCategoryLabel(category, say),
      domains,
    ]),
    duration: longest === null ? say('draftDurationToComplete') : observedLifetime(longest, say),
    proposedDuration: null,
    purpose: hasFrenchPurpose(line) ? knowledge!.purpose : say('draftPurposeToComplete'),
  };
}

/** Date, portal, current charter and audit, one sentence each. */
function draftFacts(input: DraftInput, cookies: readonly EvidenceCookie[]): string[] {
  const { say, charter, observation } = input;
  const { source } = charter;
  const charterFact =
    source.kind === 'portal'
      ? say('draftFactCharterRead', [
          isWebUrl(source.url) ? keptUrl(source.url) : source.url,
          formatDateTime(source.readAt),
        ])
      : say('draftFactCharterStandard', [
          standardCharterLabel(source, say),
          fallbackReasonIn(withKeptAddresses(source.reason), say),
        ]);
  const start = formatDateTime(input.audit?.startedAt ?? cookies[0]?.firstSeen ?? input.madeAt);
  const end = formatDateTime(input.audit?.endedAt ?? input.madeAt);
  const auditFact =
    observation.kind === 'browser'
      ? say('draftFactAuditBrowser', [
          observation.extensionVersion,
          `${observation.browser.name} ${observation.browser.version}`.trim(),
          start,
          end,
        ])
      : say('draftFactAuditHar', [observation.fileName, String(observation.entries), start, end]);
  return [
    say('draftFactDate', formatDateTime(input.madeAt)),
    say('draftFactPortal', input.portalHost),
    charterFact,
    auditFact,
  ];
}
