// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTarget } from '../../popup/components/App.tsx';
import { describeFallbackReason } from '../../popup/components/CharterSource.tsx';
import type { CharterFallbackReason, CharterSource } from '../../src/core/charter/types.ts';
import type { TabState } from '../../src/core/report/tab-state.ts';
import { fakeBrowser } from '../support/fake-browser.ts';
import { fakeBackground } from '../support/fake-background.ts';
import {
  cookie,
  DAY,
  declared,
  fact,
  group,
  HOST,
  openLine,
  openLines,
  plain,
  portal,
  READ_AT,
  renderPopup,
  shown,
} from '../support/popup-report.tsx';

function standardSource(reason: CharterFallbackReason): CharterSource {
  return { kind: 'standard', reason, readAt: READ_AT };
}

beforeEach(() => {
  delete document.documentElement.dataset.ready;
});
afterEach(cleanup);

// ---- Tests ----

describe('popup: portal view', () => {
  it('asks the background for the target tab and shows the portal host as the page title', async () => {
    const sent = fakeBackground({ getTabState: () => portal() });
    renderPopup({ tabId: 12 });
    await shown();
    expect(sent[0]).toEqual({ type: 'getTabState', request: { tabId: 12 } });
    expect(screen.getByText('Charte vs cookies')).toBeTruthy();
  });

  it('shows the three groups in order, undeclared first, each with its count', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await shown();
    const titles = screen.getAllByRole('heading', { level: 2 }).map((heading) => plain(heading.textContent));
    expect(titles).toEqual([
      'À vérifier 2',
      'Décompte',
      'Audit et consentement',
      'Preuves à télécharger',
      'Observés mais non déclarés 2',
      'Déclarés et observés 3',
      'Déclarés mais non observés 1',
    ]);
  });

  it('sums up the counts with French plurals, and since when the portal is observed', async () => {
    fakeBackground({ getTabState: () => portal() });
    const { container } = renderPopup();
    await shown();
    const counts = [...container.querySelectorAll('.counts li')].map((item) => plain(item.textContent));
    expect(counts).toEqual(['4 déclarés', '3 observés et déclarés', '2 non déclarés', '1 déclaré non observé']);
    expect(screen.getByText((text) => plain(text) === 'Observation depuis le 22/11/2026 15:42')).toBeTruthy();
  });

  it('uses the singular for 0 and 1, and says when a group is empty', async () => {
    const empty = portal({
      charter: { source: { kind: 'portal', url: `https://${HOST}/pages/cookies/`, readAt: READ_AT }, declaredCount: 1 },
      comparison: { declaredAndSeen: [], undeclared: [], declaredNotSeen: [declared()] },
      recordingSince: null,
    });
    fakeBackground({ getTabState: () => empty });
    const { container } = renderPopup();
    await shown();
    const counts = [...container.querySelectorAll('.counts li')].map((item) => plain(item.textContent));
    expect(counts).toEqual(['1 déclaré', '0 observé et déclaré', '0 non déclaré', '1 déclaré non observé']);
    expect(screen.getByText('Aucun cookie non déclaré observé.')).toBeTruthy();
    expect(screen.getByText("Aucun cookie déclaré n'a été observé.")).toBeTruthy();
    expect(screen.getByText((text) => plain(text).startsWith("Aucun cookie observé pour l'instant"))).toBeTruthy();
  });

  it('shows a declared purpose exactly as the charter words it, under "Finalité :"', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await shown();
    const seen = group('Déclarés et observés');
    openLines(seen);
    const purpose = within(seen).getByText("Se souvenir de l'utilisateur d'une page à une autre.");
    expect(purpose.tagName).toBe('DD');
    expect(plain(purpose.previousElementSibling?.textContent)).toBe('Finalité :');
    expect(within(seen).getByText('Authentification (front et back office)')).toBeTruthy();
    const notSeen = group('Déclarés mais non observés');
    openLines(notSeen);
    expect(within(notSeen).getByText('django_language')).toBeTruthy();
    expect(within(notSeen).getByText('Se souvenir de la langue du visiteur')).toBeTruthy();
  });

  it('shows a prefix line as "_pk_*" in one line (provider, declared duration, cookies seen), its facts and cookies on demand', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await shown();
    const seen = group('Déclarés et observés');
    const button = within(seen).getByRole('button', { name: /^_pk_\*/ });
    expect(plain(button.textContent)).toBe('_pk_* Matomo · 13 mois · 2 observés');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const line = openLine(seen, '_pk_*');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(
      within(line).getByText(
        (text) => plain(text) === 'Ligne de préfixe : elle couvre tout cookie dont le nom commence par « _pk_ ».',
      ),
    ).toBeTruthy();
    const section = within(seen).getByRole('heading', { level: 3, name: 'Cookies de statistiques' });
    expect(section.nextElementSibling?.contains(line)).toBe(true);
    expect(fact(line, 'Durée déclarée :')).toBe('13 mois');
    const observed = within(line).getByRole('list', { name: 'Cookies observés pour _pk_*' });
    expect(
      within(observed)
        .getAllByRole('button')
        .map((button) => plain(button.textContent)),
    ).toEqual([
      '_pk_id.1.a1b2 propriétaire · data.montreuil.fr · 13 mois',
      '_pk_ses.1.a1b2 propriétaire · data.montreuil.fr · 30 minutes',
    ]);
  });

  it('shows each charter section once, above its lines, as the charter does', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await shown();
    const sections = within(group('Déclarés et observés'))
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(sections).toEqual([...new Set(sections)]);
    expect(sections.length).toBeGreaterThan(0);
  });

  it('shows an undeclared third-party cookie with its domain, party, lifetime, flags and how it was seen', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await shown();
    const undeclared = group('Observés mais non déclarés');
    const item = openLine(undeclared, 'IDE');
    expect(plain(item.querySelector('button')?.textContent)).toBe(
      'IDE tiers · doubleclick.net · refusé par le navigateur',
    );
    expect(fact(item, 'Domaine :')).toBe('doubleclick.net');
    expect(fact(item, 'Déposé par :')).toBe('un autre site que le portail (cookie tiers)');
    expect(fact(item, 'Durée de vie :')).toBe("aucune, le navigateur ne l'a pas gardé ; le site demandait 13 mois");
    expect(fact(item, 'État :')).toBe(
      "refusé par le navigateur : une réponse a tenté de le déposer, mais le navigateur ne l'a pas gardé (cookie tiers bloqué, attribut invalide)",
    );
    expect(fact(item, 'Attributs :')).toBe('Secure · HttpOnly · SameSite=None');
    expect(fact(item, 'Comment il a été vu :')).toBe("demandé par une réponse d'un serveur (en-tête Set-Cookie)");
  });

  it('shows a path narrower than the site, host-only, a session lifetime and a removal date', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await shown();
    const item = openLine(group('Observés mais non déclarés'), 'lang');
    expect(plain(item.querySelector('button')?.textContent)).toBe(
      'lang propriétaire · data.montreuil.fr/explore · supprimé le 23/11/2026 15:43',
    );
    expect(fact(item, 'Domaine :')).toBe('data.montreuil.fr/explore');
    expect(fact(item, 'Déposé par :')).toBe('le portail lui-même (cookie propriétaire)');
    expect(fact(item, 'Durée de vie :')).toBe('session');
    expect(fact(item, 'Attributs :')).toBe('ce domaine seulement, sans ses sous-domaines');
    expect(fact(item, 'État :')).toBe('supprimé le 23/11/2026 15:43');
    expect(fact(item, 'Comment il a été vu :')).toBe(
      'trouvé déjà présent dans le navigateur ; déposé dans le navigateur pendant la visite',
    );
  });

  it('says a lifetime is a lower bound when the cookie was only found already set', async () => {
    const found = cookie({ name: '_ga', expiresAt: READ_AT + 200 * DAY, seenBy: ['inventory'] });
    fakeBackground({
      getTabState: () => portal({ comparison: { declaredAndSeen: [], undeclared: [found], declaredNotSeen: [] } }),
    });
    renderPopup();
    await shown();
    expect(fact(openLine(group('Observés mais non déclarés'), '_ga'), 'Durée de vie :')).toBe(
      'au moins 7 mois (cookie déjà présent au premier relevé)',
    );
  });

  it('shows the lifetime a site asked for beside the one the browser keeps, when the browser capped it', async () => {
    const capped = cookie({
      name: 'atuserid',
      expiresAt: READ_AT + 400 * DAY,
      requestedLifetimeMs: 761 * DAY,
      seenBy: ['set-cookie-header', 'cookie-event'],
    });
    fakeBackground({
      getTabState: () => portal({ comparison: { declaredAndSeen: [], undeclared: [capped], declaredNotSeen: [] } }),
    });
    renderPopup();
    await shown();
    const item = openLine(group('Observés mais non déclarés'), 'atuserid');
    expect(plain(item.querySelector('button')?.textContent)).toBe(
      'atuserid propriétaire · data.montreuil.fr · 25 mois demandés',
    );
    expect(fact(item, 'Durée de vie :')).toBe('25 mois demandés par le site ; le navigateur le garde 13 mois au plus');
  });

  it('links to the charter page it read, in a new tab without referrer, with the date', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await shown();
    const link = screen.getByRole('link', { name: `https://${HOST}/pages/cookies/` });
    expect(link.getAttribute('href')).toBe(`https://${HOST}/pages/cookies/`);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect(plain(link.parentElement?.textContent)).toBe(
      `Charte lue sur https://${HOST}/pages/cookies/ le 23/11/2026 15:42`,
    );
  });

  it('says clearly when the standard charter stands in, and why', async () => {
    fakeBackground({
      getTabState: () =>
        portal({
          charter: {
            source: standardSource({ kind: 'http-error', url: `https://${HOST}/pages/cookies/`, status: 404 }),
            declaredCount: 6,
          },
        }),
    });
    renderPopup();
    await shown();
    const notice = screen.getByRole('status');
    expect(plain(notice.textContent)).toContain(
      "Charte du portail illisible (page introuvable (HTTP 404) : https://data.montreuil.fr/pages/cookies/) : comparaison avec la charte standard d'Opendatasoft fournie par l'extension.",
    );
    expect(plain(notice.textContent)).toContain('Dernière tentative de lecture : 23/11/2026 15:42');
  });

  it.each<[Partial<Extract<CharterSource, { kind: 'standard' }>>, string]>([
    [
      { template: 'newer' },
      "Modèle récent (avec durées, texte anglais de la page d'Opendatasoft sur info-financiere.gouv.fr), le modèle par défaut.",
    ],
    [
      { template: 'newer', templateFromPortal: true },
      'Modèle récent (avec durées), celui de la charte du portail, lue en partie.',
    ],
    [
      { template: 'older', templateFromPortal: true },
      'Ancien modèle (sans durées), celui de la charte du portail, lue en partie.',
    ],
    [{}, 'Ancien modèle (sans durées).'],
  ])('says which standard charter stands in, and why that one: %o', async (template, words) => {
    const source = {
      ...standardSource({ kind: 'empty-table', url: `https://${HOST}/pages/cookies/` }),
      ...template,
    } as CharterSource;
    fakeBackground({ getTabState: () => portal({ charter: { source, declaredCount: 4 } }) });
    renderPopup();
    await shown();
    expect(plain(screen.getByRole('status').textContent)).toContain(words);
  });

  it.each<[CharterFallbackReason, string]>([
    [
      { kind: 'network-error', url: 'https://x.fr/', message: 'net::ERR_NAME_NOT_RESOLVED' },
      'erreur réseau en demandant https://x.fr/ (net::ERR_NAME_NOT_RESOLVED)',
    ],
    [{ kind: 'http-error', url: 'https://x.fr/', status: 503 }, 'erreur du serveur (HTTP 503) : https://x.fr/'],
    [
      { kind: 'not-html', url: 'https://x.fr/', contentType: 'application/json' },
      "https://x.fr/ n'est pas une page HTML (type : application/json)",
    ],
    [
      { kind: 'too-large', url: 'https://x.fr/', limitBytes: 5 * 1_048_576 },
      'page de plus de 5 Mo, lecture arrêtée : https://x.fr/',
    ],
    [{ kind: 'no-table', url: 'https://x.fr/pages/cookies/' }, 'aucun tableau sur https://x.fr/pages/cookies/'],
    [{ kind: 'not-read-yet' }, 'charte pas encore lue'],
  ])('words the fallback reason %o', (reason, expected) => {
    expect(plain(describeFallbackReason(reason))).toBe(expected);
  });

  it('shows text from the charter and cookies as text, never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    fakeBackground({
      getTabState: () =>
        portal({
          charter: { source: { kind: 'portal', url: 'javascript:alert(1)', readAt: READ_AT }, declaredCount: 1 },
          comparison: {
            declaredAndSeen: [],
            undeclared: [cookie({ name: `<b>${hostile}</b>`, domain: 'evil.example' })],
            declaredNotSeen: [declared({ purpose: hostile, provider: hostile })],
          },
        }),
    });
    const { container } = renderPopup();
    await shown();
    openLines(container);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    // The provider on the line and in the facts, the purpose in the facts.
    expect(within(group('Déclarés mais non observés')).getAllByText((text) => text.includes(hostile))).toHaveLength(3);
    // In what to check and in its group.
    expect(screen.getAllByText(`<b>${hostile}</b>`)).toHaveLength(2);
    // A charter address that is not http(s) is shown, not linked.
    expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
    expect(screen.getByText((text) => text.includes('javascript:alert(1)'))).toBeTruthy();
  });

  it('marks the page ready for the end-to-end harness once the state is shown', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await shown();
    await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
    expect(performance.getEntriesByName('popup-rendered').length).toBeGreaterThan(0);
    expect(document.querySelector('main')?.dataset.state).toBe('portal');
  });
});

