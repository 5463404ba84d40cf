import { describe, expect, it } from 'vitest';
import { followConsent, startAudit } from '../../src/core/audit/audit.ts';
import { standardCharters } from '../../src/core/charter/standard/index.ts';
import { buildEvidence } from '../../src/core/export/evidence.ts';
import type { EvidenceRow } from '../../src/core/export/evidence-rows.ts';
import { lifetimeGap } from '../../src/core/export/lifetime-gap.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { AUDIT_START, declaredLine, evidenceInput } from '../support/evidence-input.ts';
import { sayInFrench } from '../support/locale-messages.ts';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60_000;
/** Intl separates a number from its unit with a no-break space. */
const plain = (text: string) => text.replace(/\s/g, ' ');

const audit = {
  ...followConsent(
    followConsent(startAudit(AUDIT_START), 'accepted', AUDIT_START + 2 * MINUTE),
    'refused',
    AUDIT_START + 4 * MINUTE,
  ),
  endedAt: AUDIT_START + 8 * MINUTE,
};

const declared = [
  declaredLine('sessionid', { duration: '2 semaines' }),
  declaredLine('atuserid', {
    duration: '13 mois',
    category: "Cookies de mesure d'audience",
    purpose: 'Mesurer la fréquentation',
  }),
  declaredLine('_pk_ses.', { match: 'prefix', duration: '30 minutes' }),
  declaredLine('xtvrn'),
];

const cookies = [
  keptCookie('sessionid', AUDIT_START - MINUTE, {
    httpOnly: true,
    expiresAt: AUDIT_START - MINUTE + 14 * DAY,
    seenBy: ['set-cookie-header'],
  }),
  keptCookie('atuserid', AUDIT_START + 3 * MINUTE, {
    expiresAt: AUDIT_START + 3 * MINUTE + 400 * DAY,
    requestedLifetimeMs: 761 * DAY,
  }),
  {
    ...keptCookie('_ga', AUDIT_START + 5 * MINUTE, {
      expiresAt: AUDIT_START + 5 * MINUTE + 730 * DAY,
      seenBy: ['set-cookie-header'],
    }),
    firstPage: 'https://data.montreuil.fr/explore/?q=arbres#top',
    setByResponse: 'https://user:pw@data.montreuil.fr/collect?cid=123456.789&v=2',
  },
  keptCookie('carto_uid', AUDIT_START + MINUTE, {
    domain: 'carto-tiers.fr',
    hostOnly: false,
    party: 'third',
    sameSite: 'none',
    partitionKey: 'https://montreuil.fr',
  }),
  keptCookie('mystery', AUDIT_START + 9 * MINUTE, { secure: false }),
];

const evidence = buildEvidence(evidenceInput({ charter: { ...evidenceInput().charter, declared }, audit, cookies }));
const row = (name: string) => evidence.rows.find((candidate) => candidate.name === name) as EvidenceRow;

