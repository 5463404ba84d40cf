// @vitest-environment node
/**
 * The corrected charter of each local test portal (test/portal/), after a visit that accepts the consent banner,
 * with the rows and review written by hand from what each portal declares and sets; then the parts a DPO reads
 * first: the heading, the proposed durations, the review's reasons, and text from sites kept as text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followConsent, startAudit } from '../../src/core/audit/audit.ts';
import { sectionLabel } from '../../src/core/charter/category.ts';
import { standardCharter } from '../../src/core/charter/standard/index.ts';
import type { Charter } from '../../src/core/charter/types.ts';
import { buildCharterDraft } from '../../src/core/draft/build-draft.ts';
import { draftToHtml } from '../../src/core/draft/render-html.ts';
import { draftToMarkdown } from '../../src/core/draft/render-markdown.ts';
import { draftToText } from '../../src/core/draft/render-text.ts';
import type { EvidenceCookie } from '../../src/core/export/evidence-rows.ts';
import { cookieSpecs, type CookieSpecName } from '../portal/cookies.ts';
import { siteFor } from '../portal/sites.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { charterFrom, draftInput, draftTables } from '../support/draft-input.ts';
import { AUDIT_START, declaredLine } from '../support/evidence-input.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const ACCEPTED_AT = AUDIT_START + 2 * MINUTE;
const audit = followConsent(startAudit(AUDIT_START), 'accepted', ACCEPTED_AT);
/** Intl separates a number from its unit with a no-break space. */
const plain = (text: string) => text.replace(/\s/g, ' ');

/** A cookie the portal's server (or an embed's) sets by Set-Cookie, with its spec's lifetime. */
function setByResponse(spec: CookieSpecName, url: string, at: number, page: string): EvidenceCookie {
  const { name, maxAge } = cookieSpecs[spec];
  const domain = new URL(url).hostname;
  return keptCookie(name, at, {
    domain,
    party: domain.endsWith('carto-tiers.fr') || domain.endsWith('lecteur-tiers.com') ? 'third' : 'first',
    expiresAt: maxAge === undefined ? null : at + maxAge * SECOND,
    seenBy: ['set-cookie-header'],
    setByResponse: url,
    firstPage: page,
  });
}

/** A cookie the portal's script writes (test/portal/pages/assets.ts), seen by the browser's cookie events. */
const setByScript = (name: string, at: number, maxAgeSeconds: number, host: string): EvidenceCookie =>
  keptCookie(name, at, { domain: host, expiresAt: at + maxAgeSeconds * SECOND, firstPage: `https://${host}/` });

/** A visit of a local portal's home page, then "Tout accepter": what test/portal sets, in that order. */
function visitAndAccept(host: string): EvidenceCookie[] {
  const site = siteFor(host)!;
  const home = `https://${host}/`;
  const cookies = site.headerCookies.map((spec) => setByResponse(spec, home, AUDIT_START + SECOND, home));
  for (const embed of site.embeds) {
    const url = embed.kind === 'map-tiles' ? embed.tiles[0]! : embed.src;
    cookies.push(
      setByResponse(embed.kind === 'map-tiles' ? 'cartoUid' : 'lecteurVisiteur', url, AUDIT_START + 2 * SECOND, home),
    );
  }
  cookies.push(setByScript('cookies_preferences', ACCEPTED_AT, 15_552_000, host));
  if (site.matomo) {
    const suffix = `${site.matomo.siteId}.${site.matomo.hash}`;
    cookies.push(setByScript(`_pk_id.${suffix}`, ACCEPTED_AT, 33_955_200, host));
    if (site.matomo.sessionCookie) cookies.push(setByScript(`_pk_ses.${suffix}`, ACCEPTED_AT, 1800, host));
  }
  return cookies;
}

const portalCharter = (host: string): Charter => {
  const site = siteFor(host)!;
  return charterFrom(
    readFileSync(`test/portal/charters/${site.charter!.file}`, 'utf8'),
    `https://${host}${site.charter!.path}`,
  );
};

