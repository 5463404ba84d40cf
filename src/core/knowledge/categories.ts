import type { Say } from '../words/messages.ts';
import type { CnilCategory } from './types.ts';

/** The message of each category's label, as the CNIL words these purposes (in _locales). */
const cnilCategoryMessages: Record<CnilCategory, string> = {
  'strictement-necessaire': 'cnilCategoryStrictlyNecessary',
  fonctionnel: 'cnilCategoryFunctional',
  'mesure-audience': 'cnilCategoryAudience',
  publicite: 'cnilCategoryAdvertising',
  'reseaux-sociaux': 'cnilCategorySocial',
  'contenu-tiers': 'cnilCategoryEmbedded',
  securite: 'cnilCategorySecurity',
};

export function cnilCategoryLabel(category: CnilCategory, say: Say): string {
  return say(cnilCategoryMessages[category]);
}

export const cnilCategories = Object.keys(cnilCategoryMessages) as CnilCategory[];
