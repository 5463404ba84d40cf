/**
 * Text from sites (cookie names, charter lines, column titles, addresses) may hold characters that show nothing or
 * that change how the text around them reads: control characters (a terminal runs ESC sequences), zero-width
 * spaces, right-to-left overrides and isolates. Every place that shows such text (popup, HTML report, CSV,
 * terminal) shows each of them as a visible mark; the JSON export keeps the exact text. Names also run to 4 KB:
 * the popup shows a long name cut, with the whole name one click away.
 */

/**
 * Controls (C0, DEL, C1), format characters (bidi overrides and isolates, zero-width…), line or paragraph separators,
 * lone surrogates, and the Hangul fillers, letters that draw nothing.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/gu;
const LINE_BREAKS_AND_TABS = new Set(['\t', '\n', '\r']);
/** Longer names are cut in the list; "_pk_id.1.a1b2" and even long consent cookies stay whole. */
export const MAX_SHOWN_NAME_LENGTH = 80;

/**
 * "a\u0001b" → "a␁b"; a right-to-left override → "⟨U+202E⟩". Other characters are left as they are. With
 * `keepLineBreaks`, tabs and line breaks stay (a spreadsheet cell shows them as such).
 */
export function visibleText(text: string, { keepLineBreaks = false } = {}): string {
  return text.replace(INVISIBLE, (character) => {
    if (keepLineBreaks && LINE_BREAKS_AND_TABS.has(character)) return character;
    const code = character.codePointAt(0)!;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code); // the Unicode "control pictures" ␀…␟
    if (code === 0x7f) return '\u2421'; // ␡
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}

/**
 * JSON text with every invisible character of its strings written as a \\u escape: the same data (the exact
 * text), read safely on a terminal or in an editor. JSON.stringify already escapes C0 controls inside strings, so
 * a raw one is the indentation's own line break, left as it is.
 */
export function withInvisibleEscaped(json: string): string {
  return json.replace(INVISIBLE, (character) =>
    character.charCodeAt(0) < 0x20
      ? character
      : Array.from(
          { length: character.length },
          (_, index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`,
        ).join(''),
  );
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
