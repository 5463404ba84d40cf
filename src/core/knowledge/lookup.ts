import { createPatternMatcher } from './match.ts';
import {
  knowledgeFacts,
  type CookieKnowledgeLookup,
  type FactSources,
  type KnowledgeEntry,
  type KnownCookie,
  type VendorCookies,
} from './types.ts';

/** Each fact's page: the cookie's own other page, else the vendor's page when it states the fact, else none. */
export function factSourcesOf(
  page: VendorCookies['page'],
  cookie: Pick<KnownCookie, 'stated' | 'otherPages'>,
): FactSources {
  return Object.fromEntries(
    knowledgeFacts.map((fact) => [
      fact,
      cookie.otherPages?.[fact] ?? (page !== null && cookie.stated.includes(fact) ? page : null),
    ]),
  ) as unknown as FactSources;
}

function projectEntries(vendors: readonly VendorCookies[]): KnowledgeEntry[] {
  return vendors.flatMap(({ vendor, page, cookies }) =>
    cookies.map(({ category, purpose, lifetime, stated, otherPages, ...pattern }) => ({
      ...pattern,
      knowledge: {
        vendor,
        category,
        purpose,
        purposeLanguage: 'fr' as const,
        typicalLifetime: lifetime,
        source: { kind: 'project' as const, url: page?.url ?? null },
        facts: factSourcesOf(page, { stated, otherPages }),
      },
    })),
  );
}

/**
 * What is known of a cookie by its name and domain: the project's own French knowledge base first, then the
 * fallback entries (the Open Cookie Database, in English). Entries true only on an Opendatasoft portal count for
 * the cookies its own host set, when the lookup is told that host. Takes its data as arguments, so that the caller
 * decides where the data is loaded (see load.ts). The objects returned are shared: read them, do not change them.
 */
export function createCookieKnowledgeLookup(
  vendors: readonly VendorCookies[],
  fallback: readonly KnowledgeEntry[] = [],
): CookieKnowledgeLookup {
  const findOnPortal = createPatternMatcher(
    projectEntries(vendors.filter((vendor) => vendor.onOpendatasoftPortalOnly)),
  );
  const findInProject = createPatternMatcher(
    projectEntries(vendors.filter((vendor) => !vendor.onOpendatasoftPortalOnly)),
  );
  const findInFallback = createPatternMatcher(fallback);
  return (name, domain, portalHost) => {
    const setByPortal = portalHost != null && domain.toLowerCase().replace(/^\.+/, '') === portalHost.toLowerCase();
    const entry =
      (setByPortal ? findOnPortal(name, domain) : null) ?? findInProject(name, domain) ?? findInFallback(name, domain);
    return entry?.knowledge ?? null;
  };
}
