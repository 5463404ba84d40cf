import type { DeclaredCookie } from './types.ts';

/**
 * The one identity of a charter line, or of a name a charter could declare: how it matches and the name. A line
 * written in two sections is one line; the comparison, the reading of a names cell, the comparison of two audits,
 * the draft and the popup's lists all tell lines apart by it.
 */
export function charterLineId(line: Pick<DeclaredCookie, 'name' | 'match'>): string {
  return `${line.match}:${line.name}`;
}
