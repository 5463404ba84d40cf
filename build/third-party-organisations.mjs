/**
 * The organisations behind third-party domains, from the third-party-web package (MIT, by Patrick Hulce), as a
 * plain domain → organisation table: the data the extension fetches on need instead of bundling the package.
 * A leading "*." of the package's domains is dropped: the lookup already covers subdomains.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function thirdPartyOrganisations() {
  const entities = require('third-party-web/dist/entities-nostats.json');
  const table = {};
  for (const entity of entities) {
    for (const domain of entity.domains) table[domain.replace(/^\*\./, '')] ??= entity.company || entity.name;
  }
  return table;
}
