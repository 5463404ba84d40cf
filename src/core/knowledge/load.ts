import { createCookieKnowledgeLookup } from './lookup.ts';
import { openCookieDatabaseEntries } from './open-cookie-database.ts';
import { createOrganisationLookup } from './organisations.ts';
import type { CookieKnowledgeLookup, OrganisationLookup } from './types.ts';

/*
 * The knowledge data is heavy beside the rest of the extension (sizes below), so only these loaders reach it, each
 * through `import()`: a bundle that never imports this file carries none of it. With code splitting off (esbuild's
 * iife bundles) `import()` still puts the data inside the importing bundle, evaluated only on the first call; a
 * bundle under a size budget can instead fetch open-cookie-database.json as an extension file and hand it to
 * openCookieDatabaseEntries() and createCookieKnowledgeLookup(), which take their data as arguments.
 * Call each loader once and keep its lookup.
 */

/** The project's knowledge base (~25 kB, ~6 kB gzipped) and the Open Cookie Database (~395 kB, ~89 kB gzipped). */
export async function loadCookieKnowledge(): Promise<CookieKnowledgeLookup> {
  const [{ projectVendors }, { default: openCookieDatabase }] = await Promise.all([
    import('./project/index.ts'),
    import('./open-cookie-database.json'),
  ]);
  return createCookieKnowledgeLookup(projectVendors, openCookieDatabaseEntries(openCookieDatabase));
}

/** The project's organisation table, with the third-party-web package (~205 kB, ~41 kB gzipped) as fallback. */
export async function loadOrganisationLookup(): Promise<OrganisationLookup> {
  const thirdPartyWeb = await import('third-party-web/nostats-subset.js');
  // A CommonJS module: Node and esbuild put its exports on `default`, the type declarations say named exports.
  const { getEntity } = (thirdPartyWeb as unknown as { default?: typeof thirdPartyWeb }).default ?? thirdPartyWeb;
  return createOrganisationLookup((domain) => {
    const entity = getEntity(domain);
    return entity ? entity.company || entity.name : null;
  });
}
