import { describe, expect, it } from 'vitest';
import { followConsent, startAudit, type Audit } from '../../src/core/audit/audit.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import { cookieId } from '../../src/core/cookies/slot-key.ts';
import { categoryOfSection } from '../../src/core/checks/section-category.ts';
import { runChecks } from '../../src/core/checks/run-checks.ts';
import type { CheckId, Finding } from '../../src/core/checks/types.ts';
import { compareCookies } from '../../src/core/compare.ts';
import type { KeptCookie } from '../../src/core/cookies/types.ts';
import { createCookieKnowledgeLookup } from '../../src/core/knowledge/lookup.ts';
import { projectVendors } from '../../src/core/knowledge/project/index.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { sayInFrench } from '../support/locale-messages.ts';

const DAY = 24 * 60 * 60 * 1000;
const SET_AT = Date.UTC(2026, 10, 23, 14, 0);
const knowledge = createCookieKnowledgeLookup(projectVendors);

function line(
  name: string,
  duration: string | null,
  category: string | null = null,
  match: DeclaredCookie['match'] = 'exact',
): DeclaredCookie {
  return { name, match, provider: 'Opendatasoft', service: null, purpose: `Finalité de ${name}`, duration, category };
}

function cookie(name: string, options: Partial<KeptCookie> & { lifetimeDays?: number | null } = {}): KeptCookie {
  const { lifetimeDays = null, ...overrides } = options;
  return keptCookie(name, SET_AT, {
    expiresAt: lifetimeDays === null ? null : SET_AT + lifetimeDays * DAY,
    ...overrides,
  });
}

function check(
  recorded: KeptCookie[],
  declared: DeclaredCookie[] = [],
  options: { audit?: Audit | null; portalIsHttps?: boolean } = {},
): Finding[] {
  return runChecks({
    comparison: compareCookies(recorded, declared),
    portalIsHttps: options.portalIsHttps ?? true,
    knowledge,
    audit: options.audit ?? null,
    french: sayInFrench,
  });
}

const only = (findings: Finding[], id: CheckId) => findings.filter((finding) => finding.check === id);
const namesOf = (findings: Finding[], id: CheckId) => only(findings, id).map((finding) => finding.cookie?.name);
/** Intl separates a number from its unit with a no-break space, as French typography wants. */
const plain = (text: string | undefined) => text?.replace(/\s/g, ' ');

describe('declared duration against the lifetime the site asked for', () => {
  it('finds a cookie declared as a session cookie that outlives the session', () => {
    const language = cookie('django_language', { lifetimeDays: 365 });
    const findings = check([language], [line('django_language', 'Session')]);
    expect(only(findings, 'declared-session-but-persistent')).toEqual([
      {
        check: 'declared-session-but-persistent',
        cookie: { id: cookieId(language), name: 'django_language', domain: 'data.montreuil.fr', path: '/' },
        explanation: expect.stringContaining('« Session »'),
        reference: {
          title: 'CNIL — « Cookies et traceurs : comment mettre mon site web en conformité ? » (1er octobre 2020)',
          url: 'https://www.cnil.fr/cookies-et-traceurs-comment-mettre-mon-site-web-en-conformite',
        },
      },
    ]);
    expect(plain(only(findings, 'declared-session-but-persistent')[0]?.explanation)).toContain('pour 1 an');
  });

  it('finds a cookie declared with a duration that was set as a session cookie', () => {
    const findings = check([cookie('sessionid')], [line('sessionid', '2 semaines par défaut')]);
    expect(namesOf(findings, 'declared-persistent-but-session')).toEqual(['sessionid']);
  });

  it('finds a lifetime more than 1.5 times and a day longer than declared, using what the site asked beyond 400 days', () => {
    const atuserid = cookie('atuserid', { lifetimeDays: 400, requestedLifetimeMs: 761 * DAY });
    const findings = check([atuserid], [line('atuserid', '13 mois', "Cookies de mesure d'audience")]);
    const [finding] = only(findings, 'lifetime-longer-than-declared');
    expect(plain(finding?.explanation)).toContain('« 13 mois »');
    expect(plain(finding?.explanation)).toContain('25 mois (ramenés à 400 jours par le navigateur)');
  });

  it('accepts the usual roundings of a declared duration', () => {
    const recorded = [
      cookie('csrftoken', { lifetimeDays: 364 }),
      cookie('_pk_id.1.ab12', { lifetimeDays: 393 }),
      cookie('_pk_ses.1.ab12', { lifetimeDays: 50 / (24 * 60) }),
    ];
    const declared = [
      line('csrftoken', "Jeton renouvelé aléatoirement entre deux requêtes ou deux sessions. Jusqu'à 12 mois"),
      line('_pk_id.', '13 mois', null, 'prefix'),
      line('_pk_ses.', '30 minutes', null, 'prefix'),
    ];
    expect(check(recorded, declared)).toEqual([]);
  });

  it('finds a one-day cookie set for two days, and nothing when the charter states no duration it can read', () => {
    expect(
      namesOf(
        check([cookie('jeton', { lifetimeDays: 2 })], [line('jeton', '1 jour')]),
        'lifetime-longer-than-declared',
      ),
    ).toEqual(['jeton']);
    expect(check([cookie('jeton', { lifetimeDays: 2 })], [line('jeton', 'Persistant')])).toEqual([]);
    expect(check([cookie('jeton', { lifetimeDays: 2 })], [line('jeton', null)])).toEqual([]);
  });
});