describe('the evidence rows', () => {
  it('lists the undeclared cookies, then the declared and seen, then the charter lines not seen, numbered from 1', () => {
    expect(evidence.rows.map((line) => [line.num, line.name, line.status])).toEqual([
      [1, 'carto_uid', 'non déclaré'],
      [2, '_ga', 'non déclaré'],
      [3, 'mystery', 'non déclaré'],
      [4, 'sessionid', 'déclaré et observé'],
      [5, 'atuserid', 'déclaré et observé'],
      [6, '_pk_ses.*', 'déclaré non observé'],
      [7, 'xtvrn', 'déclaré non observé'],
    ]);
    expect(evidence.counts).toEqual({
      declaredAndSeen: 2,
      undeclared: 3,
      declaredNotSeen: 2,
      findings: evidence.findings.length,
    });
  });

  it('gives each cookie the phase in force when it first appeared, and none outside the audit', () => {
    expect(['sessionid', 'carto_uid', 'atuserid', '_ga', 'mystery'].map((name) => row(name).phase)).toEqual([
      "avant l'audit",
      'avant tout choix',
      'après acceptation',
      'après refus',
      "après l'audit",
    ]);
  });

  it('states the attributes the CNIL Cookies List extension states, and the party and partition', () => {
    expect(row('carto_uid')).toMatchObject({
      domain: 'carto-tiers.fr',
      path: '/',
      expiration: 'session',
      sameSite: 'none',
      httpOnly: false,
      hostOnly: false,
      secure: true,
      party: '3e',
      partition: 'https://montreuil.fr',
    });
    expect(row('sessionid')).toMatchObject({
      expiration: new Date(AUDIT_START - MINUTE + 14 * DAY).toISOString(),
      httpOnly: true,
      party: '1re',
      partition: '',
    });
    expect(row('sessionid').firstSeen).toBe(new Date(AUDIT_START - MINUTE).toISOString());
  });

  it('quotes the charter for declared cookies and the knowledge base, with its source, for undeclared ones', () => {
    expect(row('atuserid')).toMatchObject({
      category: "Cookies de mesure d'audience",
      declaredPurpose: 'Mesurer la fréquentation',
      declaredDuration: '13 mois',
    });
    // What the popup says of an undeclared cookie: each fact, and the vendor page that states it, read on a day.
    expect(row('_ga')).toMatchObject({
      category: "Mesure d'audience",
      knownVendor: 'Google Analytics',
      knownPurpose: 'Distingue les visiteurs (Google Analytics).',
      knownLifetime: '2 ans par défaut',
      knownSource: 'https://support.google.com/analytics/answer/11397207 (lue le 2026-11-29)',
    });
    expect(row('atuserid')).toMatchObject({ knownVendor: '', knownPurpose: '', knownLifetime: '', knownSource: '' });
    expect(row('mystery')).toMatchObject({
      category: '',
      knownSource: '',
      declaredPurpose: '',
      declaredDuration: '',
      lifetimeGap: '',
    });
    expect(row('xtvrn')).toMatchObject({
      domain: '',
      expiration: '',
      sameSite: null,
      secure: null,
      party: '',
      phase: '',
      firstSeen: '',
      findings: [],
    });
  });

  it('words the gap between the declared and the requested lifetime', () => {
    expect(plain(row('atuserid').lifetimeGap)).toBe('observé 25 mois, déclaré 13 mois');
    expect(plain(row('atuserid').lifetime)).toBe('25 mois (ramenés à 400 jours par le navigateur)');
    expect(row('sessionid').lifetimeGap).toBe('aucun écart');
  });

  it('names the findings about each cookie by their short titles', () => {
    expect(row('atuserid').findings).toEqual([
      'durée plus longue que déclarée',
      "mesure d'audience au-delà de 13 mois",
    ]);
    expect(row('carto_uid').findings).toEqual(['tiers non déclaré']);
    expect(row('mystery').findings).toEqual(['sans attribut Secure']);
    expect(evidence.findings.map((finding) => finding.title)).toContain('déposé après refus');
  });

  it('gives the page and the response without their query, which may repeat an identifier, and says when a script set it', () => {
    expect(row('_ga')).toMatchObject({
      page: 'https://data.montreuil.fr/explore/',
      origin: 'https://data.montreuil.fr/collect',
    });
    expect(row('atuserid')).toMatchObject({ page: '', origin: 'script de la page' });
    expect(row('sessionid').origin).toBe('');
  });

  it('keeps one row per cookie when the charter names it twice', () => {
    const twice = buildEvidence(
      evidenceInput({
        charter: {
          ...evidenceInput().charter,
          declared: [declaredLine('sessionid'), declaredLine('sessionid', { category: 'Autre' })],
        },
        cookies: [keptCookie('sessionid', AUDIT_START)],
      }),
    );
    expect(twice.rows.map((line) => [line.name, line.status, line.category])).toEqual([
      ['sessionid', 'déclaré et observé', 'Cookies nécessaires'],
    ]);
  });

  it('gives the same rows whatever order the cookies come in', () => {
    const reversed = buildEvidence(
      evidenceInput({ charter: { ...evidenceInput().charter, declared }, audit, cookies: [...cookies].reverse() }),
    );
    expect(reversed.rows).toEqual(evidence.rows);
  });
});

