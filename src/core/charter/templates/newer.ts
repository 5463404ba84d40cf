import { otherLanguageTitles as other } from './other-languages.ts';
import { headerReader, type CharterTemplate } from './template.ts';

/** The later charter layout: "Nom du fournisseur | Nom du cookie | Durée | Fonction", and its English version. */
export const newerTemplate: CharterTemplate = {
  id: 'newer',
  readHeader: headerReader({
    provider: ['Nom du fournisseur', 'Fournisseur', 'Supplier name', 'Supplier', ...other.provider],
    name: ['Nom du cookie', 'Nom des cookies', 'Cookie', 'Cookie name', ...other.name],
    duration: ['Durée', 'Durée de conservation', 'Duration', ...other.duration],
    purpose: ['Fonction', 'Function', ...other.purpose],
  }),
};
