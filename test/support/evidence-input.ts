import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import type { EvidenceInput } from '../../src/core/export/evidence.ts';
import { createCookieKnowledgeLookup } from '../../src/core/knowledge/lookup.ts';
import { openCookieDatabaseEntries } from '../../src/core/knowledge/open-cookie-database.ts';
import openCookieDatabase from '../../src/core/knowledge/open-cookie-database.json';
import { projectVendors } from '../../src/core/knowledge/project/index.ts';
import { frenchMessages } from './locale-messages.ts';

export const AUDIT_START = Date.UTC(2026, 10, 23, 13, 0);
export const knowledge = createCookieKnowledgeLookup(projectVendors, openCookieDatabaseEntries(openCookieDatabase));

export function declaredLine(name: string, overrides: Partial<DeclaredCookie> = {}): DeclaredCookie {
  return {
    name,
    match: 'exact',
    provider: 'Opendatasoft',
    service: null,
    purpose: `Finalité de ${name}`,
    duration: null,
    category: 'Cookies nécessaires',
    ...overrides,
  };
}

/** The evidence of a portal with no cookie and a charter read on data.montreuil.fr; tests override what they look at. */
export function evidenceInput(overrides: Partial<EvidenceInput> = {}): EvidenceInput {
  return {
    portalHost: 'data.montreuil.fr',
    portalIsHttps: true,
    charter: {
      declared: [declaredLine('sessionid')],
      source: { kind: 'portal', url: 'https://data.montreuil.fr/pages/charte-cookies/', readAt: AUDIT_START - 5000 },
    },
    charterTextSha256: 'ab'.repeat(32),
    extensionVersion: '0.1.0',
    browser: { name: 'Firefox', version: '128.5.0esr' },
    audit: null,
    cookies: [],
    knowledge,
    frenchMessages,
    exportedAt: AUDIT_START + 10 * 60_000,
    ...overrides,
  };
}
