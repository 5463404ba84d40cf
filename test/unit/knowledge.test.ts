import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cnilCategories, cnilCategoryLabel } from '../../src/core/knowledge/categories.ts';
import { loadCookieKnowledge } from '../../src/core/knowledge/load.ts';
import { createCookieKnowledgeLookup, factSourcesOf } from '../../src/core/knowledge/lookup.ts';
import { knowledgeOnPortal } from '../../src/core/knowledge/on-portal.ts';
import { createPatternMatcher, MIN_PREFIX_LENGTH } from '../../src/core/knowledge/match.ts';
import { projectVendors } from '../../src/core/knowledge/project/index.ts';
import { pages } from '../../src/core/knowledge/project/pages.ts';
import { knowledgeFacts, type KnowledgeEntry, type NamePattern } from '../../src/core/knowledge/types.ts';
import { sayInFrench } from '../support/locale-messages.ts';

const knowledge = await loadCookieKnowledge();
const projectCookies = projectVendors.flatMap((vendor) =>
  vendor.cookies.map((cookie) => ({ ...cookie, vendor: vendor.vendor, page: vendor.page })),
);

describe('matching a cookie name against patterns', () => {
  const entry = (name: string, match: NamePattern['match'], domains?: string[]) => ({
    name,
    match,
    ...(domains ? { domains } : {}),
    label: `${match}:${name}:${domains ?? '*'}`,
  });
  const find = createPatternMatcher([
    entry('_pk_id.', 'prefix'),
    entry('_pk_id.1.ab12', 'exact'),
    entry('_pk_', 'prefix'),
    entry('_s', 'prefix'),
    entry('abc', 'prefix'),
    entry('fr', 'exact', ['facebook.com']),
    entry('PREF', 'exact', ['youtube.com']),
    entry('PREF', 'exact'),
  ]);
  const labelOf = (name: string, domain = 'data.montreuil.fr') => find(name, domain)?.label ?? null;

  it('prefers an exact name, then the longest prefix', () => {
    expect(labelOf('_pk_id.1.ab12')).toBe('exact:_pk_id.1.ab12:*');
    expect(labelOf('_pk_id.2.cd34')).toBe('prefix:_pk_id.:*');
    expect(labelOf('_pk_ses.2.cd34')).toBe('prefix:_pk_:*');
  });

  it('compares names case-sensitively, as browsers do', () => {
    expect(labelOf('_PK_ID.1.ab12')).toBeNull();
  });

  it(`reads prefixes shorter than ${MIN_PREFIX_LENGTH} characters as exact names: no "_s" for "_sess"`, () => {
    expect(labelOf('_sess')).toBeNull();
    expect(labelOf('abcdef')).toBeNull();
    expect(labelOf('_s')).toBe('prefix:_s:*');
  });

  it('matches an entry tied to domains only on those domains and their subdomains, before an entry tied to none', () => {
    expect(labelOf('fr', 'facebook.com')).toBe('exact:fr:facebook.com');
    expect(labelOf('fr', 'www.facebook.com')).toBe('exact:fr:facebook.com');
    expect(labelOf('fr', '.facebook.com')).toBe('exact:fr:facebook.com');
    expect(labelOf('fr', 'notfacebook.com')).toBeNull();
    expect(labelOf('fr', 'data.montreuil.fr')).toBeNull();
    expect(labelOf('PREF', 'www.youtube.com')).toBe('exact:PREF:youtube.com');
    expect(labelOf('PREF', 'data.montreuil.fr')).toBe('exact:PREF:*');
  });
});