describe('popup: a portal whose charter was never read', () => {
  it('says the charter is being read, asks for it, then shows the report compared with it', async () => {
    let answer: (state: TabState) => void = () => {};
    const sent = fakeBackground({
      getTabState: () => ({ kind: 'charter-reading', host: HOST }),
      readCharter: () => new Promise<TabState>((resolve) => (answer = resolve)),
    });
    renderPopup();
    await shown();
    expect(plain(screen.getByRole('status').textContent)).toBe('Lecture de la charte…');
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(sent.map((message) => message.type)).toEqual(['getTabState', 'readCharter']));
    expect(document.documentElement.dataset.ready).toBeUndefined();
    answer(portal());
    await screen.findByRole('link', { name: `https://${HOST}/pages/cookies/` });
    await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
    expect(screen.queryByText('Lecture de la charte…')).toBeNull();
    expect(screen.queryByText('Charte relue.')).toBeNull();
  });
});

describe('popup: actions', () => {
  it('reads the charter again and shows the state it returns', async () => {
    const sent = fakeBackground({
      getTabState: () => portal({ charter: { source: standardSource({ kind: 'not-read-yet' }), declaredCount: 6 } }),
      readCharter: () => portal(),
    });
    renderPopup();
    await shown();
    expect(plain(screen.getByRole('status').textContent)).toContain('charte pas encore lue');
    fireEvent.click(screen.getByRole('button', { name: 'Relire la charte' }));
    await screen.findByRole('link', { name: `https://${HOST}/pages/cookies/` });
    expect(sent.at(-1)).toEqual({ type: 'readCharter', request: { host: HOST } });
    expect(screen.getByText('Charte relue.')).toBeTruthy();
  });

  it('clears the record only after an inline confirmation', async () => {
    const cleared = portal({
      comparison: { declaredAndSeen: [], undeclared: [], declaredNotSeen: [declared()] },
      recordingSince: null,
    });
    const sent = fakeBackground({ getTabState: () => portal(), clearPortalRecord: () => cleared });
    renderPopup();
    await shown();

    fireEvent.click(screen.getByRole('button', { name: 'Effacer les observations de ce portail' }));
    expect(
      screen.getByText((text) =>
        plain(text).startsWith(`Les cookies enregistrés par l'extension pour ${HOST} seront oubliés.`),
      ),
    ).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuler' })));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('button', { name: "Confirmer l'effacement" })).toBeNull();
    expect(sent.map((message) => message.type)).toEqual(['getTabState']);

    fireEvent.click(screen.getByRole('button', { name: 'Effacer les observations de ce portail' }));
    fireEvent.click(screen.getByRole('button', { name: "Confirmer l'effacement" }));
    await screen.findByText('Observations effacées.');
    expect(sent.at(-1)).toEqual({ type: 'clearPortalRecord', request: { host: HOST } });
    expect(screen.getByText('Aucun cookie non déclaré observé.')).toBeTruthy();
  });

  it('shows a storage error, and asks for the host permission when it is missing, then reloads', async () => {
    let granted = false;
    const requested: unknown[] = [];
    fakeBrowser.permissions.request = async (permissions: unknown) => {
      requested.push(permissions);
      granted = true;
      return true;
    };
    const sent = fakeBackground({
      getTabState: () =>
        portal({
          notices: granted
            ? []
            : [{ kind: 'storage-error', message: 'QuotaExceededError' }, { kind: 'missing-host-permission' }],
        }),
    });
    renderPopup();
    await shown();
    expect(
      screen.getByText((text) => plain(text).startsWith("L'espace de stockage de l'extension est plein")),
    ).toBeTruthy();
    expect(
      screen.getByText(
        (text) =>
          plain(text) ===
          "L'extension n'a pas l'autorisation d'accéder à ce site : les cookies ne peuvent pas être observés.",
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: "Autoriser l'accès aux sites" }));
    await screen.findByText('Accès autorisé.');
    expect(requested).toEqual([{ origins: ['<all_urls>'] }]);
    expect(sent.map((message) => message.type)).toEqual(['getTabState', 'getTabState']);
    expect(screen.queryByRole('button', { name: "Autoriser l'accès aux sites" })).toBeNull();
  });

  it('offers to add a host that is not recognised as a portal, then shows it as one', async () => {
    let added = false;
    const sent = fakeBackground({
      getTabState: () =>
        added ? portal({ host: 'opendata.exemple.fr' }) : { kind: 'not-portal', host: 'opendata.exemple.fr' },
      addPortalHost: () => {
        added = true;
        return { addedHosts: ['opendata.exemple.fr'], removedHosts: [] };
      },
    });
    renderPopup({ tabId: 3 });
    await shown('opendata.exemple.fr');
    expect(document.querySelector('main')?.dataset.state).toBe('not-portal');
    expect(screen.getByText("opendata.exemple.fr n'est pas reconnu comme un portail Opendatasoft.")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter opendata.exemple.fr comme portail' }));
    await screen.findByText('opendata.exemple.fr a été ajouté aux portails.');
    expect(sent).toEqual([
      { type: 'getTabState', request: { tabId: 3 } },
      { type: 'addPortalHost', request: { host: 'opendata.exemple.fr' } },
      { type: 'getTabState', request: { tabId: 3 } },
    ]);
    expect(await screen.findByRole('heading', { level: 2, name: /^Observés mais non déclarés/ })).toBeTruthy();
  });

  it('says why adding a host failed and keeps the page usable', async () => {
    fakeBackground({
      getTabState: () => ({ kind: 'not-portal', host: 'exemple.fr' }),
      addPortalHost: () => Promise.reject(new Error('Stockage plein')),
    });
    renderPopup();
    await shown('exemple.fr');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter exemple.fr comme portail' }));
    const alert = await screen.findByRole('alert');
    expect(plain(alert.textContent)).toBe("L'action a échoué : Stockage plein");
    expect(screen.getByRole('button', { name: 'Ajouter exemple.fr comme portail' })).toBeTruthy();
  });

  it('opens the options page from its link', async () => {
    let opened = 0;
    fakeBrowser.runtime.openOptionsPage = async () => {
      opened += 1;
    };
    fakeBackground({ getTabState: () => ({ kind: 'not-portal', host: 'exemple.fr' }) });
    renderPopup();
    await shown('exemple.fr');
    fireEvent.click(screen.getByRole('link', { name: 'Gérer les portails reconnus dans les options' }));
    expect(opened).toBe(1);
  });

  it('offers nothing for a host named in its address that is not a portal', async () => {
    fakeBackground({ getTabState: () => ({ kind: 'not-portal', host: 'exemple.fr', fromAddress: true }) });
    renderPopup();
    await shown('exemple.fr');
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('says that a page which is not a website has nothing to compare', async () => {
    fakeBackground({ getTabState: () => ({ kind: 'no-web-page' }) });
    renderPopup();
    await screen.findByText(
      (text) => plain(text) === "Cette page n'est pas un site web : ouvrez un portail Opendatasoft.",
    );
    expect(document.querySelector('main')?.dataset.state).toBe('no-web-page');
  });
});

describe('popup: loading and errors', () => {
  it('shows "Chargement…" once the wait can be seen, until the state arrives', async () => {
    let answer: (state: TabState) => void = () => undefined;
    fakeBackground({ getTabState: () => new Promise<TabState>((resolve) => (answer = resolve)) });
    renderPopup();
    expect(screen.queryByRole('status')).toBeNull();
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect((await screen.findByRole('status')).textContent).toBe('Chargement…');
    await waitFor(() => expect(typeof answer).toBe('function'));
    answer(portal());
    await shown();
    expect(screen.queryByText('Chargement…')).toBeNull();
  });

  it('shows the error in French with "Réessayer", which asks again', async () => {
    let failures = 1;
    const sent = fakeBackground({
      getTabState: () => {
        if (failures-- > 0) throw new Error('Le service de fond ne répond pas.');
        return portal();
      },
    });
    renderPopup();
    const alert = await screen.findByRole('alert');
    expect(plain(alert.textContent)).toBe(
      "L'état de cet onglet n'a pas pu être lu : Le service de fond ne répond pas.",
    );
    expect(document.querySelector('main')?.dataset.state).toBe('error');
    await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    await shown();
    expect(sent).toHaveLength(2);
  });

  it('explains a background that does not answer at all', async () => {
    fakeBrowser.runtime.sendMessage = async () => undefined;
    renderPopup();
    const alert = await screen.findByRole('alert');
    expect(plain(alert.textContent)).toBe(
      "L'état de cet onglet n'a pas pu être lu : Pas de réponse de l'extension à « getTabState ».",
    );
  });
});

describe('popup: which tab', () => {
  it('takes ?tabId= or ?host= from its URL, else the active tab, with the host of its page', async () => {
    let asked: unknown;
    fakeBrowser.tabs.query = async (query: unknown) => {
      asked = query;
      return [{ id: 7, url: 'https://Data.Montreuil.fr/explore/?q=x' }];
    };
    expect(await findTarget('?tabId=12')).toEqual({ target: { tabId: 12 } });
    expect(await findTarget('?host=Data.Montreuil.fr')).toEqual({ target: { host: 'data.montreuil.fr' } });
    expect(await findTarget('')).toEqual({ target: { tabId: 7 }, host: 'data.montreuil.fr' });
    expect(asked).toEqual({ active: true, currentWindow: true });
    fakeBrowser.tabs.query = async () => [{ id: 8, url: 'about:blank' }];
    expect(await findTarget('')).toEqual({ target: { tabId: 8 }, host: null });
  });

  it('fails in French when there is no active tab', async () => {
    fakeBrowser.tabs.query = async () => [];
    await expect(findTarget('')).rejects.toThrow('Aucun onglet actif dans cette fenêtre.');
  });
});
