// @vitest-environment jsdom
/**
 * What the popup shows for each hostile or broken case: a specific sentence in French, never a blank popup nor a
 * stack trace, and names from pages shown so that they can be read, whatever characters they hold.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../popup/components/App.tsx';
import { CharterSourceLine, describeFallbackReason } from '../../popup/components/CharterSource.tsx';
import { CookieLine } from '../../popup/components/CookieFacts.tsx';
import { cookieNotes } from '../../popup/components/cookie-notes.ts';
import { Notices } from '../../popup/components/Notices.tsx';
import type { PopupActions } from '../../popup/components/actions.ts';
import type { CharterFallbackReason } from '../../src/core/charter/types.ts';
import { emptyPortalRecord } from '../../src/core/record/portal-record.ts';
import type { Notice } from '../../src/core/report/tab-state.ts';
import { withId } from '../../src/core/cookies/slot-key.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { fakeBackground } from '../support/fake-background.ts';
import { openLines, shown } from '../support/popup-report.tsx';
import { portalState, reportContext } from '../support/report-knowledge.ts';

const URL_ASKED = 'https://data.ville.example/terms/cookies-policy/?flg=fr';
const READ_AT = Date.UTC(2026, 10, 23, 14, 42);
const actions: PopupActions = {
  busy: false,
  reread: () => {},
  clear: () => {},
  addHost: () => {},
  treatAsPortal: () => {},
  requestPermission: () => {},
  startAudit: () => {},
  switchPhase: () => {},
  compare: () => {},
  exportEvidence: () => {},
  draftCharter: () => {},
  copyDraft: () => {},
  saveFile: () => {},
};
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

afterEach(cleanup);

describe('why the portal’s charter could not be read, in French', () => {
  it.each<[CharterFallbackReason, string]>([
    [
      { kind: 'network-error', url: URL_ASKED, message: 'Failed to fetch' },
      `erreur réseau en demandant ${URL_ASKED} (Failed to fetch)`,
    ],
    [{ kind: 'timeout', url: URL_ASKED, timeoutMs: 10_000 }, `${URL_ASKED} n'a pas répondu en 10 secondes`],
    [{ kind: 'http-error', url: URL_ASKED, status: 404 }, `page introuvable (HTTP 404) : ${URL_ASKED}`],
    [{ kind: 'http-error', url: URL_ASKED, status: 500 }, `erreur du serveur (HTTP 500) : ${URL_ASKED}`],
    [{ kind: 'http-error', url: URL_ASKED, status: 403 }, `le serveur a répondu HTTP 403 : ${URL_ASKED}`],
    [
      { kind: 'not-html', url: URL_ASKED, contentType: '' },
      `${URL_ASKED} n'est pas une page HTML (type : non indiqué)`,
    ],
    [
      { kind: 'too-large', url: URL_ASKED, limitBytes: 5 * 1_048_576 },
      `page de plus de 5 Mo, lecture arrêtée : ${URL_ASKED}`,
    ],
    [{ kind: 'no-table', url: URL_ASKED }, `aucun tableau sur ${URL_ASKED}`],
    [
      { kind: 'no-cookie-column', url: URL_ASKED, columns: ['Nazwa', 'Cel'] },
      `aucune colonne de noms de cookies dans les tableaux de ${URL_ASKED} (colonnes : Nazwa | Cel ; titres reconnus en français, anglais, allemand, espagnol, italien et néerlandais)`,
    ],
    [{ kind: 'empty-table', url: URL_ASKED }, `le tableau des cookies de ${URL_ASKED} ne nomme aucun cookie`],
    [
      { kind: 'no-table', url: 'https://www.ville.example/', redirectedFrom: URL_ASKED },
      `aucun tableau sur https://www.ville.example/, après redirection depuis ${URL_ASKED}`,
    ],
  ])('%o', (reason, expected) => {
    expect(plain(describeFallbackReason(reason))).toBe(expected);
  });
});

describe('where the charter was read', () => {
  it('says that the request was sent to another site, and where from', () => {
    const source = {
      kind: 'portal' as const,
      url: 'https://www.ville.example/cookies',
      readAt: READ_AT,
      redirectedFrom: URL_ASKED,
    };
    const { container } = render(<CharterSourceLine source={source} host="data.ville.example" actions={actions} />);
    expect(plain(container.textContent)).toContain(
      'Charte lue sur https://www.ville.example/cookies le 23/11/2026 15:42',
    );
    expect(plain(container.textContent)).toContain(
      `Le serveur a redirigé la demande de ${URL_ASKED} vers cet autre site : c'est là que la charte a été lue.`,
    );
  });

  it('says how many lines of a huge charter are not compared', () => {
    const source = { kind: 'portal' as const, url: 'https://x.example/', readAt: READ_AT, omittedLines: 1200 };
    const { container } = render(<CharterSourceLine source={source} host="x.example" actions={actions} />);
    expect(plain(container.textContent)).toContain(
      'La page compte 1 200 lignes de charte au-delà des 300 gardées : elles ne sont pas comparées.',
    );
  });
});

describe('notices about what is kept', () => {
  it.each<[Notice, string]>([
    [{ kind: 'storage-error', message: 'QUOTA_BYTES quota exceeded' }, "L'espace de stockage de l'extension est plein"],
    [
      { kind: 'storage-error', message: 'IO error' },
      "Les dernières observations n'ont pas pu être enregistrées (IO error) : elles restent en mémoire",
    ],
    [
      {
        kind: 'storage-error',
        message: 'QUOTA_BYTES quota exceeded',
        recordBytes: 24_576,
        storedBytes: 8_283_750,
        portals: 12,
      },
      "Le navigateur a refusé d'enregistrer ce portail, faute de place (QUOTA_BYTES quota exceeded) : son enregistrement fait 24 Ko, ceux des 12 portails gardés 7,9 Mo en tout (l'extension s'en tient à 8 Mo",
    ],
    [
      { kind: 'portal-dropped', at: READ_AT },
      "Pour rester sous 8 Mo de stockage, l'extension a retiré le 23/11/2026 15:42 tout ce qu'elle avait enregistré pour ce portail, alors le moins récemment visité",
    ],
    [
      { kind: 'storage-read-error', message: 'IO error' },
      "Ce qui est enregistré pour ce portail n'a pas pu être lu (IO error)",
    ],
    [
      { kind: 'damaged-record', droppedEntries: 1 },
      "1 entrée illisible de l'enregistrement de ce portail a été écartée ; tout le reste est conservé.",
    ],
    [
      { kind: 'damaged-record', droppedEntries: 3 },
      "3 entrées illisibles de l'enregistrement de ce portail ont été écartées",
    ],
    [
      { kind: 'cookies-dropped', count: 12, lastAt: READ_AT },
      '12 cookies, les moins récemment vus, ont été retirés (dernier retrait le 23/11/2026 15:42).',
    ],
  ])('%o', (notice, expected) => {
    const { container } = render(<Notices notices={[notice]} actions={actions} />);
    expect(plain(container.textContent)).toContain(expected);
  });

  it('says how many cookies the cap dropped, with the limit, from the stored record', () => {
    const record = { ...emptyPortalRecord('x.example'), droppedCookies: { count: 1, lastAt: READ_AT } };
    const { container } = render(
      <Notices
        notices={portalState(record, reportContext([], READ_AT), 'summary').summary.notices}
        actions={actions}
      />,
    );
    expect(plain(container.textContent)).toContain(
      'garde au plus 1 000 cookies (environ 1 Mo) par portail : 1 cookie, le moins récemment vu, a été retiré',
    );
  });
});

const cookieNamed = (name: string) =>
  withId(keptCookie(name, READ_AT, { domain: 'data.ville.example', seenBy: ['set-cookie-header'] }));

describe('cookie names from pages', () => {
  const shownName = (name: string) => {
    const { container } = render(
      <CookieLine
        cookie={cookieNamed(name)}
        notes={cookieNotes({ insights: {}, findings: [] })}
        withKnowledge={false}
      />,
    );
    return container;
  };

  it('shows control characters and invisible ones as marks', () => {
    expect(shownName('a\u0001b\u007f').querySelector('.cookie-name')?.textContent).toBe('a␁b␡');
    expect(shownName('safe\u202Egnp.exe').querySelector('.cookie-name')?.textContent).toBe('safe⟨U+202E⟩gnp.exe');
    expect(shownName('zero\u200Bwidth').querySelector('.cookie-name')?.textContent).toBe('zero⟨U+200B⟩width');
  });

  it('keeps spaces and other scripts as they are', () => {
    expect(shownName('mon cookie préféré 🍪 クッキー').querySelector('.cookie-name')?.textContent).toBe(
      'mon cookie préféré 🍪 クッキー',
    );
  });

  it('names a cookie without a name', () => {
    expect(shownName('').querySelector('.cookie-name')?.textContent).toBe('(cookie sans nom)');
  });

  it('cuts a 4 KB name, with the whole name one click away', () => {
    const name = `long_${'x'.repeat(4091)}`;
    const container = shownName(name);
    const line = container.querySelector('button.line') as HTMLButtonElement;
    const cut = line.querySelector('.cookie-name')?.textContent ?? '';
    expect([...cut]).toHaveLength(80);
    expect(cut.endsWith('…')).toBe(true);
    fireEvent.click(line);
    const full = container.querySelector('.cookie-name-full');
    expect(plain(full?.textContent)).toBe(`Nom complet (4096 caractères) ${name}`);
    expect(full?.querySelector('.cookie-name')?.textContent).toBe(name);
  });
});

describe('the popup never goes blank', () => {
  it('shows the background’s failure in French, with a way to try again', async () => {
    fakeBackground({
      getTabState: () => {
        throw new Error("L'onglet 12 n'existe plus.");
      },
    });
    render(<App findTarget={async () => ({ target: { tabId: 12 } })} />);
    expect(plain((await screen.findByRole('alert')).textContent)).toBe(
      "L'état de cet onglet n'a pas pu être lu : L'onglet 12 n'existe plus.",
    );
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('shows a report built from a damaged record', async () => {
    const record = { ...emptyPortalRecord('x.example'), cookies: { k: cookieNamed('\u0000') } };
    fakeBackground({
      getTabState: () =>
        portalState(record, reportContext([{ kind: 'damaged-record', droppedEntries: 2 }], READ_AT), 'summary'),
    });
    render(<App findTarget={async () => ({ target: { host: 'x.example' } })} />);
    expect(await shown('x.example')).toBeTruthy();
    // In what to check and in its group.
    expect(screen.getAllByText('␀')).toHaveLength(2);
  });
});

describe('every text from a site, not names alone (issue 12, attack 4)', () => {
  const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J';
  const BIDI = '\u202e\u2066\u200b';
  const RAW = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u;

  it('shows the domain, the path, the charter lines, its sections and column titles with their invisible characters as marks', async () => {
    const record = {
      ...emptyPortalRecord('data.ville.example'),
      cookies: { k: keptCookie('sid', READ_AT, { domain: `data.ville.example${BIDI}`, path: `/carte${ESCAPES}` }) },
      charter: {
        declared: [
          {
            name: 'sid',
            match: 'exact' as const,
            provider: `Ville${BIDI}`,
            service: `Portail${ESCAPES}`,
            purpose: `Session${BIDI}`,
            duration: `13 mois${ESCAPES}`,
            category: `Nécessaires${BIDI}`,
          },
          {
            name: `absent${BIDI}`,
            match: 'prefix' as const,
            provider: null,
            service: null,
            purpose: `Mesure${ESCAPES}`,
            duration: null,
            category: `Mesure${ESCAPES}`,
          },
        ],
        source: { kind: 'portal' as const, url: 'https://data.ville.example/pages/cookies/', readAt: READ_AT },
      },
    };
    fakeBackground({ getTabState: () => portalState(record, reportContext([], READ_AT), 'with-details') });
    const { container } = render(<App findTarget={async () => ({ target: { host: 'data.ville.example' } })} />);
    await shown('data.ville.example');
    openLines(container);
    const text = container.textContent ?? '';
    expect(text).not.toMatch(RAW);
    for (const shown of [
      'data.ville.example⟨U+202E⟩⟨U+2066⟩⟨U+200B⟩/carte␛]0;pwned␇␛[2J',
      'Session⟨U+202E⟩',
      '13 mois␛]0;pwned␇␛[2J',
      'Nécessaires⟨U+202E⟩',
      'absent⟨U+202E⟩⟨U+2066⟩⟨U+200B⟩*',
    ]) {
      expect(text).toContain(shown);
    }

    const columns: CharterFallbackReason = {
      kind: 'no-cookie-column',
      url: 'https://data.ville.example/cookies',
      columns: [`Nom${ESCAPES}`, `Rôle${BIDI}`],
    };
    expect(describeFallbackReason(columns)).not.toMatch(RAW);
    expect(describeFallbackReason(columns)).toContain('Nom␛]0;pwned␇␛[2J | Rôle⟨U+202E⟩');
  });
});
