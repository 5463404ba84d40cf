import { otherLanguageTitles as other } from './other-languages.ts';
import { headerReader, type CharterTemplate } from './template.ts';

/**
 * The charter most Opendatasoft portals publish (2023–2025):
 * "Nom du prestataire | Service et emplacement | Nom du cookies | Finalités".
 */
export const olderTemplate: CharterTemplate = {
  id: 'older',
  readHeader: headerReader({
    provider: ['Nom du prestataire', 'Prestataire', 'Provider name', 'Provider', ...other.provider],
    service: ['Service et emplacement', 'Service', 'Service and location', ...other.service],
    name: ['Nom du cookie', 'Nom des cookies', 'Cookie', 'Cookie name', ...other.name],
    purpose: ['Finalité', 'Purpose', ...other.purpose],
  }),
};
