/**
 * An address as the extension keeps, shows and exports it: the page or response a cookie came from. Whatever in
 * an address may repeat a secret is left out: the query and fragment (a measurement request's parameters often
 * repeat the identifier its cookie holds), the user and password, path parameters (`/page;jsessionid=…`); a path
 * segment that looks like a token or a session id is shortened to its first characters; and the whole is cut to a
 * bounded length, since a page can make its own address 20 KB long.
 */

/** Longer addresses are cut, with "…": a record keeps several per cookie. */
export const MAX_KEPT_URL_LENGTH = 300;
/** What is left of an opaque path segment: enough to tell two apart, too little to reuse. */
const OPAQUE_SEGMENT_KEPT = 4;
/** A segment this long is opaque when its letters and digits alternate like random text (see isOpaque). */
const MIN_OPAQUE_LENGTH = 16;
const ELLIPSIS = '…';
const OPAQUE_SAMPLE_LENGTH = 64;

/** "https://user:pw@site.fr/a;sid=1/b?q#f" → "https://site.fr/a/b"; '' for what is not an absolute address. */
export function keptUrl(url: string): string {
  if (!URL.canParse(url)) return '';
  const parsed = new URL(url);
  // Special schemes (http, https, ws…) have an origin; others (data:, blob:, about:) keep nothing worth keeping.
  if (parsed.origin === 'null') return '';
  let kept = parsed.origin;
  // Segment by segment, only as far as the cut: a page can make its path 20 KB long, and this runs per cookie.
  for (const segment of parsed.pathname.slice(1).split('/', MAX_KEPT_URL_LENGTH)) {
    kept += `/${keptSegment(segment)}`;
    if (kept.length > MAX_KEPT_URL_LENGTH) break;
  }
  return cut(kept);
}

function keptSegment(segment: string): string {
  const withoutParameters = segment.split(';', 1)[0] ?? '';
  return isOpaque(withoutParameters)
    ? `${withoutParameters.slice(0, OPAQUE_SEGMENT_KEPT)}${ELLIPSIS}`
    : withoutParameters;
}

type CharacterClass = 'lower' | 'upper' | 'digit' | 'other';

function classOf(character: string): CharacterClass {
  if (character >= 'a' && character <= 'z') return 'lower';
  if (character >= 'A' && character <= 'Z') return 'upper';
  if (character >= '0' && character <= '9') return 'digit';
  return 'other';
}

/**
 * A token or session id (hexadecimal, base64, a JWT) switches between digits, lower and upper case at every other
 * character or so; words, even joined by dashes or written in CamelCase, hardly ever do. Switches from an upper-case
 * letter to a lower-case one (a capitalised word) do not count; percent-encoded letters are read decoded.
 */
function isOpaque(segment: string): boolean {
  if (segment.length < MIN_OPAQUE_LENGTH) return false;
  // Its start tells: a token is random throughout, and a 20 KB segment is cut anyway.
  const text = decodedOrSame(segment.slice(0, OPAQUE_SAMPLE_LENGTH));
  let switches = 0;
  let previous: CharacterClass = 'other';
  for (const character of text) {
    const current = classOf(character);
    if (
      current !== 'other' &&
      previous !== 'other' &&
      current !== previous &&
      !(previous === 'upper' && current === 'lower')
    )
      switches++;
    previous = current;
  }
  return switches * 4 >= text.length;
}

function decodedOrSame(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function cut(url: string): string {
  return url.length <= MAX_KEPT_URL_LENGTH ? url : `${url.slice(0, MAX_KEPT_URL_LENGTH - 1)}${ELLIPSIS}`;
}
