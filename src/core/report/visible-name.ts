/**
 * Cookie names come from pages: they may hold characters that show nothing or that change how the text around
 * them reads (control characters, zero-width spaces, right-to-left overrides), or run to 4 KB. The popup shows
 * each such character as a visible mark, and a long name cut, with the whole name one click away.
 */

/** Controls, format characters (bidi overrides, zero-width…) and line or paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Longer names are cut in the list; "_pk_id.1.a1b2" and even long consent cookies stay whole. */
export const MAX_SHOWN_NAME_LENGTH = 80;

/** "a\u0001b" → "a␁b"; a right-to-left override → "⟨U+202E⟩". Other characters are left as they are. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (character) => {
    const code = character.codePointAt(0)!;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code); // the Unicode "control pictures" ␀…␟
    if (code === 0x7f) return '\u2421'; // ␡
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}

export interface ShownName {
  /** What the list shows: visible, and cut with "…" when long. */
  text: string;
  /** The whole name, made visible, when `text` is cut; null otherwise. */
  full: string | null;
}

export function shownName(name: string): ShownName {
  const visible = visibleText(name);
  if ([...visible].length <= MAX_SHOWN_NAME_LENGTH) return { text: visible, full: null };
  // Cut between characters, never inside a surrogate pair.
  return { text: `${[...visible].slice(0, MAX_SHOWN_NAME_LENGTH - 1).join('')}…`, full: visible };
}
