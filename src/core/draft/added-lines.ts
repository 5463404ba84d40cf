import type { CookieNamePattern } from '../charter/names.ts';
import { charterLineId } from '../charter/line-identity.ts';
import { requestedLifetimeOf } from '../checks/subjects.ts';
import type { EvidenceCookie } from '../export/evidence-rows.ts';
import type { RequestOnlySighting } from '../export/evidence.ts';
import type { CnilCategory, CookieKnowledge, CookieKnowledgeLookup } from '../knowledge/types.ts';
import { familyStem } from '../report/cookie-lines.ts';

/** A line the draft adds: the cookies seen but not declared that one name or one prefix covers. */
export interface AddedLine {
  pattern: CookieNamePattern;
  /** In the order they were first seen; this or `sentOnly` holds one at least. */
  cookies: EvidenceCookie[];
  /** Names a HAR file shows only in the requests' Cookie headers: set by a script, without lifetime or attributes. */
  sentOnly: RequestOnlySighting[];
  /** What the knowledge base says of the first; null when it does not know it. */
  knowledge: CookieKnowledge | null;
}

/**
 * One line per undeclared name, and one prefix line per family of names that differ only by an identifier at the
 * end (`_pk_id.1.a1b2` → `_pk_id.*`), by the rule the popup groups them with (familyStem): the identifier changes
 * from one visitor to the next, so only the prefix declares it. In the order each line's first cookie was seen.
 */
export function addedLines(
  undeclared: readonly EvidenceCookie[],
  sentOnly: readonly RequestOnlySighting[],
  knowledge: CookieKnowledgeLookup,
): AddedLine[] {
  const lines = new Map<string, AddedLine>();
  const lineOf = (name: string, domain: string): AddedLine => {
    const stem = familyStem(name);
    const pattern: CookieNamePattern = stem === null ? { name, match: 'exact' } : { name: stem, match: 'prefix' };
    const key = charterLineId(pattern);
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { pattern, cookies: [], sentOnly: [], knowledge: knowledge(name, domain) }));
    return line;
  };
  for (const cookie of undeclared) lineOf(cookie.name, cookie.domain).cookies.push(cookie);
  for (const sighting of sentOnly) lineOf(sighting.name, sighting.host).sentOnly.push(sighting);
  return [...lines.values()];
}

/** The category whose section the line goes in; null when nothing is known of it. */
export function categoryOfLine(line: AddedLine): CnilCategory | null {
  return line.knowledge?.category ?? null;
}

/** Whether the knowledge base gives the line a purpose in French, which the draft can write as it is. */
export function hasFrenchPurpose(line: AddedLine): boolean {
  return line.knowledge?.purposeLanguage === 'fr';
}

/** The cookie of the line set to live the longest (a session cookie the least): what the charter must announce; null when its names were only sent. */
export function longestLived(line: AddedLine): EvidenceCookie | null {
  let longest = line.cookies[0];
  if (longest === undefined) return null;
  for (const cookie of line.cookies) {
    const lifetime = requestedLifetimeOf(cookie);
    const longestLifetime = requestedLifetimeOf(longest);
    if (lifetime !== null && (longestLifetime === null || lifetime > longestLifetime)) longest = cookie;
  }
  return longest;
}

/** The domains that set the line's cookies, each once. */
export function domainsOf(line: AddedLine): string[] {
  return [
    ...new Set([...line.cookies.map((cookie) => cookie.domain), ...line.sentOnly.map((sighting) => sighting.host)]),
  ];
}
