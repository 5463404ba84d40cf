import type { DeclaredCookie } from './types.ts';
import { charterLineId } from './line-identity.ts';
import { collapseWhitespace } from './normalize.ts';

export type CookieNamePattern = Pick<DeclaredCookie, 'name' | 'match'>;

/**
 * Separators between names in one cell: "_ga; _gid", "_ga, _gid", "_ga/_gid", one name per line. A cookie name
 * cannot hold any of them (RFC 6265 tokens exclude "/", ";" and ",").
 */
const NAME_LIST_SEPARATOR = /[;,\n/]/;
/** Words between names: "_hjSessionUser et _hjid", "_ga or _gid". */
const NAME_WORD_SEPARATOR = / (?:et|ou|and|or|&) /i;
/**
 * "Tout cookie commençant par", "cookies débutant par", "Any cookie starting with", "beginning with", "préfixe".
 * The "par"/"with" is required after a verb, so that prose such as "début de session" is not read as a prefix.
 * Word endings are bounded ({0,5}) so that a long run of letters cannot make the search quadratic.
 */
const PREFIX_PHRASE =
  /(?:commen[cç][a-z]{0,5} par|d[ée]but[a-z]{0,5} par|start[a-z]{0,5} with|begin[a-z]{0,5} with|pr[ée]fix[a-z]{0,5}(?: (?:par|with|by))?)/i;
/** Quotes of every kind (and stray colons) around a name: "x", 'x', `x`, « x », “x”, ‘x’, „x“, ‹x›, ″x″, ＂x＂. */
const QUOTES = new Set([
  '"',
  "'",
  '`',
  '«',
  '»',
  '“',
  '”',
  '„',
  '‟',
  '‘',
  '’',
  '‚',
  '‛',
  '‹',
  '›',
  '′',
  '″',
  '＂',
  '＇',
  '´',
  ':',
  '\u00a0',
]);
/**
 * Where a placeholder starts in a written pattern: `_ga_*`, `_pk_id.*`, `_hjSessionUser_{site_id}`,
 * `_ga_<ID>`, `_hjSession_[id]`. The name up to it is a prefix.
 */
const PLACEHOLDER_START = /[*{<[]/;
/** Browsers refuse these in a cookie name; a "name" holding them is prose, not a cookie. */
const NOT_IN_A_NAME = /[\s;=,\u0000-\u001f\u007f]/;
const NAME_CHARACTER = /[\p{L}\p{N}_]/u;
const HAS_SEVERAL_WORDS = /[\s;,/]/;
/** Browsers keep no cookie whose name and value together exceed 4096 bytes. */
const MAX_COOKIE_NAME_LENGTH = 4096;

/**
 * Reads the cookie names of one "Nom du cookie" cell: several names, wildcards (`_ga_*`) and
 * prefixes in words ("Tout cookie commençant par _pk_") become exact names and prefixes. Case is kept.
 */
export function parseCookieNames(cell: string): CookieNamePattern[] {
  if (!HAS_SEVERAL_WORDS.test(cell)) {
    // One word, the usual cell: no list, no phrase to read.
    const pattern = readName(cell, false);
    return pattern ? [pattern] : [];
  }
  const patterns: CookieNamePattern[] = [];
  const seen = new Set<string>();
  for (const listItem of cell.split(NAME_LIST_SEPARATOR)) {
    // "Tout cookie commençant par _pk_ ou _hj": the words after a prefix phrase are prefixes too.
    let prefixesFollow = false;
    for (const part of collapseWhitespace(listItem).split(NAME_WORD_SEPARATOR)) {
      const phrasePrefix = prefixInWords(part);
      if (phrasePrefix !== null) prefixesFollow = true;
      const pattern = readName(phrasePrefix ?? part, prefixesFollow);
      if (!pattern) continue;
      const key = charterLineId(pattern);
      if (seen.has(key)) continue;
      seen.add(key);
      patterns.push(pattern);
    }
  }
  return patterns;
}

/** The name after a prefix phrase, or null when the text is not such a phrase. */
function prefixInWords(text: string): string | null {
  if (!text.includes(' ')) return null;
  const phrase = PREFIX_PHRASE.exec(text);
  if (!phrase) return null;
  const rest = trimQuotes(text.slice(phrase.index + phrase[0].length));
  const space = rest.indexOf(' ');
  const name = space === -1 ? rest : rest.slice(0, space);
  return name ? name : null;
}

function readName(text: string, isPrefix: boolean): CookieNamePattern | null {
  let name = trimQuotes(text);
  let match: CookieNamePattern['match'] = isPrefix ? 'prefix' : 'exact';
  const placeholder = name.search(PLACEHOLDER_START);
  if (placeholder !== -1) {
    match = 'prefix';
    name = name.slice(0, placeholder);
  }
  if (name.length > MAX_COOKIE_NAME_LENGTH || NOT_IN_A_NAME.test(name) || !NAME_CHARACTER.test(name)) return null;
  return { name, match };
}

/** Drops quotes, backticks, « » and stray colons around a name (a loop: a regex here could backtrack badly). */
function trimQuotes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (QUOTES.has(text.charAt(start)) || text.charAt(start) === ' ')) start++;
  while (end > start && (QUOTES.has(text.charAt(end - 1)) || text.charAt(end - 1) === ' ')) end--;
  return text.slice(start, end);
}