describe('audience-measurement cookies living more than 13 months', () => {
  it('finds one known to the knowledge base, by what the site asked', () => {
    const findings = check([cookie('atuserid', { lifetimeDays: 400, requestedLifetimeMs: 761 * DAY })]);
    const [finding] = only(findings, 'audience-lifetime-over-13-months');
    expect(plain(finding?.explanation)).toContain('25 mois');
    expect(finding?.reference.url).toBe('https://www.cnil.fr/fr/node/167364');
    expect(finding?.explanation).toContain(
      "La CNIL recommande de limiter la durée de vie des traceurs de mesure d'audience à 13 mois (c'est une recommandation de la CNIL, distincte des conditions de l'exemption de consentement)",
    );
  });

  it("finds one the charter's section names as audience measurement", () => {
    expect(
      namesOf(
        check([cookie('stats_uid', { lifetimeDays: 730 })], [line('stats_uid', '2 ans', 'Cookies de statistiques')]),
        'audience-lifetime-over-13-months',
      ),
    ).toEqual(['stats_uid']);
  });

  it('leaves alone 13 calendar months, other purposes, and what the knowledge base knows better than the section title', () => {
    const recorded = [
      cookie('_pk_id.1.ab12', { lifetimeDays: 396 }),
      cookie('csrftoken', { lifetimeDays: 730 }),
      cookie('mtm_consent', { lifetimeDays: 30 * 365 }),
    ];
    const declared = [line('mtm_consent', null, "Cookies de mesure d'audience")];
    expect(only(check(recorded, declared), 'audience-lifetime-over-13-months')).toEqual([]);
  });
});

describe('audience-measurement cookies whose expiry moves forward at each visit', () => {
  const firstExpiresAt = SET_AT + 395 * DAY;
  const extended = (name: string, extensions: number) =>
    cookie(name, {
      setAt: SET_AT + extensions * DAY,
      expiresAt: firstExpiresAt + extensions * DAY,
      firstExpiresAt,
      expiryExtensions: extensions,
    });

  it('finds one whose expiry the site moved later each time it set it again, worded as the CNIL recommendation it is', () => {
    const [finding] = only(check([extended('_pk_id.1.ab12', 3)]), 'audience-expiry-extended');
    expect(finding?.cookie?.name).toBe('_pk_id.1.ab12');
    expect(plain(finding?.explanation)).toContain(
      "repoussée 3 fois pendant l'observation, à chaque nouveau dépôt : du 23/12/2027 15:00 au 26/12/2027 15:00",
    );
    expect(finding?.explanation).toContain(
      'La CNIL recommande que la durée de vie de ces traceurs ne soit pas prorogée automatiquement lors des nouvelles visites',
    );
    expect(finding?.explanation).toContain(
      "c'est une recommandation de la CNIL, distincte des conditions de l'exemption de consentement",
    );
    expect(finding?.reference).toEqual({
      title: "CNIL — « Cookies : solutions pour les outils de mesure d'audience » (4 juillet 2025)",
      url: 'https://www.cnil.fr/fr/node/167364',
    });
  });

  it('leaves alone a measurement cookie set once, and a cookie of another purpose extended the same way', () => {
    expect(
      only(
        check([cookie('_pk_id.1.ab12', { lifetimeDays: 395 }), extended('sessionid', 2)]),
        'audience-expiry-extended',
      ),
    ).toEqual([]);
  });
});

