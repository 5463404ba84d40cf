import type { Finding } from '../../src/core/checks/types.ts';
import type { IdentifiedCookie } from '../../src/core/cookies/slot-key.ts';
import type { Comparison } from '../../src/core/compare.ts';
import type { CookieInsight, PortalDetails } from '../../src/core/report/tab-state.ts';

/** What the report tells of one recorded cookie beyond its attributes: its insight, and the findings about it. */
export interface CookieNotes {
  insightOf(cookie: IdentifiedCookie): CookieInsight | null;
  findingsOf(cookie: IdentifiedCookie): readonly Finding[];
  /** The charter line whose exact name an undeclared cookie's name begins with, if any. */
  nearLineOf(cookie: IdentifiedCookie): string | undefined;
}

/** Indexes the report's findings once, so that a list of 500 cookies finds each cookie's findings at once. */
export function cookieNotes({
  insights,
  findings,
  comparison,
}: Pick<PortalDetails, 'insights' | 'findings'> & { comparison?: Pick<Comparison, 'nearLines'> }): CookieNotes {
  const findingsByCookie = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.cookie) continue;
    const key = finding.cookie.id;
    const about = findingsByCookie.get(key);
    if (about) about.push(finding);
    else findingsByCookie.set(key, [finding]);
  }
  return {
    insightOf: (cookie) => insights[cookie.id] ?? null,
    findingsOf: (cookie) => findingsByCookie.get(cookie.id) ?? [],
    nearLineOf: (cookie) => comparison?.nearLines?.[cookie.name],
  };
}
