/**
 * What a DPO should look at first, for the top of the popup: every undeclared cookie (families as one line), then
 * the declared cookies a finding is about, each with the checks that flagged it. A short list: the first few lines
 * (the largest families, then third parties, first) and how many there are in all. The summary carries it from the
 * first undeclared cookies, the details from the whole comparison and the findings.
 */
import type { CheckId, Finding } from '../checks/types.ts';
import type { Comparison } from '../compare.ts';
import { cookieLines, cookiesOfLine } from './cookie-lines.ts';
import type { IdentifiedCookie } from '../cookies/slot-key.ts';

/** How many lines the list shows: what fits, with the counts, in a 600 px popup's first screen. */
export const TO_CHECK_SHOWN = 6;

export interface ToCheckEntry {
  /** The cookie, or a family's first cookie. */
  cookie: IdentifiedCookie;
  /** The name a family shares (`_pk_id.`), null for a single cookie. */
  familyStem: string | null;
  /** How many cookies the line stands for: 1, or the family's size. */
  count: number;
  undeclared: boolean;
  /** The checks that flagged one of its cookies, each once. */
  checks: CheckId[];
}

export interface ToCheck {
  /** The first TO_CHECK_SHOWN lines. */
  entries: ToCheckEntry[];
  /** How many lines the whole list has. */
  total: number;
}

/** Larger families first (500 cookies of one script weigh more than one), then third parties; otherwise as recorded. */
function byWeight(a: ToCheckEntry, b: ToCheckEntry): number {
  return b.count - a.count || Number(b.cookie.party === 'third') - Number(a.cookie.party === 'third');
}

/**
 * For the summary, which has only each group's first entries: the first undeclared cookies,
 * one by one (a family of the first few would look smaller than it is), and how many undeclared cookies there are.
 */
export function firstViewToCheck(undeclared: readonly IdentifiedCookie[], undeclaredCount: number): ToCheck {
  const entries = undeclared
    .slice(0, TO_CHECK_SHOWN)
    .map((cookie): ToCheckEntry => ({ cookie, familyStem: null, count: 1, undeclared: true, checks: [] }));
  return { entries, total: undeclaredCount };
}

/** The list from the whole comparison and the findings. */
export function whatToCheck(comparison: Comparison<IdentifiedCookie>, findings: readonly Finding[]): ToCheck {
  const checksByCookie = new Map<string, Set<CheckId>>();
  for (const { cookie, check } of findings) {
    if (cookie) checksByCookie.set(cookie.id, (checksByCookie.get(cookie.id) ?? new Set()).add(check));
  }
  const entriesOf = (cookies: readonly IdentifiedCookie[], undeclared: boolean) =>
    cookieLines(cookies)
      .map((line): ToCheckEntry => {
        const members = cookiesOfLine(line);
        const checks = new Set(members.flatMap((member) => [...(checksByCookie.get(member.id) ?? [])]));
        return {
          cookie: members[0]!,
          familyStem: line.kind === 'family' ? line.stem : null,
          count: members.length,
          undeclared,
          checks: [...checks],
        };
      })
      .sort(byWeight);
  // One charter line may be listed twice (two sections), with the same cookies: each cookie once.
  const flagged = new Set(
    comparison.declaredAndSeen.flatMap(({ cookies }) => cookies).filter((cookie) => checksByCookie.has(cookie.id)),
  );
  const lines = [...entriesOf(comparison.undeclared, true), ...entriesOf([...flagged], false)];
  return { entries: lines.slice(0, TO_CHECK_SHOWN), total: lines.length };
}