const draftOf = (host: string, charter: Charter) =>
  buildCharterDraft(draftInput(charter, visitAndAccept(host), { portalHost: host, audit }));

const OLDER_NECESSARY = 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels';
const olderKeptRows = (preferencesPurpose: string) => [
  [
    'Opendatasoft',
    'Authentification (front et back office)',
    'sessionid',
    '',
    "Se souvenir de l'utilisateur d'une page à une autre.",
  ],
  [
    'Opendatasoft',
    'Sélection de la langue (front et back office)',
    'django_language',
    '',
    'Se souvenir de la langue du visiteur',
  ],
  ['Opendatasoft', 'API (CSRF) (front et back office)', 'csrftoken', '', 'Récupérer des données via des appels API'],
  ['Opendatasoft', 'Choix concernant vos préférences sur les cookies', 'cookies_preferences', '', preferencesPurpose],
];
const reviewOf = (draft: ReturnType<typeof draftOf>) => draft.review.items.map((item) => [item.label, item.names]);

describe('the corrected charter of each local portal', () => {
  it('data.montreuil.fr: its four rows kept; AT Internet and Matomo (a prefix row) added under audience measurement, the map tiles cookie to classify', () => {
    const draft = draftOf('data.montreuil.fr', portalCharter('data.montreuil.fr'));
    expect(draft.template).toBe('older');
    expect(draft.columns.map((column) => column.title)).toEqual([
      'Nom du prestataire',
      'Service et emplacement',
      'Nom du cookie',
      'Durée',
      'Finalités',
    ]);
    expect(draftTables(draft).map(([title, rows]) => [title, rows.map((cells) => cells.map(plain))])).toEqual([
      [OLDER_NECESSARY, olderKeptRows('Permet de se souvenir du choix opéré par le visiteur concernant les cookies')],
      [
        "Cookies de mesure d'audience",
        [
          [
            'AT Internet (Piano)',
            "Mesure d'audience — data.montreuil.fr",
            'atuserid',
            '25 mois (ramenés à 400 jours par le navigateur)',
            "Identifiant du visiteur pour la mesure d'audience AT Internet, déposé par le site lui-même.",
          ],
          [
            'Matomo',
            "Mesure d'audience — data.montreuil.fr",
            '_pk_id.*',
            '13 mois',
            'Identifiant unique (pseudonyme) du visiteur et quelques informations sur lui, qui permettent de reconnaître ses visites successives.',
          ],
        ],
      ],
      [
        'Cookies à classer',
        [
          [
            'À compléter (déposé par tuiles.carto-tiers.fr)',
            'À compléter — tuiles.carto-tiers.fr',
            'carto_uid',
            '1 an',
            'Finalité à compléter',
          ],
        ],
      ],
    ]);
    expect(reviewOf(draft)).toEqual([
      ['Ligne ajoutée', 'atuserid'],
      ['Ligne ajoutée, finalité à compléter', 'carto_uid'],
      ['Ligne ajoutée', '_pk_id.*'],
    ]);
    expect(draft.review.notes.map(plain)).toEqual([
      "L'ancien modèle de charte n'a pas de colonne « Durée » : elle est ajoutée, remplie pour les lignes ajoutées et vide pour les lignes existantes.",
    ]);
  });

  it('valenciennesmetro.opendatasoft.com: the newer template with its durations, Matomo declared, the video player cookie to classify', () => {
    const draft = draftOf('valenciennesmetro.opendatasoft.com', portalCharter('valenciennesmetro.opendatasoft.com'));
    expect(draft.template).toBe('newer');
    expect(draft.columns.map((column) => column.title)).toEqual([
      'Nom du fournisseur',
      'Nom du cookie',
      'Durée',
      'Fonction',
    ]);
    expect(draftTables(draft).map(([title, rows]) => [title, rows.map((cells) => cells.map(plain))])).toEqual([
      [
        'Cookies nécessaires au fonctionnement de la plateforme',
        [
          [
            'Opendatasoft',
            'sessionid',
            '2 semaines par défaut',
            "Authentification : vérifie l'identité de l'utilisateur à chaque requête.",
          ],
          [
            'Opendatasoft',
            'csrftoken',
            "Jeton renouvelé aléatoirement entre deux requêtes ou deux sessions. Jusqu'à 12 mois",
            'Sécurité : protège des attaques CSRF par un jeton unique pour chaque requête ou session.',
          ],
          [
            'Opendatasoft',
            'cookies_preferences',
            '6 mois',
            "Préférences cookies : conserve les choix de l'utilisateur sur l'usage des cookies.",
          ],
          [
            'Opendatasoft',
            'django_language',
            '12 mois',
            "Langue : retient la langue de navigation choisie. Ce cookie n'est utilisé que si le portail existe en plusieurs langues.",
          ],
        ],
      ],
      [
        "Mesure d'audience",
        [
          [
            'Matomo',
            '_pk_id.*',
            '13 mois',
            "Mesure d'audience : attribue au visiteur un identifiant aléatoire pour compter les visites.",
          ],
          ['Matomo', '_pk_ses.*', '30 minutes', "Mesure d'audience : rattache les pages vues à une même visite."],
        ],
      ],
      [
        'Cookies à classer',
        [['À compléter (déposé par video.lecteur-tiers.com)', 'lecteur_visiteur', '6 mois', 'Finalité à compléter']],
      ],
    ]);
    expect(reviewOf(draft)).toEqual([['Ligne ajoutée, finalité à compléter', 'lecteur_visiteur']]);
    expect(draft.review.notes).toEqual([]);
  });

  it('data.orleans-metropole.fr: every cookie declared, for long enough: the charter as it is, and the review says so', () => {
    const draft = draftOf('data.orleans-metropole.fr', portalCharter('data.orleans-metropole.fr'));
    expect(draft.columns.map((column) => column.title)).toEqual([
      'Nom du prestataire',
      'Service et emplacement',
      'Nom du cookie',
      'Finalités',
    ]);
    expect(draftTables(draft)).toEqual([
      [
        OLDER_NECESSARY,
        olderKeptRows('Se souvenir du choix opéré par le visiteur concernant les cookies').map((row) =>
          row.filter((_cell, index) => index !== 3),
        ),
      ],
    ]);
    expect(draft.review.items).toEqual([]);
    expect(draft.review.notes.map(plain)).toEqual([
      'Aucune ligne ajoutée ni modifiée : la charte déclare tous les cookies observés, pour une durée au moins égale.',
    ]);
  });

  it('dreux-agglomeration-centrevaldeloire.opendatasoft.com: no charter, so the standard one (newer template), whose four lines cover its cookies', () => {
    const host = 'dreux-agglomeration-centrevaldeloire.opendatasoft.com';
    const charter = standardCharter(
      { kind: 'http-error', status: 404, url: `https://${host}/terms/cookies-policy/` },
      AUDIT_START,
    );
    const draft = draftOf(host, charter);
    expect(draft.template).toBe('newer');
    expect(draftTables(draft).map(([title, rows]) => [title, rows.map((cells) => cells[1])])).toEqual([
      ['Strictly necessary cookies', ['sessionid', 'csrftoken', 'cookies_preferences', 'django_language']],
    ]);
    expect(plain(draft.facts[2]!)).toBe(
      `Charte actuelle : charte standard d'Opendatasoft (modèle récent, avec durées), celle du portail n'ayant pas pu être lue (page introuvable (HTTP 404) : https://${host}/terms/cookies-policy/)`,
    );
    expect(draft.review.items).toEqual([]);
  });
});