describe('cookies set before any consent choice or after a refusal', () => {
  const audit = followConsent(followConsent(startAudit(SET_AT), 'accepted', SET_AT + 2000), 'refused', SET_AT + 3000);
  const recorded = [
    cookie('_pk_id.1.ab12', { firstSeen: SET_AT + 1000 }),
    cookie('_fbp', { firstSeen: SET_AT + 1100, domain: 'montreuil.fr' }),
    cookie('sessionid', { firstSeen: SET_AT + 1200 }),
    cookie('_ga', { firstSeen: SET_AT + 2500, domain: 'montreuil.fr' }),
    cookie('_gid', { firstSeen: SET_AT + 3500, domain: 'montreuil.fr' }),
    cookie('_pk_ses.1.ab12', { firstSeen: SET_AT - 1000 }),
  ];

  it('finds measurement, advertising and social cookies that appeared before the visitor chose', () => {
    const findings = only(check(recorded, [], { audit }), 'set-before-consent');
    expect(findings.map((finding) => finding.cookie?.name)).toEqual(['_pk_id.1.ab12', '_fbp']);
    // The conditions of the exemption, and none of the recommendations (13 months) said to be one.
    expect(findings[0]?.explanation).toContain(
      "peut être exempté de consentement s'il remplit les conditions que pose la CNIL (finalité strictement limitée à la mesure d'audience",
    );
    expect(findings[0]?.explanation).not.toContain('13 mois');
    expect(findings[0]?.reference.url).toBe('https://www.cnil.fr/fr/node/167364');
    expect(findings[1]?.explanation).toMatch(/^Ce cookie publicitaire est apparu avant/);
    expect(findings[1]?.reference.url).toBe(
      'https://www.cnil.fr/cookies-et-traceurs-comment-mettre-mon-site-web-en-conformite',
    );
  });

  it('finds those that appeared after a refusal, and none after an acceptance', () => {
    const findings = only(check(recorded, [], { audit }), 'set-after-refusal');
    expect(findings.map((finding) => finding.cookie?.name)).toEqual(['_gid']);
    expect(findings[0]?.reference.title).toBe(
      'CNIL — « Cookies et traceurs : comment mettre mon site web en conformité ? » (1er octobre 2020)',
    );
  });

  it('reads a declared cookie unknown to the knowledge base by its charter section', () => {
    const findings = check(
      [cookie('pub_id', { firstSeen: SET_AT + 10 })],
      [line('pub_id', null, 'Cookies publicitaires')],
      { audit: startAudit(SET_AT) },
    );
    expect(namesOf(findings, 'set-before-consent')).toEqual(['pub_id']);
  });

  it('says nothing of consent without an audit, nor of cookies that were there before it started', () => {
    expect(only(check(recorded), 'set-before-consent')).toEqual([]);
    expect(
      only(check(recorded, [], { audit }), 'set-before-consent').map((finding) => finding.cookie?.name),
    ).not.toContain('_pk_ses.1.ab12');
  });
});

