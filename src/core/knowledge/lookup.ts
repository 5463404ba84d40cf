import { createPatternMatcher } from './match.ts';
import type { CookieKnowledgeLookup, KnowledgeEntry, VendorCookies } from './types.ts';

function projectEntries(vendors: readonly VendorCookies[]): KnowledgeEntry[] {
  return vendors.flatMap(({ vendor, source, cookies }) =>
    cookies.map(({ category, purpose, lifetime, ...pattern }) => ({
      ...pattern,
      knowledge: { vendor, category, purpose, purposeLanguage: 'fr' as const, typicalLifetime: lifetime, source: { kind: 'project' as const, url: source } },
    })),
  );
}

/**
 * What is known of a cookie by its name and domain: the project's own French knowledge base first, then the
 * fallback entries (the Open Cookie Database, in English). Takes its data as arguments, so that the caller decides
 * where the data is loaded (see load.ts). The objects returned are shared: read them, do not change them.
 */
export function createCookieKnowledgeLookup(vendors: readonly VendorCookies[], fallback: readonly KnowledgeEntry[] = []): CookieKnowledgeLookup {
  const findInProject = createPatternMatcher(projectEntries(vendors));
  const findInFallback = createPatternMatcher(fallback);
  return (name, domain) => (findInProject(name, domain) ?? findInFallback(name, domain))?.knowledge ?? null;
}
