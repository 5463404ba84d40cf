/** A cookie's name and value as a header carries them. The value is for the consent cookie alone; no other is kept. */
export interface CookiePair {
  name: string;
  value: string;
}

function pairOf(text: string): CookiePair | null {
  const equals = text.indexOf('=');
  const name = (equals === -1 ? '' : text.slice(0, equals)).trim();
  return name === '' ? null : { name, value: text.slice(equals + 1).trim() };
}

/** The pairs of a request's Cookie header: "a=1; b=2". */
export function cookiePairs(header: string): CookiePair[] {
  return header.split(';').flatMap((part) => pairOf(part) ?? []);
}

/** The pair a Set-Cookie line starts with, before its attributes. */
export function setCookiePair(line: string): CookiePair {
  return pairOf(line.split(';')[0] ?? '') ?? { name: '', value: '' };
}
