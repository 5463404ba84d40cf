// @vitest-environment jsdom
/** What the popup tells of each cookie beyond its attributes: the knowledge base, the organisation, the findings. */
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/checks/types.ts';
import type { IdentifiedCookie } from '../../src/core/cookies/slot-key.ts';
import type { CookieKnowledge } from '../../src/core/knowledge/types.ts';
import type { CookieInsight } from '../../src/core/report/tab-state.ts';
import { fakeBackground } from '../support/fake-background.ts';
import {
  cookie,
  DAY,
  declared,
  group,
  HOST,
  openLine,
  plain,
  portal,
  READ_AT,
  ready,
  renderPopup,
  shown,
} from '../support/popup-report.tsx';

beforeEach(() => {
  delete document.documentElement.dataset.ready;
});
afterEach(cleanup);

const ga = cookie({ name: '_ga', httpOnly: false, expiresAt: READ_AT + 395 * DAY });
const ide = cookie({
  name: 'IDE',
  domain: 'doubleclick.net',
  hostOnly: false,
  sameSite: 'none',
  party: 'third',
  expiresAt: READ_AT + 395 * DAY,
});
const tile = cookie({
  name: 'geopf_lb',
  domain: 'data.geopf.fr',
  hostOnly: true,
  party: 'third',
  partitionKey: 'https://montreuil.fr',
});
const mystery = cookie({ name: 'zz_unknown', party: 'first' });

const gaPage = {
  url: 'https://support.google.com/analytics/answer/11397207',
  title: '[GA4] Cookie usage on websites',
  checked: '2026-11-29',
};
const gaKnowledge: CookieKnowledge = {
  vendor: 'Google',
  category: 'mesure-audience',
  purpose: 'Distingue les visiteurs pour Google Analytics.',
  purposeLanguage: 'fr',
  typicalLifetime: '2 ans',
  source: { kind: 'project', url: 'https://support.google.com/analytics/answer/11397207' },
  facts: { vendor: gaPage, category: gaPage, purpose: gaPage, lifetime: null },
};
const ideKnowledge: CookieKnowledge = {
  vendor: 'Google',
  category: 'publicite',
  purpose: 'Used by Google DoubleClick to register and report user actions after viewing an advertisement.',
  purposeLanguage: 'en',
  typicalLifetime: '1 year',
  source: { kind: 'open-cookie-database', url: 'https://github.com/jkwakman/Open-Cookie-Database' },
  facts: { vendor: null, category: null, purpose: null, lifetime: null },
};

const insight = (overrides: Partial<CookieInsight>): CookieInsight => ({
  knowledge: null,
  organisation: null,
  phase: null,
  ...overrides,
});

/** Keyed as the background keys them. */
function insightsOf(entries: [IdentifiedCookie, CookieInsight][]): Record<string, CookieInsight> {
  return Object.fromEntries(entries.map(([recorded, value]) => [recorded.id, value]));
}

const beforeConsent: Finding = {
  check: 'set-before-consent',
  cookie: { id: ga.id, name: '_ga', domain: HOST, path: '/' },
  explanation:
    "Ce cookie de mesure d'audience est apparu avant que le visiteur ait fait un choix sur les cookies. À vérifier.",
  reference: {
    title: "CNIL — Cookies : solutions pour les outils de mesure d'audience",
    url: 'https://www.cnil.fr/fr/cookies-solutions',
  },
};
const thirdParty: Finding = {
  check: 'undeclared-third-party',
  cookie: { id: ide.id, name: 'IDE', domain: 'doubleclick.net', path: '/' },
  explanation: 'Ce cookie tiers ne figure pas dans la charte. À vérifier.',
  reference: { title: 'Référence locale', url: 'javascript:alert(1)' },
};

function undeclared(
  cookies: IdentifiedCookie[],
  entries: [IdentifiedCookie, CookieInsight][],
  findings: Finding[] = [],
) {
  fakeBackground({
    getTabState: () =>
      portal({
        comparison: { declaredAndSeen: [], undeclared: cookies, declaredNotSeen: [] },
        insights: insightsOf(entries),
        findings,
      }),
  });
  renderPopup();
  return ready();
}

/** A cookie's line in the undeclared group, opened. */
const entryOf = (name: string) => openLine(group('Observés mais non déclarés'), name);
const factOf = (entry: HTMLElement, label: string) =>
  [...entry.querySelectorAll('dt')].find((term) => plain(term.textContent) === label)?.nextElementSibling as
    HTMLElement | undefined;