describe('what the draft says', () => {
  const charter = {
    ...charterFrom(''),
    declared: [
      declaredLine('sessionid', { duration: '2 semaines' }),
      declaredLine('atuserid', { duration: '13 mois', category: "Cookies de mesure d'audience" }),
      declaredLine('xtvrn'),
    ],
  };
  const cookies = [
    keptCookie('sessionid', AUDIT_START + MINUTE, { expiresAt: AUDIT_START + MINUTE + 14 * DAY }),
    keptCookie('atuserid', AUDIT_START + 3 * MINUTE, {
      expiresAt: AUDIT_START + 3 * MINUTE + 400 * DAY,
      requestedLifetimeMs: 761 * DAY,
      seenBy: ['set-cookie-header'],
      setByResponse: 'https://data.montreuil.fr/?utm=1',
      firstPage: 'https://data.montreuil.fr/explore/',
    }),
    keptCookie('_ga', AUDIT_START + 4 * MINUTE, { expiresAt: AUDIT_START + 4 * MINUTE + 365 * DAY }),
    keptCookie('.ASPXAUTH', AUDIT_START + 4 * MINUTE, { domain: 'tiers.example.com', party: 'third' }),
  ];
  const draft = buildCharterDraft(draftInput(charter, cookies, { audit }));

  it('is headed as a draft to review, not legal advice, with its date, portal, charter and audit', () => {
    expect(draft.title).toBe('Projet de charte — à relire');
    expect(draft.notice).toContain('ne constitue pas un avis juridique');
    expect(draft.facts.map(plain)).toEqual([
      'Date du projet : 23/11/2026 14:10',
      'Portail : data.montreuil.fr',
      'Charte actuelle : https://data.montreuil.fr/terms/cookies-policy/, lue le 23/11/2026 13:59',
      "Audit : observation par l'extension Charte vs cookies 0.1.0 dans Firefox 153.8.0esr, du 23/11/2026 14:00 au 23/11/2026 14:10",
    ]);
    // None of these lines may become a section of the charter when the draft is read back.
    for (const line of [draft.title, draft.notice, ...draft.facts, draft.review.title])
      expect(sectionLabel(line)).toBeNull();
  });

  it('proposes the observed lifetime beside a declared duration shorter than it, and says why', () => {
    expect(draft.columns.map((column) => column.title)).toEqual([
      'Nom du fournisseur',
      'Nom du cookie',
      'Durée',
      'Durée observée (proposée)',
      'Fonction',
    ]);
    const atuserid = draftTables(draft).find(([title]) => title === "Cookies de mesure d'audience")![1][0]!;
    expect(atuserid.map(plain)).toEqual([
      'Opendatasoft',
      'atuserid',
      '13 mois',
      '25 mois (ramenés à 400 jours par le navigateur)',
      'Finalité de atuserid',
    ]);
    const item = draft.review.items.find((candidate) => candidate.kind === 'duration')!;
    expect(item.names).toBe('atuserid');
    expect(item.reasons.map(plain)).toEqual([
      'La charte déclare « 13 mois », mais atuserid a été déposé pour 25 mois (ramenés à 400 jours par le navigateur) : la durée observée est proposée à côté.',
      'atuserid (data.montreuil.fr, cookie propriétaire) : vu pour la première fois le 23/11/2026 14:03 (après acceptation), déposé pour 25 mois (ramenés à 400 jours par le navigateur).',
      'Déposé par la réponse à https://data.montreuil.fr/.',
      'Page où il est apparu : https://data.montreuil.fr/explore/.',
    ]);
  });

  it('adds a known cookie with the knowledge base as its source, and keeps a declared line never seen, listed to check', () => {
    const ga = draft.review.items.find((item) => item.names === '_ga')!;
    expect(ga.label).toBe('Ligne ajoutée');
    expect(ga.reasons.map(plain)).toEqual([
      '_ga (data.montreuil.fr, cookie propriétaire) : vu pour la première fois le 23/11/2026 14:04 (après acceptation), déposé pour 1 an.',
      'Déposé par un script de la page.',
      "Prestataire, catégorie et finalité d'après la base de connaissance de l'extension : https://support.google.com/analytics/answer/11397207 (lue le 2026-11-29).",
      'Durée habituelle selon cette base : 2 ans par défaut.',
    ]);
    expect(
      draft.review.items.filter((item) => item.kind === 'not-seen').map((item) => [item.label, item.names]),
    ).toEqual([["Non observé pendant l'audit — à vérifier", 'xtvrn']]);
    expect(plain(draftToMarkdown(draft))).toContain(
      '| Google Analytics | `_ga` | 1 an |  | Distingue les visiteurs (Google Analytics). |',
    );
  });

  it('leaves the purpose of a cookie only described in English to be written, quoting that description', () => {
    const item = draft.review.items.find((candidate) => candidate.names === '.ASPXAUTH')!;
    expect(item.label).toBe('Ligne ajoutée, finalité à compléter');
    expect(plain(item.reasons.at(-2)!)).toBe(
      "Seule l'Open Cookie Database le décrit, en anglais (Azure / Microsoft) : « Created by ASP.Net. .ASPXAUTH is a cookie to identify if the user is authenticated( As user's identity has been verified) ». La finalité est à écrire en français.",
    );
    expect(draftToText(draft)).toMatch(/^Azure \/ Microsoft\t\.ASPXAUTH\tsession\t\tFinalité à compléter$/m);
  });

  it('adds, from a HAR file, a name only sent in requests, its duration to complete, and says a declared one sent so is used', () => {
    const sentOnly = [
      { name: 'xtvrn', host: 'data.montreuil.fr', firstSeen: AUDIT_START + 5 * MINUTE },
      { name: '_hjSessionUser_123456', host: 'data.montreuil.fr', firstSeen: AUDIT_START + 6 * MINUTE },
    ];
    const fromHar = buildCharterDraft(draftInput(charter, cookies, { audit, requestOnlyCookies: sentOnly }));
    const hotjar = draftTables(fromHar)
      .flatMap(([, rows]) => rows)
      .find((cells) => cells[1] === '_hjSessionUser_*')!;
    expect(hotjar.slice(0, 4)).toEqual(['Hotjar', '_hjSessionUser_*', 'À compléter', '']);
    const items = fromHar.review.items.map((item) => [item.label, item.names, item.reasons.map(plain)]);
    expect(items).toContainEqual([
      'Ligne ajoutée',
      '_hjSessionUser_*',
      expect.arrayContaining([
        "_hjSessionUser_123456 : envoyé à data.montreuil.fr dès le 23/11/2026 14:06 ; le fichier HAR ne montre ni qui l'a déposé (un script de la page, sans doute, ou un cookie présent avant l'enregistrement) ni pour combien de temps.",
      ]),
    ]);
    expect(items).toContainEqual([
      'Vu seulement dans les requêtes — durée à vérifier',
      'xtvrn',
      [
        "xtvrn : envoyé à data.montreuil.fr dès le 23/11/2026 14:05 ; le fichier HAR ne montre ni qui l'a déposé (un script de la page, sans doute, ou un cookie présent avant l'enregistrement) ni pour combien de temps.",
        'Ligne gardée telle quelle : le cookie est bien utilisé ; sa durée est à vérifier dans le navigateur.',
      ],
    ]);
    expect(fromHar.review.items.filter((item) => item.kind === 'not-seen')).toEqual([]);
  });

  it('keeps text from pages as text in every form: escaped in HTML, a pipe escaped in Markdown, invisible characters shown', () => {
    const hostile = {
      ...charter,
      declared: [declaredLine('sessionid', { purpose: '<img src=x onerror=alert(1)> a | b \u202e' })],
    };
    const hostileDraft = buildCharterDraft(draftInput(hostile, cookies.slice(0, 1)));
    const html = draftToHtml(hostileDraft);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; a | b ⟨U+202E⟩');
    expect(html).not.toContain('<img');
    expect(draftToMarkdown(hostileDraft)).toContain('| <img src=x onerror=alert(1)> a \\| b ⟨U+202E⟩ |');
  });
});
