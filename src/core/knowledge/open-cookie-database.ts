import type { CnilCategory, FactSources, KnowledgeEntry } from './types.ts';

/**
 * open-cookie-database.json as build/open-cookie-database.mjs writes it: one array per cookie, in the order of
 * `columns`. Typed loosely because a JSON import is inferred as arrays of strings and numbers, not tuples.
 */
export interface OpenCookieDatabaseFile {
  attribution: { source: string };
  columns: readonly string[];
  cookies: readonly (readonly (string | number)[])[];
}

/** The database's categories in the CNIL's vocabulary ("Personalization" is the interface's preferences). */
const cnilCategoryOf: Record<string, CnilCategory> = {
  Necessary: 'strictement-necessaire',
  Functional: 'fonctionnel',
  Personalization: 'fonctionnel',
  Analytics: 'mesure-audience',
  Marketing: 'publicite',
  Security: 'securite',
};

const UNKNOWN_RETENTION = /^(?:unknown|)$/i;

/** The Open Cookie Database is written by its community: no fact of it was checked on a vendor's page. */
const COMMUNITY_FACTS: FactSources = { vendor: null, category: null, purpose: null, lifetime: null };

/** The database's rows as knowledge entries; a row of an unknown category or shape is left out. */
export function openCookieDatabaseEntries(file: OpenCookieDatabaseFile): KnowledgeEntry[] {
  const at = (column: string) => file.columns.indexOf(column);
  const columns = {
    name: at('name'),
    domains: at('domains'),
    category: at('category'),
    platform: at('platform'),
    description: at('description'),
    retention: at('retention'),
    prefix: at('prefix'),
  };
  const entries: KnowledgeEntry[] = [];
  for (const row of file.cookies) {
    const text = (index: number) => (typeof row[index] === 'string' ? (row[index] as string) : '');
    const category = cnilCategoryOf[text(columns.category)];
    const name = text(columns.name);
    if (!category || name === '') continue;
    const domains = text(columns.domains);
    const retention = text(columns.retention);
    entries.push({
      name,
      match: row[columns.prefix] === 1 ? 'prefix' : 'exact',
      ...(domains === '' ? {} : { domains: domains.split(' ') }),
      knowledge: {
        vendor: text(columns.platform),
        category,
        purpose: text(columns.description),
        purposeLanguage: 'en',
        typicalLifetime: UNKNOWN_RETENTION.test(retention) ? null : retention,
        source: { kind: 'open-cookie-database', url: file.attribution.source },
        facts: COMMUNITY_FACTS,
      },
    });
  }
  return entries;
}
