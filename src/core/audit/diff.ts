import type { Charter, DeclaredCookie } from '../charter/types.ts';
import { charterLineId } from '../charter/line-identity.ts';
import { cookieId } from '../cookies/slot-key.ts';
import type { KeptCookie } from '../cookies/types.ts';
import type { Audit } from './audit.ts';

/** What is kept of a finished audit: enough to compare it with another one and to export it again. */
export interface AuditSnapshot {
  audit: Audit;
  charter: Charter;
  cookies: KeptCookie[];
}

export interface AuditDiff {
  cookiesAppeared: KeptCookie[];
  cookiesGone: KeptCookie[];
  declaredAdded: DeclaredCookie[];
  declaredRemoved: DeclaredCookie[];
  /** Same cookie name in both charters, other words (purpose, provider, service, duration or section). */
  declaredReworded: { before: DeclaredCookie; after: DeclaredCookie }[];
}

const lineWords = (line: DeclaredCookie) =>
  JSON.stringify([line.provider, line.service, line.purpose, line.duration, line.category]);

function byIdentity<T>(items: readonly T[], identity: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [identity(item), item]));
}

/** What changed from an earlier audit to a later one, in the cookies seen and in the charter. */
export function diffAudits(earlier: AuditSnapshot, later: AuditSnapshot): AuditDiff {
  const earlierCookies = byIdentity(earlier.cookies, cookieId);
  const laterCookies = byIdentity(later.cookies, cookieId);
  const earlierLines = byIdentity(earlier.charter.declared, charterLineId);
  const laterLines = byIdentity(later.charter.declared, charterLineId);
  const declaredReworded: AuditDiff['declaredReworded'] = [];
  for (const [identity, after] of laterLines) {
    const before = earlierLines.get(identity);
    if (before && lineWords(before) !== lineWords(after)) declaredReworded.push({ before, after });
  }
  return {
    cookiesAppeared: later.cookies.filter((cookie) => !earlierCookies.has(cookieId(cookie))),
    cookiesGone: earlier.cookies.filter((cookie) => !laterCookies.has(cookieId(cookie))),
    declaredAdded: later.charter.declared.filter((line) => !earlierLines.has(charterLineId(line))),
    declaredRemoved: earlier.charter.declared.filter((line) => !laterLines.has(charterLineId(line))),
    declaredReworded,
  };
}
