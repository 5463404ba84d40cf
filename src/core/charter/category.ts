import { foldForMatching } from './normalize.ts';

/** Words of a cookie section title, folded (no accents, lower case). */
const SECTION_WORDS = [
  'cookie',
  'traceur',
  "mesure d'audience",
  'statistique',
  'tiers',
  'third',
  'analytics',
  'necessary',
  'necessaire',
  'fonctionnel',
  'functional',
  'marketing',
  'publicit',
];
/** Longer "headings" are sentences (a plain-text page makes a heading of every line of prose). */
const MAX_SECTION_TITLE_LENGTH = 150;

/** Whether a heading titles a cookie section ("Cookies de mesure d'audience"), so that it can be a category. */
export function looksLikeCookieSection(heading: string): boolean {
  if (heading.length > MAX_SECTION_TITLE_LENGTH) return false;
  const folded = foldForMatching(heading);
  return SECTION_WORDS.some((word) => folded.includes(word));
}
