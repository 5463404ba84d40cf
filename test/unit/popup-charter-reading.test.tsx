// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBackground } from '../support/fake-background.ts';
import { cookie, group, HOST, plain, portal, READ_AT, renderPopup, report, shown } from '../support/popup-report.tsx';

afterEach(cleanup);

describe('popup: what reading the charter could not settle', () => {
  it('says when the column titles were guessed', async () => {
    const source = {
      kind: 'portal' as const,
      url: `https://${HOST}/terms/cookies-policy/`,
      readAt: READ_AT,
      columnsGuessed: true as const,
    };
    fakeBackground({ getTabState: () => portal({ charter: { source, declaredCount: 3 } }) });
    renderPopup();
    await shown();
    expect(screen.getByText(/la colonne des noms de cookies a été devinée d'après son contenu/)).toBeTruthy();
  });

  it('says nothing of guessed titles for a charter whose titles were understood', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await shown();
    expect(screen.queryByText(/devinée/)).toBeNull();
  });

  it('says which charter line an undeclared cookie is close to', async () => {
    const near = cookie({ name: '_pk_ses.3.ffff', httpOnly: false });
    const whole = report();
    const comparison = {
      ...whole.comparison,
      undeclared: [near, ...whole.comparison.undeclared],
      nearLines: { '_pk_ses.3.ffff': '_pk_ses' },
    };
    fakeBackground({ getTabState: () => portal({ comparison, counts: { ...whole.counts, undeclared: 3 } }) });
    renderPopup();
    await shown();
    const entry = within(group('Observés mais non déclarés')).getByText('_pk_ses.3.ffff').closest('li')!;
    expect(plain(entry.textContent)).toContain('proche de la ligne « _pk_ses »');
    expect(within(group('Observés mais non déclarés')).getAllByText(/proche de la ligne/)).toHaveLength(1);
  });
});

describe('popup: a data.* site that shows no sign of Opendatasoft', () => {
  const state = {
    kind: 'not-opendatasoft' as const,
    host: 'data.gouv.fr',
    lookedFor: ['api-request', 'consent-cookie'] as const,
    cookies: [cookie({ name: 'udata_sess', domain: 'data.gouv.fr' })],
  };

  it('says so in French, with what was looked for, lists its cookies, compares nothing and counts nothing undeclared', async () => {
    fakeBackground({ getTabState: () => state });
    renderPopup({ host: 'data.gouv.fr' });
    await shown('data.gouv.fr');
    const notice = plain(screen.getByRole('status').textContent);
    expect(notice).toContain('Ce site ne ressemble pas à un portail Opendatasoft');
    expect(notice).toContain('/api/explore/v2.1/');
    expect(notice).toContain('cookies_preferences');
    expect(notice).toContain("Il n'est donc pas comparé à la charte standard d'Opendatasoft");
    expect(within(screen.getByRole('region', { name: 'Cookies observés' })).getByText('udata_sess')).toBeTruthy();
    expect(screen.queryByText(/non déclaré/)).toBeNull();
  });

  it('lets the user treat it as a portal', async () => {
    const sent = fakeBackground({ getTabState: () => state, treatAsPortal: () => portal({ host: 'data.gouv.fr' }) });
    renderPopup({ host: 'data.gouv.fr' });
    await shown('data.gouv.fr');
    fireEvent.click(screen.getByRole('button', { name: 'Le traiter comme un portail Opendatasoft' }));
    await screen.findByText('Traité comme un portail Opendatasoft.');
    expect(sent).toContainEqual({ type: 'treatAsPortal', request: { host: 'data.gouv.fr' } });
  });
});

describe('popup: a charter address the extension refused', () => {
  it('says which redirect was not followed, where it led and why, and that nothing of it was read', async () => {
    const reason = {
      kind: 'refused-redirect' as const,
      url: 'https://data.piege-exemple.fr/terms/cookies-policy/?flg=fr',
      target: 'https://wiki.mairie.internal/charte-cookies/',
      why: 'local-name' as const,
    };
    fakeBackground({
      getTabState: () =>
        portal({ charter: { source: { kind: 'standard', reason, readAt: READ_AT }, declaredCount: 4 } }),
    });
    renderPopup();
    await shown();
    expect(plain(screen.getByRole('status').textContent)).toContain(
      "https://data.piege-exemple.fr/terms/cookies-policy/?flg=fr redirige vers https://wiki.mairie.internal/charte-cookies/, un nom du réseau local (localhost, .local, .internal, .lan, .home.arpa…) : l'extension n'a pas suivi cette redirection et n'en a rien lu",
    );
  });

  it('says which footer link was not followed and why', async () => {
    const reason = {
      kind: 'refused-link' as const,
      url: 'https://localhost:8443/charte-cookies/',
      why: 'local-name' as const,
    };
    fakeBackground({
      getTabState: () =>
        portal({ charter: { source: { kind: 'standard', reason, readAt: READ_AT }, declaredCount: 4 } }),
    });
    renderPopup();
    await shown();
    expect(plain(screen.getByRole('status').textContent)).toContain(
      'le lien de charte du pied de page mène à https://localhost:8443/charte-cookies/, un nom du réseau local',
    );
  });
});
