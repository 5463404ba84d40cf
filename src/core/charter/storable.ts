import type { DeclaredCookie } from './types.ts';

/**
 * What is kept of a charter in storage, per portal: real charters have a few dozen lines of a few hundred
 * characters; a hostile or broken page may have thousands of megabyte-long ones, which would fill the
 * extension's storage and make every later write of the portal's record fail.
 */
export const MAX_KEPT_LINES = 300;
export const MAX_FIELD_LENGTH = 1000;

/** The first lines of a charter, each field cut to a storable length (marked "…"), and how many lines were left out. */
export function keepStorable(declared: readonly DeclaredCookie[]): { declared: DeclaredCookie[]; omittedLines: number } {
  return {
    declared: declared.slice(0, MAX_KEPT_LINES).map((line) => ({
      ...line,
      provider: cut(line.provider),
      service: cut(line.service),
      purpose: cut(line.purpose),
      duration: cut(line.duration),
      category: cut(line.category),
    })),
    omittedLines: Math.max(0, declared.length - MAX_KEPT_LINES),
  };
}

function cut(text: string | null): string | null {
  return text !== null && text.length > MAX_FIELD_LENGTH ? `${text.slice(0, MAX_FIELD_LENGTH - 1)}…` : text;
}
