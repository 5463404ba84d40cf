import type { Audit } from '../audit/audit.ts';
import type { CookieNamePattern } from '../charter/names.ts';
import type { DeclaredCookie } from '../charter/types.ts';
import { cookieOrigin, phaseOf, type EvidenceCookie } from '../export/evidence-rows.ts';
import type { RequestOnlySighting } from '../export/evidence.ts';
import { knowledgeWords } from '../export/knowledge-words.ts';
import { observedLifetime } from '../export/lifetime-gap.ts';
import { formatDateTime } from '../words/format.ts';
import type { Say } from '../words/messages.ts';
import { hasFrenchPurpose, type AddedLine } from './added-lines.ts';
import type { DraftReviewItem } from './types.ts';

/** What the review list needs besides the line it explains. */
export interface ReviewContext {
  say: Say;
  audit: Audit | null;
  /** The short titles of the findings about each cookie, by its identity (cookieId). */
  findingTitles: ReadonlyMap<string, readonly string[]>;
  /** By undeclared name, the declared exact name that begins it. */
  nearLines: Readonly<Record<string, string>>;
  cookieIdOf: (cookie: EvidenceCookie) => string;
}

/** At most this many cookies of one line are told one by one; the others are counted. */
const COOKIES_TOLD = 3;

/** A pattern as a charter cell writes it: a prefix ends with "*" (`_pk_id.*`), which the reader reads back as such. */
export function writtenName({ name, match }: CookieNamePattern): string {
  return match === 'prefix' ? `${name}*` : name;
}

/** Why a line was added: when, how and where each cookie was seen, where its words come from, what to check. */
export function addedItem(line: AddedLine, context: ReviewContext): DraftReviewItem {
  const { say } = context;
  const sightings = line.cookies.length + line.sentOnly.length;
  const toldSightings = [
    ...line.cookies.map((cookie) => sightingReasons(cookie, context)),
    ...line.sentOnly.map((sighting) => [sentOnlyReason(sighting, say)]),
  ]
    .slice(0, COOKIES_TOLD)
    .flat();
  const more = sightings > COOKIES_TOLD ? [say('draftReasonMore', String(sightings - COOKIES_TOLD))] : [];
  const near = [
    ...new Set(line.cookies.map((cookie) => context.nearLines[cookie.name]).filter((name) => name !== undefined)),
  ];
  const findings = [
    ...new Set(line.cookies.flatMap((cookie) => context.findingTitles.get(context.cookieIdOf(cookie)) ?? [])),
  ];
  const toComplete = !hasFrenchPurpose(line);
  return {
    kind: toComplete ? 'to-complete' : 'added',
    label: say(toComplete ? 'draftItemToComplete' : 'draftItemAdded'),
    names: writtenName(line.pattern),
    reasons: [
      ...toldSightings,
      ...more,
      ...knowledgeReasons(line, say),
      ...near.map((name) => say('draftReasonNear', name)),
      ...(findings.length > 0 ? [say('draftReasonFindings', findings.join(', '))] : []),
    ],
  };
}

function sightingReasons(cookie: EvidenceCookie, { say, audit }: ReviewContext): string[] {
  const lifetime = observedLifetime(cookie, say);
  const seen = say('draftReasonSeen', [
    cookie.name,
    cookie.domain,
    say(cookie.party === 'first' ? 'partyFirst' : 'partyThird'),
    formatDateTime(cookie.firstSeen),
    phaseOf(cookie.firstSeen, audit, say) || say('draftPhaseNoAudit'),
    lifetime === say('exportSession') ? say('draftLifetimeSession') : lifetime,
  ]);
  const origin = cookieOrigin(cookie);
  const by =
    origin === null
      ? []
      : [origin.kind === 'response' ? say('draftReasonByResponse', origin.url) : say('draftReasonByScript')];
  const page = cookie.firstPage ? [say('draftReasonFirstPage', cookie.firstPage)] : [];
  return [seen, ...by, ...page];
}

/** Where the provider, category and purpose come from; or that they are to be found. */
function knowledgeReasons({ knowledge }: AddedLine, say: Say): string[] {
  if (!knowledge) return [say('draftReasonUnknown')];
  if (knowledge.purposeLanguage !== 'fr') return [say('draftReasonEnglishOnly', [knowledge.vendor, knowledge.purpose])];
  const usual = knowledge.typicalLifetime === null ? [] : [say('draftReasonUsualLifetime', knowledge.typicalLifetime)];
  return [say('draftReasonKnowledge', knowledgeWords(knowledge, say).source), ...usual];
}

/** A declared duration shorter than a cookie of the line was set for: the observed one is proposed beside it. */
export function durationItem(
  line: DeclaredCookie,
  cookie: EvidenceCookie,
  observed: string,
  context: ReviewContext,
): DraftReviewItem {
  const { say } = context;
  return {
    kind: 'duration',
    label: say('draftItemDuration'),
    names: writtenName(line),
    reasons: [
      say('draftReasonDuration', [line.duration ?? '', cookie.name, observed]),
      ...sightingReasons(cookie, context),
    ],
  };
}

/**
 * A declared line no cookie matched: kept, and to be checked. When a HAR file shows its name only in requests, the
 * cookie is used, but neither who set it nor for how long is known: that is what is to be checked.
 */
export function notSeenItem(line: DeclaredCookie, sent: RequestOnlySighting | undefined, say: Say): DraftReviewItem {
  if (sent)
    return {
      kind: 'sent-only',
      label: say('draftItemSentOnly'),
      names: writtenName(line),
      reasons: [sentOnlyReason(sent, say), say('draftReasonSentOnlyDeclared')],
    };
  return {
    kind: 'not-seen',
    label: say('draftItemNotSeen'),
    names: writtenName(line),
    reasons: [say('draftReasonNotSeen')],
  };
}

function sentOnlyReason({ name, host, firstSeen }: RequestOnlySighting, say: Say): string {
  return say('draftReasonSentOnly', [name, host, formatDateTime(firstSeen)]);
}
