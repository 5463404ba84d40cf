import type { CnilCategory } from './types.ts';

/**
 * The French label of each category, as the CNIL words these purposes. Product content like the charter wording,
 * so it lives here rather than in _locales: the English interface shows it in French too.
 */
const cnilCategoryLabels: Record<CnilCategory, string> = {
  'strictement-necessaire': 'Strictement nécessaire',
  fonctionnel: 'Fonctionnel (préférences, personnalisation)',
  'mesure-audience': "Mesure d'audience",
  publicite: 'Publicité',
  'reseaux-sociaux': 'Réseaux sociaux',
  'contenu-tiers': 'Contenu tiers intégré (vidéo, carte…)',
  securite: 'Sécurité / équilibrage de charge',
};

export function cnilCategoryLabel(category: CnilCategory): string {
  return cnilCategoryLabels[category];
}

export const cnilCategories = Object.keys(cnilCategoryLabels) as CnilCategory[];
