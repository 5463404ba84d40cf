import type { DeclaredCookie } from './types.ts';

/**
 * What is kept of a charter in storage, per portal: real charters have a few dozen lines of a few hundred
 * characters; a hostile or broken page may have thousands of megabyte-long ones, which would fill the
 * extension's storage and crowd the portal's cookies out of its record (see src/core/record/record-cap.ts).
 */
export const MAX_KEPT_LINES = 300;
export const MAX_FIELD_LENGTH = 1000;
/** The kept lines' text in all, in characters: ~40 times a long real charter, a fifth of a portal's record. */
export const MAX_CHARTER_CHARACTERS = 200_000;

/**
 * The first lines of a charter, each field (the name too) cut to a storable length (marked "…"), as many as fit in
 * MAX_KEPT_LINES and MAX_CHARTER_CHARACTERS, and how many lines were left out.
 */
export function keepStorable(declared: readonly DeclaredCookie[]): {
  declared: DeclaredCookie[];
  omittedLines: number;
} {
  const kept: DeclaredCookie[] = [];
  let characters = 0;
  for (const line of declared) {
    if (kept.length === MAX_KEPT_LINES) break;
    const storable = {
      ...line,
      name: cut(line.name),
      provider: cut(line.provider),
      service: cut(line.service),
      purpose: cut(line.purpose),
      duration: cut(line.duration),
      category: cut(line.category),
    };
    characters += [
      storable.name,
      storable.provider,
      storable.service,
      storable.purpose,
      storable.duration,
      storable.category,
    ].reduce((sum, field) => sum + (field?.length ?? 0), 0);
    if (characters > MAX_CHARTER_CHARACTERS) break;
    kept.push(storable);
  }
  return { declared: kept, omittedLines: declared.length - kept.length };
}

function cut<T extends string | null>(text: T): T {
  return (text !== null && text.length > MAX_FIELD_LENGTH ? `${text.slice(0, MAX_FIELD_LENGTH - 1)}…` : text) as T;
}
