import { foldForMatching } from '../charter/normalize.ts';
import type { CnilCategory } from '../knowledge/types.ts';

/**
 * Words of a charter's section titles (folded: no accents, lower case), the purposes that need consent first:
 * a section that names both ("Cookies nécessaires / statistiques") is read as the one that needs consent.
 */
const SECTION_WORDS: [CnilCategory, readonly string[]][] = [
  ['publicite', ['publicit', 'marketing', 'advertis', 'ciblage', 'targeting']],
  ['reseaux-sociaux', ['reseaux sociaux', 'reseau social', 'social']],
  ['mesure-audience', ['audience', 'statisti', 'analytic']],
  ['strictement-necessaire', ['necessaire', 'necessary', 'essentiel', 'essential']],
  ['fonctionnel', ['fonctionnel', 'functional', 'preference']],
];

/** The purpose a charter's section title gives its cookies ("Cookies de mesure d'audience"), or null. */
export function categoryOfSection(section: string | null): CnilCategory | null {
  if (!section) return null;
  const folded = foldForMatching(section);
  return SECTION_WORDS.find(([, words]) => words.some((word) => folded.includes(word)))?.[0] ?? null;
}
