import type { CookieNamePattern } from '../charter/names.ts';
import { requestedLifetimeOf } from '../checks/subjects.ts';
import type { EvidenceCookie } from '../export/evidence-rows.ts';
import type { CnilCategory, CookieKnowledge, CookieKnowledgeLookup } from '../knowledge/types.ts';
import { familyStem } from '../report/cookie-lines.ts';

/** A line the draft adds: the cookies seen but not declared that one name or one prefix covers. */
export interface AddedLine {
  pattern: CookieNamePattern;
  /** In the order they were first seen; at least one. */
  cookies: EvidenceCookie[];
  /** What the knowledge base says of the first; null when it does not know it. */
  knowledge: CookieKnowledge | null;
}

/**
 * One line per undeclared name, and one prefix line per family of names that differ only by an identifier at the
 * end (`_pk_id.1.a1b2` → `_pk_id.*`), by the rule the popup groups them with (familyStem): the identifier changes
 * from one visitor to the next, so only the prefix declares it. In the order each line's first cookie was seen.
 */
export function addedLines(undeclared: readonly EvidenceCookie[], knowledge: CookieKnowledgeLookup): AddedLine[] {
  const lines = new Map<string, AddedLine>();
  for (const cookie of undeclared) {
    const stem = familyStem(cookie.name);
    const pattern: CookieNamePattern = stem === null ? { name: cookie.name, match: 'exact' } : { name: stem, match: 'prefix' };
    const key = `${pattern.match}:${pattern.name}`;
    const line = lines.get(key);
    if (line) line.cookies.push(cookie);
    else lines.set(key, { pattern, cookies: [cookie], knowledge: knowledge(cookie.name, cookie.domain) });
  }
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

/** The cookie of the line set to live the longest (a session cookie the least): what the charter must announce. */
export function longestLived(line: AddedLine): EvidenceCookie {
  let longest = line.cookies[0]!;
  for (const cookie of line.cookies) {
    const lifetime = requestedLifetimeOf(cookie);
    const longestLifetime = requestedLifetimeOf(longest);
    if (lifetime !== null && (longestLifetime === null || lifetime > longestLifetime)) longest = cookie;
  }
  return longest;
}

/** The domains that set the line's cookies, each once. */
export function domainsOf(line: AddedLine): string[] {
  return [...new Set(line.cookies.map((cookie) => cookie.domain))];
}