describe('third-party cookies the charter does not declare', () => {
  it('finds them, naming the vendor when it is known', () => {
    const recorded = [
      cookie('carto_uid', { domain: 'tuiles.carto-tiers.fr', party: 'third', sameSite: 'none' }),
      cookie('YSC', { domain: 'youtube.com', party: 'third', sameSite: 'none' }),
      cookie('_ga', { domain: 'google-analytics.com', party: 'third', sameSite: 'none' }),
      cookie('atuserid'),
    ];
    const findings = only(check(recorded, [line('_ga', '13 mois')]), 'undeclared-third-party');
    expect(findings.map((finding) => finding.cookie?.name)).toEqual(['carto_uid', 'YSC']);
    expect(findings[0]?.explanation).toMatch(
      /^Ce cookie tiers, déposé par le domaine tuiles\.carto-tiers\.fr, n'est pas mentionné/,
    );
    expect(findings[1]?.explanation).toContain('youtube.com (YouTube (Google))');
  });
});

describe('cookie attributes', () => {
  it('finds a cookie without Secure on an HTTPS portal, and SameSite=None without Secure anywhere', () => {
    const recorded = [
      cookie('csrftoken', { secure: false }),
      cookie('carto_uid', { secure: false, sameSite: 'none' }),
      cookie('sessionid'),
    ];
    const onHttps = check(recorded);
    expect(namesOf(onHttps, 'missing-secure')).toEqual(['csrftoken']);
    expect(namesOf(onHttps, 'samesite-none-without-secure')).toEqual(['carto_uid']);
    const onHttp = check(recorded, [], { portalIsHttps: false });
    expect(namesOf(onHttp, 'missing-secure')).toEqual([]);
    expect(namesOf(onHttp, 'samesite-none-without-secure')).toEqual(['carto_uid']);
  });
});

describe('every check', () => {
  it('ignores a cookie set already expired: that is the site deleting it', () => {
    expect(
      check([cookie('_fbp', { lifetimeDays: -1, secure: false, party: 'third', domain: 'facebook.com' })], [], {
        audit: startAudit(SET_AT - 1),
      }),
    ).toEqual([]);
  });

  it('reports a cookie once, even when the charter lists its name twice', () => {
    const findings = check(
      [cookie('sessionid', { secure: false })],
      [line('sessionid', null, 'Section A'), line('sessionid', null, 'Section B')],
    );
    expect(findings.map((finding) => finding.check)).toEqual(['missing-secure']);
  });

  it('explains in French what to check, with a CNIL page, and never states a verdict', () => {
    const audit = followConsent(startAudit(SET_AT - 10), 'refused', SET_AT + 500);
    const findings = check(
      [
        cookie('django_language', { lifetimeDays: 365, secure: false }),
        cookie('sessionid'),
        cookie('atuserid', { lifetimeDays: 400, requestedLifetimeMs: 761 * DAY }),
        cookie('_gid', { firstSeen: SET_AT + 600, domain: 'montreuil.fr' }),
        cookie('carto_uid', { domain: 'tuiles.carto-tiers.fr', party: 'third', sameSite: 'none', secure: false }),
      ],
      [line('django_language', 'Session'), line('sessionid', '2 semaines'), line('atuserid', '13 mois')],
      { audit },
    );
    expect(new Set(findings.map((finding) => finding.check)).size).toBe(9);
    for (const finding of findings) {
      expect(finding.explanation, finding.check).toMatch(/à vérifier/i);
      expect(finding.explanation, finding.check).not.toMatch(
        /illégal|illicite|non conforme|infraction|violation|interdit/i,
      );
      expect(finding.reference.url, finding.check).toMatch(/^https:\/\/www\.cnil\.fr\//);
      // Each text named by its exact title and the date it bears.
      expect(finding.reference.title, finding.check).toMatch(/^CNIL — /);
    }
  });
});

describe('the purpose a charter section title gives', () => {
  it.each([
    ["Cookies de mesure d'audience", 'mesure-audience'],
    ['Cookies de statistiques', 'mesure-audience'],
    ['Analytics cookies', 'mesure-audience'],
    ['Cookies publicitaires', 'publicite'],
    ['Cookies de réseaux sociaux', 'reseaux-sociaux'],
    ['Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels', 'strictement-necessaire'],
    ['Cookies nécessaires / statistiques', 'mesure-audience'],
    ['Cookies tiers', null],
    [null, null],
  ])('reads %j as %s', (section, category) => {
    expect(categoryOfSection(section)).toBe(category);
  });
});
