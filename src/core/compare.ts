import { charterLineId } from './charter/line-identity.ts';
import type { DeclaredCookie } from './charter/types.ts';
import type { KeptCookie } from './cookies/types.ts';

export interface DeclaredAndSeen<Cookie extends KeptCookie = KeptCookie> {
  declared: DeclaredCookie;
  /** Every recorded cookie that this charter line covers (several domains or paths may share a name). */
  cookies: Cookie[];
  /** How many cookies the line covers in all, when `cookies` holds only the first of them (the popup's first view). */
  coveredCount?: number;
}

/** The three groups the popup shows; its cookies as they were given (the report's carry their id). */
export interface Comparison<Cookie extends KeptCookie = KeptCookie> {
  declaredAndSeen: DeclaredAndSeen<Cookie>[];
  undeclared: Cookie[];
  declaredNotSeen: DeclaredCookie[];
  /**
   * By undeclared cookie name, the declared exact name that begins it ("_pk_ses.3.ffff" → "_pk_ses"): the charter
   * may have meant it, but does not declare it; the user is told, and the cookie stays undeclared.
   */
  nearLines?: Record<string, string>;
}

/** The three groups. */
export type ComparisonGroup = 'declaredAndSeen' | 'undeclared' | 'declaredNotSeen';

/** How many entries each group holds. */
export type ComparisonCounts = Record<ComparisonGroup, number>;

export function comparisonCounts({ declaredAndSeen, undeclared, declaredNotSeen }: Comparison): ComparisonCounts {
  return {
    declaredAndSeen: declaredAndSeen.length,
    undeclared: undeclared.length,
    declaredNotSeen: declaredNotSeen.length,
  };
}

/**
 * Finds the charter line that covers a cookie name: an exact name first, then the longest declared prefix.
 * Built once per charter so that matching costs one lookup per distinct prefix length, not O(declared lines).
 */
export function createDeclaredIndex(
  declared: readonly DeclaredCookie[],
): (cookieName: string) => DeclaredCookie | undefined {
  const exact = new Map<string, DeclaredCookie>();
  const prefixes = new Map<string, DeclaredCookie>();
  for (const line of declared) {
    const target = line.match === 'exact' ? exact : prefixes;
    if (!target.has(line.name)) target.set(line.name, line);
  }
  // Longest first, and only the lengths some prefix has ("_pk_" and "_ga_" are both 4): few lookups per name.
  const prefixLengths = [...new Set([...prefixes.keys()].map((prefix) => prefix.length))].sort((a, b) => b - a);
  return (cookieName) => {
    const exactLine = exact.get(cookieName);
    if (exactLine) return exactLine;
    for (const length of prefixLengths) {
      if (length > cookieName.length) continue;
      const prefixLine = prefixes.get(cookieName.slice(0, length));
      if (prefixLine) return prefixLine;
    }
    return undefined;
  };
}

/**
 * Finds, for a cookie name no line covers, the longest declared exact name that begins it ("_pk_ses" for
 * "_pk_ses.3.ffff"): one lookup per length of declared names.
 */
function createNearLineIndex(declared: readonly DeclaredCookie[]): (cookieName: string) => string | undefined {
  const exactNames = new Set(declared.filter((line) => line.match === 'exact').map((line) => line.name));
  const lengths = [...new Set([...exactNames].map((name) => name.length))].sort((a, b) => b - a);
  return (cookieName) => {
    for (const length of lengths) {
      if (length >= cookieName.length) continue;
      const start = cookieName.slice(0, length);
      if (exactNames.has(start)) return start;
    }
    return undefined;
  };
}

/** Compares what a portal declares with what it was seen to set. Names are compared case-sensitively, as browsers do. */
export function compareCookies<Cookie extends KeptCookie>(
  recorded: readonly Cookie[],
  declared: readonly DeclaredCookie[],
): Comparison<Cookie> {
  const findDeclared = createDeclaredIndex(declared);
  const findNearLine = createNearLineIndex(declared);
  const seenByLine = new Map<DeclaredCookie, Cookie[]>();
  const undeclared: Cookie[] = [];
  const nearLines: Record<string, string> = {};
  for (const cookie of recorded) {
    const line = findDeclared(cookie.name);
    if (!line) {
      undeclared.push(cookie);
      const near = findNearLine(cookie.name);
      if (near !== undefined) nearLines[cookie.name] = near;
      continue;
    }
    const cookies = seenByLine.get(line);
    if (cookies) cookies.push(cookie);
    else seenByLine.set(line, [cookie]);
  }
  const declaredAndSeen: DeclaredAndSeen<Cookie>[] = [];
  const declaredNotSeen: DeclaredCookie[] = [];
  // A charter may list one name twice (in two sections): every such line covers what the first one matched.
  const firstLineOf = new Map<string, DeclaredCookie>();
  for (const line of declared) {
    const key = charterLineId(line);
    if (!firstLineOf.has(key)) firstLineOf.set(key, line);
  }
  for (const line of declared) {
    const cookies = seenByLine.get(firstLineOf.get(charterLineId(line)) ?? line);
    if (cookies) declaredAndSeen.push({ declared: line, cookies });
    else declaredNotSeen.push(line);
  }
  return { declaredAndSeen, undeclared, declaredNotSeen, nearLines };
}
