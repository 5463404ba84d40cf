import type { DeclaredCookie } from '../charter/types.ts';
import { cookieId } from '../cookies/slot-key.ts';
import type { KeptCookie } from '../cookies/types.ts';
import type { CnilCategory, CookieKnowledge } from '../knowledge/types.ts';
import { categoryOfSection } from './section-category.ts';
import type { CheckInput, Finding } from './types.ts';

/** A recorded cookie with what the charter and the knowledge base say of it: what every check looks at. */
export interface Subject {
  cookie: KeptCookie;
  /** The charter line that covers it; null when undeclared. */
  declared: DeclaredCookie | null;
  knowledge: CookieKnowledge | null;
  /**
   * Its purposes: the project's own knowledge when it has an entry (written for this), otherwise both the charter's
   * section title and the Open Cookie Database, so that either one naming a purpose that needs consent counts.
   */
  categories: ReadonlySet<CnilCategory>;
}

/**
 * Every recorded cookie once (a charter listing a name twice covers the same cookies twice), except those set
 * already expired: that is how a site deletes a cookie, not a cookie it keeps.
 */
export function subjectsOf(input: CheckInput): Subject[] {
  const lines = new Map<KeptCookie, DeclaredCookie | null>();
  for (const { declared, cookies } of input.comparison.declaredAndSeen) {
    for (const cookie of cookies) if (!lines.has(cookie)) lines.set(cookie, declared);
  }
  for (const cookie of input.comparison.undeclared) if (!lines.has(cookie)) lines.set(cookie, null);
  const subjects: Subject[] = [];
  for (const [cookie, declared] of lines) {
    if (cookie.expiresAt !== null && cookie.expiresAt <= cookie.setAt) continue;
    const knowledge = input.knowledge(cookie.name, cookie.domain);
    const categories =
      knowledge?.source.kind === 'project'
        ? [knowledge.category]
        : [categoryOfSection(declared?.category ?? null), knowledge?.category ?? null].filter(
            (category) => category !== null,
          );
    subjects.push({ cookie, declared, knowledge, categories: new Set(categories) });
  }
  return subjects;
}

/**
 * How long the site asked the cookie to live, in milliseconds; null for a session cookie. What a Set-Cookie header
 * asked beyond the browsers' 400-day cap counts, since the charter is answerable for what the site asks.
 */
export function requestedLifetimeOf(cookie: KeptCookie): number | null {
  if (cookie.expiresAt === null) return null;
  return cookie.requestedLifetimeMs ?? cookie.expiresAt - cookie.setAt;
}

export function findingAbout(subject: Subject, finding: Omit<Finding, 'cookie'>): Finding {
  const { name, domain, path } = subject.cookie;
  return { ...finding, cookie: { id: cookieId(subject.cookie), name, domain, path } };
}