describe('the evidence context', () => {
  it('states the charter read, the tool, the browser and the audit with its phases in French', () => {
    expect(evidence.charter).toEqual({
      source: 'portal',
      url: 'https://data.montreuil.fr/pages/charte-cookies/',
      label: 'https://data.montreuil.fr/pages/charte-cookies/',
      redirectedFrom: null,
      fallbackReason: null,
      readAt: new Date(AUDIT_START - 5000).toISOString(),
      textSha256: 'ab'.repeat(32),
      declaredLines: 4,
      omittedLines: 0,
    });
    expect(evidence.audit?.phases.map((phase) => [phase.label, phase.trigger])).toEqual([
      ['avant tout choix', "début de l'audit"],
      ['après acceptation', 'choix enregistré dans le cookie de consentement'],
      ['après refus', 'choix enregistré dans le cookie de consentement'],
    ]);
    expect(evidence.audit?.endedAt).toBe(new Date(AUDIT_START + 8 * MINUTE).toISOString());
  });

  it('without an audit, covers the observation since the first sighting and gives no phase', () => {
    const observed = buildEvidence(evidenceInput({ cookies }));
    expect(observed.audit).toBeNull();
    expect(observed.observedSince).toBe(new Date(AUDIT_START - MINUTE).toISOString());
    expect(observed.rows.every((line) => line.phase === '')).toBe(true);
    expect(buildEvidence(evidenceInput()).observedSince).toBeNull();
  });

  it('names the standard charter and says in French why it stands in', () => {
    const standard = buildEvidence(
      evidenceInput({
        charter: {
          declared: standardCharters.older.declared,
          source: {
            kind: 'standard',
            reason: {
              kind: 'http-error',
              status: 404,
              url: 'https://data.montreuil.fr/pages/cookies/',
              redirectedFrom: 'https://montreuil.fr/x',
            },
            readAt: AUDIT_START,
          },
        },
        charterTextSha256: null,
      }),
    );
    expect(standard.charter).toMatchObject({
      source: 'standard',
      url: null,
      label: "charte standard d'Opendatasoft (ancien modèle, sans durées)",
      // The popup's words (_locales/fr), not a copy of them.
      fallbackReason:
        'page introuvable (HTTP 404)\u00a0: https://data.montreuil.fr/pages/cookies/, après redirection depuis https://montreuil.fr/x',
      textSha256: null,
    });
  });

  it('marks the names only requests sent as declared or not', () => {
    const withRequests = buildEvidence(
      evidenceInput({
        requestOnlyCookies: [
          { name: 'sessionid', host: 'data.montreuil.fr', firstSeen: AUDIT_START },
          { name: '_pk_ref.1.ab12', host: 'data.montreuil.fr', firstSeen: AUDIT_START },
        ],
      }),
    );
    expect(withRequests.requestOnlyCookies.map((cookie) => [cookie.name, cookie.declared])).toEqual([
      ['sessionid', true],
      ['_pk_ref.1.ab12', false],
    ]);
  });
});

describe('the lifetime gap', () => {
  const cookie = (lifetimeDays: number | null) =>
    keptCookie('c', 0, { expiresAt: lifetimeDays === null ? null : lifetimeDays * DAY });

  it.each([
    ['Session', 365, 'observé 1 an, déclaré le temps de la session'],
    ['13 mois', null, 'observé le temps de la session, déclaré 13 mois'],
    ['13 mois', 395, 'aucun écart'],
    ['1 an', 30, 'observé 1 mois, déclaré 1 an'],
    ['Session', null, 'aucun écart'],
    ['Jusqu’à la fin des temps', 30, ''],
    [null, 30, ''],
  ])('declared %j, observed %j days: %j', (wording, days, expected) => {
    expect(plain(lifetimeGap(wording, cookie(days), sayInFrench))).toBe(expected);
  });
});