describe("the project's knowledge base", () => {
  it('holds about a hundred cookies, each with a French purpose and a category', () => {
    expect(projectCookies.length).toBeGreaterThanOrEqual(95);
    for (const cookie of projectCookies) {
      expect(cookie.purpose, cookie.name).toMatch(/^[A-ZÉ].{10,200}[.)]$/);
      expect(cnilCategories, cookie.name).toContain(cookie.category);
    }
  });

  it('gives each fact of each entry its source: a vendor page read on a day, or none (a community description)', () => {
    const today = '2026-11-29';
    for (const cookie of projectCookies) {
      const facts = factSourcesOf(cookie.page, cookie);
      expect(Object.keys(facts).sort(), cookie.name).toEqual([...knowledgeFacts].sort());
      // A page is named only for the facts it states, and a vendor without a page states none.
      if (cookie.page === null) expect(cookie.stated, cookie.name).toEqual([]);
      if (cookie.lifetime === null) expect(cookie.stated, cookie.name).not.toContain('lifetime');
      for (const fact of knowledgeFacts) {
        const page = facts[fact];
        if (page === null) continue;
        expect(page.url, `${cookie.name} ${fact}`).toMatch(/^https:\/\/[a-z0-9.-]+\//);
        expect(page.title.length, `${cookie.name} ${fact}`).toBeGreaterThan(10);
        expect(page.checked, `${cookie.name} ${fact}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(page.checked <= today, `${cookie.name} ${fact}`).toBe(true);
      }
    }
  });

  it('lists every page it cites in docs/sources.md, for a DPO who must cite them', () => {
    const sources = readFileSync(new URL('../../docs/sources.md', import.meta.url), 'utf8');
    for (const page of Object.values(pages)) expect(sources, page.title).toContain(page.url);
  });

  it(`has no prefix shorter than ${MIN_PREFIX_LENGTH} characters and no pattern twice`, () => {
    expect(
      projectCookies.filter((cookie) => cookie.match === 'prefix' && cookie.name.length < MIN_PREFIX_LENGTH),
    ).toEqual([]);
    const portalOnly = new Set(
      projectVendors.filter((vendor) => vendor.onOpendatasoftPortalOnly).map((vendor) => vendor.vendor),
    );
    const keys = projectCookies.map(
      (cookie) => `${portalOnly.has(cookie.vendor)}:${cookie.match}:${cookie.name}:${cookie.domains?.join(',') ?? ''}`,
    );
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it("says Django's default names are Opendatasoft's only for the cookies an Opendatasoft portal's own host set", () => {
    for (const name of ['sessionid', 'csrftoken', 'django_language']) {
      expect(knowledge(name, 'data.montreuil.fr', 'data.montreuil.fr')?.vendor, name).toBe('Opendatasoft (Huwise)');
      expect(knowledge(name, 'data.montreuil.fr')?.vendor, name).toMatch(/^Django/);
      expect(knowledge(name, 'www.montreuil.fr', 'data.montreuil.fr')?.vendor, name).toMatch(/^Django/);
    }
    expect(knowledgeOnPortal(knowledge, 'data.montreuil.fr')('sessionid', 'data.montreuil.fr')).toMatchObject({
      typicalLifetime: '2 semaines par défaut',
      facts: { lifetime: { url: 'https://info-financiere.gouv.fr/terms/cookies-policy/' } },
    });
  });

  it.each([
    ['axeptio_cookies', '6 mois par défaut, configurable'],
    ['tarteaucitron', '365 jours par défaut'],
    ['AWSALB', "1 jour par défaut, jusqu'à 7 jours"],
    ['_pk_id.1.ab12', '13 mois par défaut'],
  ])('gives %s the lifetime its vendor states: %s', (name, lifetime) => {
    expect(knowledge(name, 'data.montreuil.fr')?.typicalLifetime).toBe(lifetime);
  });

  it('words what the vendors say: a pseudonymous Matomo id (never "anonyme"), YouTube\'s session-security cookie, a server name the administrator chooses', () => {
    expect(knowledge('_pk_id.1.ab12', 'data.montreuil.fr')?.purpose).toMatch(/identifiant unique \(pseudonyme\)/i);
    expect(projectCookies.filter((cookie) => /anonyme/i.test(cookie.purpose)).map((cookie) => cookie.name)).toEqual([]);
    expect(knowledge('YSC', 'youtube.com')).toMatchObject({
      category: 'securite',
      purpose: expect.stringMatching(/^Sécurité/),
    });
    expect(knowledge('VISITOR_INFO1_LIVE', 'youtube.com')?.purpose).toMatch(/préférences.*problèmes du service/);
    expect(knowledge('SERVERID', 'data.montreuil.fr')?.vendor).toMatch(/nom choisi par l'administrateur/);
  });

  it.each([
    ['cookies_preferences', 'data.montreuil.fr', 'Opendatasoft (Huwise)', 'strictement-necessaire'],
    ['_pk_id.3.1fff', 'data.montreuil.fr', 'Matomo', 'mesure-audience'],
    ['_pk_ses.3.1fff', 'data.montreuil.fr', 'Matomo', 'mesure-audience'],
    ['_pk_ref.3.1fff', 'data.montreuil.fr', 'Matomo', 'mesure-audience'],
    ['_pk_cvar.3.1fff', 'data.montreuil.fr', 'Matomo', 'mesure-audience'],
    ['_pk_hsr.3.1fff', 'data.montreuil.fr', 'Matomo', 'mesure-audience'],
    ['mtm_consent', 'data.montreuil.fr', 'Matomo', 'strictement-necessaire'],
    ['mtm_consent_removed', 'data.montreuil.fr', 'Matomo', 'strictement-necessaire'],
    ['mtm_cookie_consent', 'data.montreuil.fr', 'Matomo', 'strictement-necessaire'],
    ['MATOMO_SESSID', 'stats.montreuil.fr', 'Matomo', 'strictement-necessaire'],
    ['matomo_sessid', 'stats.montreuil.fr', 'Matomo', 'securite'],
    ['matomo_ignore', 'stats.montreuil.fr', 'Matomo', 'strictement-necessaire'],
    ['_ga', 'montreuil.fr', 'Google Analytics', 'mesure-audience'],
    ['_ga_SY6PZPX0VR', 'montreuil.fr', 'Google Analytics', 'mesure-audience'],
    ['_gid', 'montreuil.fr', 'Google Analytics (Universal Analytics)', 'mesure-audience'],
    ['_gat_gtag_UA_12345_1', 'montreuil.fr', 'Google Analytics (Universal Analytics)', 'mesure-audience'],
    ['__utmz', 'montreuil.fr', 'Google Analytics (ancienne bibliothèque ga.js)', 'mesure-audience'],
    ['__utmx', 'montreuil.fr', 'Google Analytics (ancienne bibliothèque ga.js)', 'mesure-audience'],
    ['atuserid', 'data.montreuil.fr', 'AT Internet (Piano)', 'mesure-audience'],
    ['atidvisitor', 'data.montreuil.fr', 'AT Internet (Piano)', 'mesure-audience'],
    ['atauthority', 'data.montreuil.fr', 'AT Internet (Piano)', 'strictement-necessaire'],
    ['xtvrn', 'data.montreuil.fr', 'AT Internet (Piano)', 'mesure-audience'],
    ['xtan123456', 'data.montreuil.fr', 'AT Internet (Piano)', 'mesure-audience'],
    ['_pcid', 'data.montreuil.fr', 'Piano Analytics', 'mesure-audience'],
    ['_pctx', 'data.montreuil.fr', 'Piano Analytics', 'mesure-audience'],
    ['_pcus', 'data.montreuil.fr', 'Piano (Composer)', 'publicite'],
    ['etuix', 'data.montreuil.fr', 'Eulerian', 'mesure-audience'],
    ['Wysistat', 'data.montreuil.fr', 'Wysistat', 'mesure-audience'],
    ['wysistat', 'data.montreuil.fr', 'Wysistat', 'mesure-audience'],
    ['_hjSessionUser_123456', 'montreuil.fr', 'Hotjar', 'mesure-audience'],
    ['_hjSession_123456', 'montreuil.fr', 'Hotjar', 'mesure-audience'],
    ['_clck', 'montreuil.fr', 'Microsoft Clarity', 'mesure-audience'],
    ['_clsk', 'montreuil.fr', 'Microsoft Clarity', 'mesure-audience'],
    ['CLID', 'www.clarity.ms', 'Microsoft Clarity', 'mesure-audience'],
    ['MUID', 'clarity.ms', 'Microsoft Clarity', 'publicite'],
    ['ANONCHK', 'c.clarity.ms', 'Microsoft Clarity', 'publicite'],
    ['SM', 'c.clarity.ms', 'Microsoft Clarity', 'mesure-audience'],
    ['tarteaucitron', 'data.montreuil.fr', 'tarteaucitron', 'strictement-necessaire'],
    ['axeptio_cookies', 'data.montreuil.fr', 'Axeptio', 'strictement-necessaire'],
    ['_ax_token', 'data.montreuil.fr', 'Axeptio', 'strictement-necessaire'],
    ['OptanonConsent', 'data.montreuil.fr', 'OneTrust', 'strictement-necessaire'],
    ['OptanonAlertBoxClosed', 'data.montreuil.fr', 'OneTrust', 'strictement-necessaire'],
    ['didomi_token', 'data.montreuil.fr', 'Didomi', 'strictement-necessaire'],
    ['euconsent-v2', 'data.montreuil.fr', 'Gestionnaire de consentement (cadre IAB TCF)', 'strictement-necessaire'],
    ['__cf_bm', 'data.montreuil.fr', 'Cloudflare', 'securite'],
    ['cf_clearance', 'data.montreuil.fr', 'Cloudflare', 'securite'],
    ['_cfuvid', 'data.montreuil.fr', 'Cloudflare', 'securite'],
    ['YSC', 'youtube.com', 'YouTube (Google)', 'securite'],
    ['__Secure-YEC', 'youtube.com', 'YouTube (Google)', 'contenu-tiers'],
    ['ts', 'www.dailymotion.com', 'Dailymotion', 'contenu-tiers'],
    ['x1.cid', 'dailymotion.com', 'Dailymotion', 'publicite'],
    ['VISITOR_INFO1_LIVE', 'youtube.com', 'YouTube (Google)', 'contenu-tiers'],
    ['VISITOR_PRIVACY_METADATA', 'youtube-nocookie.com', 'YouTube (Google)', 'contenu-tiers'],
    ['PREF', 'youtube.com', 'YouTube (Google)', 'fonctionnel'],
    ['_fbp', 'montreuil.fr', 'Meta (Facebook)', 'publicite'],
    ['fr', 'facebook.com', 'Meta (Facebook)', 'publicite'],
    ['datr', 'facebook.com', 'Meta (Facebook)', 'securite'],
    ['bcookie', 'linkedin.com', 'LinkedIn', 'reseaux-sociaux'],
    ['li_gc', 'linkedin.com', 'LinkedIn', 'strictement-necessaire'],
    ['lidc', 'linkedin.com', 'LinkedIn', 'securite'],
    ['UserMatchHistory', 'linkedin.com', 'LinkedIn', 'publicite'],
    ['AnalyticsSyncHistory', 'linkedin.com', 'LinkedIn', 'publicite'],
    ['guest_id', 'x.com', 'X (Twitter)', 'reseaux-sociaux'],
    ['personalization_id', 'twitter.com', 'X (Twitter)', 'publicite'],
    ['muc_ads', 'x.com', 'X (Twitter)', 'publicite'],
    ['_GRECAPTCHA', 'www.google.com', 'Google', 'securite'],
    [
      'SERVERID',
      'data.montreuil.fr',
      "Équilibreur de charge (nom choisi par l'administrateur, courant avec HAProxy)",
      'securite',
    ],
    ['AWSALBCORS', 'data.montreuil.fr', 'Amazon Web Services (Application Load Balancer)', 'securite'],
    ['AWSELB', 'data.montreuil.fr', 'Amazon Web Services (Classic Load Balancer)', 'securite'],
    ['BIGipServer~pool_web', 'data.montreuil.fr', 'F5 BIG-IP (équilibreur de charge)', 'securite'],
    ['TS01a2b3c4', 'data.montreuil.fr', 'F5 (pare-feu applicatif BIG-IP ASM / Advanced WAF)', 'securite'],
    ['JSESSIONID', 'data.montreuil.fr', 'Serveur d’application Java (Jakarta Servlet)', 'fonctionnel'],
    ['PHPSESSID', 'data.montreuil.fr', 'PHP', 'fonctionnel'],
  ])('knows %s on %s: %s, %s', (name, domain, vendor, category) => {
    const found = knowledge(name, domain);
    expect(found).toMatchObject({ vendor, category, purposeLanguage: 'fr', source: { kind: 'project' } });
  });

  it("does not read a social network's short names on other domains", () => {
    expect(knowledge('fr', 'data.montreuil.fr')?.vendor).not.toBe('Meta (Facebook)');
    expect(knowledge('lang', 'data.montreuil.fr')?.vendor).not.toBe('LinkedIn');
    expect(knowledge('SM', 'data.montreuil.fr')?.vendor).not.toBe('Microsoft Clarity');
  });
});

describe('the Open Cookie Database fallback', () => {
  it('describes in English what the project does not know, in the CNIL vocabulary', () => {
    const found = knowledge('ABTasty', 'data.montreuil.fr');
    expect(found).toMatchObject({
      vendor: 'ABTasty',
      category: 'mesure-audience',
      purposeLanguage: 'en',
      typicalLifetime: '13 months',
      source: { kind: 'open-cookie-database', url: 'https://github.com/jkwakman/Open-Cookie-Database' },
    });
    expect(found?.purpose).toMatch(/^This cookie sends all test data/);
  });

  it('honours the domain the database ties a cookie to', () => {
    expect(knowledge('__hssc', 'track.hubspot.com')?.vendor).toBe('Hubspot');
    expect(knowledge('__hssc', 'data.montreuil.fr')).toBeNull();
  });

  it('maps its categories to the CNIL vocabulary', () => {
    const fallback: KnowledgeEntry[] = ['Necessary', 'Functional', 'Analytics', 'Marketing', 'Security'].map(
      (category, index) => ({
        name: `cookie${index}`,
        match: 'exact',
        knowledge: {
          vendor: category,
          category: 'fonctionnel',
          purpose: 'x',
          purposeLanguage: 'en',
          typicalLifetime: null,
          source: { kind: 'open-cookie-database', url: null },
          facts: { vendor: null, category: null, purpose: null, lifetime: null },
        },
      }),
    );
    expect(createCookieKnowledgeLookup([], fallback)('cookie1', 'a.fr')?.vendor).toBe('Functional');
    expect(['_gcl_au', 'CookieConsent', '_hjSessionUser_1'].map((name) => knowledge(name, 'a.fr')?.category)).toEqual([
      'publicite',
      'fonctionnel',
      'mesure-audience',
    ]);
  });

  it('keeps a short wildcard of the database from claiming longer names', () => {
    expect(knowledge('_sess', 'data.montreuil.fr')).toBeNull();
    expect(knowledge('_s', 'shopify.com')?.vendor).toBe('Shopify');
    expect(knowledge('_s', 'data.montreuil.fr')).toBeNull();
  });

  it('knows nothing of a made-up name', () => {
    expect(knowledge('carto_uid', 'tuiles.carto-tiers.fr')).toBeNull();
  });
});

describe('category labels', () => {
  it('words every category in French, from the locale', () => {
    expect(cnilCategories.map((category) => cnilCategoryLabel(category, sayInFrench))).toEqual([
      'Strictement nécessaire',
      'Fonctionnel (préférences, personnalisation)',
      "Mesure d'audience",
      'Publicité',
      'Réseaux sociaux',
      'Contenu tiers intégré (vidéo, carte…)',
      'Sécurité / équilibrage de charge',
    ]);
  });
});