describe('popup: what the knowledge base says of an undeclared cookie', () => {
  it('shows the vendor, the CNIL category, the French purpose and the vendor page that states them, with the day it was read; a fact no vendor page states is said to be a community description', async () => {
    await undeclared([ga], [[ga, insight({ knowledge: gaKnowledge })]]);
    const entry = entryOf('_ga');
    expect(factOf(entry, 'Fournisseur :')?.textContent).toBe('Google');
    expect(factOf(entry, 'Catégorie :')?.textContent).toBe("Mesure d'audience");
    expect(factOf(entry, 'Finalité :')?.textContent).toBe('Distingue les visiteurs pour Google Analytics.');
    expect(factOf(entry, 'Durée habituelle :')?.textContent).toBe('2 ans (source : description communautaire)');
    expect(plain(factOf(entry, 'Source :')?.textContent)).toBe(
      "base de l'extension · documentation de Google (lue le 29/11/2026)",
    );
    const link = within(entry).getByRole('link', { name: 'documentation de Google' });
    expect(link.getAttribute('href')).toBe('https://support.google.com/analytics/answer/11397207');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
  });

  it('links a page stating several facts once, though the knowledge crossed the message boundary as JSON', async () => {
    const allFromOnePage: CookieKnowledge = JSON.parse(
      JSON.stringify({
        ...gaKnowledge,
        facts: { vendor: gaPage, category: gaPage, purpose: gaPage, lifetime: gaPage },
      }),
    );
    await undeclared([ga], [[ga, insight({ knowledge: allFromOnePage })]]);
    const entry = entryOf('_ga');
    expect(within(entry).getAllByRole('link', { name: 'documentation de Google' })).toHaveLength(1);
    expect(factOf(entry, 'Durée habituelle :')?.textContent).toBe('2 ans');
  });

  it('says once, on the source line, that an entry no vendor page states is a community description', async () => {
    const community: CookieKnowledge = {
      ...gaKnowledge,
      facts: { vendor: null, category: null, purpose: null, lifetime: null },
    };
    await undeclared([ga], [[ga, insight({ knowledge: community })]]);
    const entry = entryOf('_ga');
    expect(plain(factOf(entry, 'Source :')?.textContent)).toBe(
      "base de l'extension · source : description communautaire",
    );
    expect(factOf(entry, 'Finalité :')?.textContent).toBe('Distingue les visiteurs pour Google Analytics.');
    expect(within(entry).queryByRole('link')).toBeNull();
  });

  it('shows an Open Cookie Database purpose in English, said to be, with the category in French', async () => {
    await undeclared(
      [ide],
      [[ide, insight({ knowledge: ideKnowledge, organisation: { name: 'Google', source: 'project' } })]],
    );
    const entry = entryOf('IDE');
    const purpose = factOf(entry, 'Finalité :');
    expect(purpose?.textContent).toBe(ideKnowledge.purpose);
    expect(purpose?.getAttribute('lang')).toBe('en');
    expect(factOf(entry, 'Catégorie :')?.textContent).toBe('Publicité');
    expect(plain(factOf(entry, 'Source :')?.textContent)).toBe('Open Cookie Database (description en anglais)');
    expect(within(entry).getByRole('link', { name: 'Open Cookie Database' }).getAttribute('href')).toBe(
      ideKnowledge.source.url,
    );
  });

  it('paints the comparison first, then asks for the details it left pending and shows them', async () => {
    const sent = fakeBackground({
      getTabState: () =>
        portal({ comparison: { declaredAndSeen: [], undeclared: [ga], declaredNotSeen: [] } }, { summaryOnly: true }),
      getPortalDetails: () => ({
        comparison: { declaredAndSeen: [], undeclared: [ga], declaredNotSeen: [] },
        insights: insightsOf([[ga, insight({ knowledge: gaKnowledge })]]),
        findings: [],
      }),
    });
    renderPopup();
    await ready();
    expect(sent.map((message) => message.type)).toEqual(['getTabState', 'getPortalDetails']);
    expect(factOf(entryOf('_ga'), 'Fournisseur :')?.textContent).toBe('Google');
    // Who is behind it comes with the details, on its line and in what to check.
    expect(plain(document.querySelector('.to-check-list li')?.textContent)).toBe('_ga — propriétaire — non déclaré');
    expect(plain(group('Observés mais non déclarés').querySelector('button')?.textContent)).toBe(
      '_ga propriétaire · data.montreuil.fr · Google · 13 mois',
    );
  });

  it('says so when the pending details cannot be had, and keeps the comparison', async () => {
    fakeBackground({
      getTabState: () =>
        portal({ comparison: { declaredAndSeen: [], undeclared: [ga], declaredNotSeen: [] } }, { summaryOnly: true }),
    });
    renderPopup();
    await screen.findByText(/Les précisions sur les cookies et les constats n'ont pas pu être chargés/);
    await shown();
    expect(entryOf('_ga')).toBeTruthy();
  });

  it('names the organisation behind a third-party domain, with its source', async () => {
    await undeclared([tile], [[tile, insight({ organisation: { name: 'IGN — Géoplateforme', source: 'project' } })]]);
    expect(plain(factOf(entryOf('geopf_lb'), 'Organisation :')?.textContent)).toBe(
      "IGN — Géoplateforme (source : base de l'extension)",
    );
  });

  it('finds the insight of a partitioned cookie by the slot it was recorded in', async () => {
    const own = cookie({ name: 'lb', partitionKey: 'https://montreuil.fr' });
    await undeclared(
      [own, tile],
      [
        [own, insight({ organisation: { name: 'Opendatasoft (Huwise)', source: 'third-party-web' } })],
        [tile, insight({ organisation: { name: 'IGN — Géoplateforme', source: 'project' } })],
      ],
    );
    expect(plain(factOf(entryOf('lb'), 'Organisation :')?.textContent)).toBe(
      'Opendatasoft (Huwise) (source : liste third-party-web)',
    );
    expect(plain(factOf(entryOf('geopf_lb'), 'Organisation :')?.textContent)).toContain('IGN — Géoplateforme');
  });

  it('says when a cookie is unknown to the knowledge base', async () => {
    await undeclared([mystery], [[mystery, insight({})]]);
    expect(within(entryOf('zz_unknown')).getByText("Cookie inconnu de la base de l'extension.")).toBeTruthy();
  });

  it('does not repeat the knowledge base under a charter line, which has its own words', async () => {
    fakeBackground({
      getTabState: () =>
        portal({
          insights: insightsOf([[cookie(), insight({ knowledge: { ...gaKnowledge, vendor: 'Éditeur de la base' } })]]),
        }),
    });
    renderPopup();
    await ready();
    expect(within(group('Déclarés et observés')).queryByText("Cookie inconnu de la base de l'extension.")).toBeNull();
    expect(within(group('Déclarés et observés')).queryByText('Éditeur de la base')).toBeNull();
  });
});

describe('popup: what to check, and the findings', () => {
  it('lists what to check first, one line each (name, owner, why), then explains each finding once, on its cookie', async () => {
    await undeclared(
      [ga, ide],
      [[ide, insight({ knowledge: ideKnowledge, organisation: { name: 'Google', source: 'project' } })]],
      [beforeConsent, thirdParty],
    );
    const toCheck = screen.getByRole('region', { name: /^À vérifier/ });
    expect([...toCheck.querySelectorAll('li')].map((line) => plain(line.textContent))).toEqual([
      'IDE — tiers · Google — tiers non déclaré',
      '_ga — propriétaire — non déclaré, déposé avant tout choix',
    ]);
    expect(within(toCheck).queryByText(beforeConsent.explanation)).toBeNull();
    const gaEntry = entryOf('_ga');
    expect(within(gaEntry).getByText(beforeConsent.explanation)).toBeTruthy();
    const cnil = within(gaEntry).getByRole('link', { name: beforeConsent.reference.title });
    expect(cnil.getAttribute('href')).toBe(beforeConsent.reference.url);
    expect(cnil.getAttribute('target')).toBe('_blank');
    expect(cnil.getAttribute('rel')).toBe('noreferrer');
    // A reference that is not a web address is shown, never linked.
    const ideEntry = entryOf('IDE');
    expect(within(ideEntry).queryByRole('link', { name: 'Référence locale' })).toBeNull();
    expect(plain(ideEntry.querySelector('.finding-reference')?.textContent)).toBe(
      'Texte de la CNIL : Référence locale',
    );
    // Said once: each explanation in one place only.
    expect(screen.getAllByText(beforeConsent.explanation)).toHaveLength(1);
    expect(plain(document.body.textContent)).toContain(
      'Les vérifications liées au consentement (cookie déposé avant tout choix ou après un refus) ne se font que pendant un audit',
    );
    expect(plain(document.body.textContent)).not.toMatch(/non conforme|illégal|infraction/i);
  });

  it('marks a cookie’s line with the short title of each finding about it', async () => {
    await undeclared([ga, ide], [], [beforeConsent, thirdParty]);
    const marks = (name: string) =>
      [
        ...[...group('Observés mais non déclarés').querySelectorAll('button.line')]
          .find((line) => line.querySelector('.cookie-name')?.textContent === name)!
          .querySelectorAll('.mark'),
      ].map((mark) => mark.textContent);
    expect(marks('_ga')).toEqual(['déposé avant tout choix']);
    expect(marks('IDE')).toEqual(['tiers non déclaré']);
  });

  it('says when there is nothing to check', async () => {
    fakeBackground({
      getTabState: () =>
        portal({
          comparison: {
            declaredAndSeen: [{ declared: declared(), cookies: [cookie()] }],
            undeclared: [],
            declaredNotSeen: [],
          },
        }),
    });
    renderPopup();
    await ready();
    const toCheck = screen.getByRole('region', { name: /^À vérifier/ });
    expect(plain(toCheck.textContent)).toContain(
      "Rien à vérifier pour l'instant : aucun cookie non déclaré, aucun constat.",
    );
  });

  it('shows a cookie name from a page as text in what to check, its invisible characters as marks', async () => {
    const hostile = cookie({ name: '<img src=x onerror=alert(1)>\u202E', domain: 'evil.example', party: 'third' });
    await undeclared([hostile], []);
    expect(document.querySelector('img')).toBeNull();
    expect(plain(document.querySelector('.to-check-list li')?.textContent)).toBe(
      '<img src=x onerror=alert(1)>⟨U+202E⟩ — tiers · evil.example — non déclaré',
    );
  });
});
