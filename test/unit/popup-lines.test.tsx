// @vitest-environment jsdom
/** One line per cookie, families as one line, a search over names, domains and vendors, and where focus goes. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IdentifiedCookie } from '../../src/core/cookies/slot-key.ts';
import { fakeBackground } from '../support/fake-background.ts';
import { cookie, DAY, group, plain, portal, READ_AT, ready, renderPopup } from '../support/popup-report.tsx';

beforeEach(() => {
  delete document.documentElement.dataset.ready;
});
afterEach(cleanup);

const flood = Array.from({ length: 500 }, (_, index) =>
  cookie({ name: `c_${index}`, httpOnly: false, expiresAt: READ_AT + 30 * DAY }),
);
const ide = cookie({
  name: 'IDE',
  domain: 'doubleclick.net',
  hostOnly: false,
  party: 'third',
  expiresAt: READ_AT + 395 * DAY,
  seenBy: ['set-cookie-header', 'cookie-event'],
});
const ysc = cookie({
  name: 'YSC',
  domain: 'youtube.com',
  hostOnly: false,
  party: 'third',
  seenBy: ['set-cookie-header'],
});

function showUndeclared(cookies: IdentifiedCookie[]) {
  fakeBackground({
    getTabState: () =>
      portal({
        comparison: { declaredAndSeen: [], undeclared: cookies, declaredNotSeen: [] },
        insights: { [ide.id]: { knowledge: null, organisation: { name: 'Google', source: 'project' }, phase: null } },
      }),
  });
  renderPopup();
  return ready();
}

const lineTexts = () =>
  [...group('Observés mais non déclarés').querySelectorAll(':scope > ul > li > button.line')].map((line) =>
    plain(line.textContent),
  );

describe('popup: one line per cookie', () => {
  it('shows 500 cookies of one script as one line with their count, their lines on demand', async () => {
    await showUndeclared([ide, ...flood]);
    expect(lineTexts()).toEqual([
      'IDE tiers · doubleclick.net · Google · 13 mois',
      'c_* 500 cookies · propriétaire · data.montreuil.fr · 1 mois',
    ]);
    // What to check names the family once, with its size.
    expect(plain(document.querySelector('.to-check-list li')?.textContent)).toBe(
      'c_* 500 cookies — propriétaire — non déclaré',
    );
  });

  it('tells apart, in what to check, cookies of one name set on two paths or two domains', async () => {
    const googleGa = cookie({ name: '_ga', domain: 'montreuil.fr', hostOnly: false, party: 'third' });
    await showUndeclared([
      cookie({ name: 'JSESSIONID', path: '/' }),
      cookie({ name: 'JSESSIONID', path: '/api' }),
      ysc,
      cookie({ name: '_ga', domain: 'data.montreuil.fr', hostOnly: false }),
      googleGa,
    ]);
    expect([...document.querySelectorAll('.to-check-list li')].map((line) => plain(line.textContent))).toEqual([
      'YSC — tiers · youtube.com — non déclaré',
      '_ga — tiers · montreuil.fr — non déclaré',
      'JSESSIONID — propriétaire · data.montreuil.fr — non déclaré',
      'JSESSIONID — propriétaire · data.montreuil.fr/api — non déclaré',
      '_ga — propriétaire · data.montreuil.fr — non déclaré',
    ]);
  });

  it('shows a family’s members on demand, one line each', async () => {
    await showUndeclared(flood.slice(0, 12));
    const family = screen.getByRole('button', { name: /^c_\* 12 cookies/ });
    expect(family.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(family);
    expect(family.getAttribute('aria-expanded')).toBe('true');
    const members = within(group('Observés mais non déclarés')).getByRole('list', { name: 'Cookies c_*' });
    expect(
      within(members)
        .getAllByRole('button')
        .map((line) => line.querySelector('.cookie-name')?.textContent),
    ).toEqual(flood.slice(0, 12).map(({ name }) => name));
  });

  it('opens and closes a line from the keyboard, its facts right below it', async () => {
    await showUndeclared([ide]);
    const line = screen.getByRole('button', { name: /^IDE/ });
    line.focus();
    fireEvent.click(line); // what Enter and Space do on a native button
    expect(line.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(line.getAttribute('aria-controls')!);
    expect(details?.previousElementSibling).toBe(line);
    expect(details?.querySelector('dd')?.textContent).toBe('doubleclick.net');
    fireEvent.click(line);
    expect(line.getAttribute('aria-expanded')).toBe('false');
    expect(line.hasAttribute('aria-controls')).toBe(false);
  });

  it('says a cookie the browser refused is refused, not stored for a lifetime', async () => {
    await showUndeclared([ysc]);
    expect(lineTexts()).toEqual(['YSC tiers · youtube.com · refusé par le navigateur']);
  });
});

describe('popup: search', () => {
  it('filters the lines by name, domain or vendor, whatever the case and accents, and says how many it found', async () => {
    await showUndeclared([ide, ysc, ...flood]);
    const search = screen.getByRole('searchbox', { name: 'Rechercher un cookie (nom, domaine, fournisseur)' });
    fireEvent.input(search, { target: { value: 'GOOGLE' } });
    expect(lineTexts()).toEqual([expect.stringMatching(/^IDE /)]);
    expect(screen.getByText('1 ligne trouvée')).toBeTruthy();
    fireEvent.input(search, { target: { value: 'youtube' } });
    expect(lineTexts()).toEqual([expect.stringMatching(/^YSC /)]);
    fireEvent.input(search, { target: { value: 'c_49' } });
    expect(lineTexts()).toEqual([expect.stringMatching(/^c_\* 500 cookies/)]);
    fireEvent.input(search, { target: { value: 'introuvable' } });
    expect(lineTexts()).toEqual([]);
    expect(
      within(group('Observés mais non déclarés')).getByText('Aucune ligne de ce groupe ne correspond à la recherche.'),
    ).toBeTruthy();
    expect(screen.getByText('0 ligne trouvée')).toBeTruthy();
    // The group's count stays the whole group's.
    expect(plain(within(group('Observés mais non déclarés')).getByRole('heading', { level: 2 }).textContent)).toBe(
      'Observés mais non déclarés 502',
    );
    fireEvent.input(search, { target: { value: ' Gôogle ' } });
    expect(lineTexts()).toEqual([expect.stringMatching(/^IDE /)]);
    fireEvent.input(search, { target: { value: 'DoubleClick.net' } });
    expect(lineTexts()).toEqual([expect.stringMatching(/^IDE /)]);
  });
});

describe('popup: focus after an action', () => {
  it('moves focus to the outcome when "Ajouter … comme portail" replaced the page, never to the top of it', async () => {
    let added = false;
    fakeBackground({
      getTabState: () =>
        added ? portal({ host: 'opendata.exemple.fr' }) : { kind: 'not-portal', host: 'opendata.exemple.fr' },
      addPortalHost: () => {
        added = true;
        return { addedHosts: ['opendata.exemple.fr'], removedHosts: [] };
      },
    });
    renderPopup();
    await screen.findByRole('heading', { level: 1, name: 'opendata.exemple.fr' });
    const add = screen.getByRole('button', { name: 'Ajouter opendata.exemple.fr comme portail' });
    add.focus();
    fireEvent.click(add);
    const done = await screen.findByText('opendata.exemple.fr a été ajouté aux portails.');
    expect(document.activeElement).toBe(done);
  });

  it('leaves focus on a control the action kept', async () => {
    fakeBackground({ getTabState: () => portal(), readCharter: () => portal() });
    renderPopup();
    await ready();
    const reread = screen.getByRole('button', { name: 'Relire la charte' });
    reread.focus();
    fireEvent.click(reread);
    await screen.findByText('Charte relue.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Relire la charte' }));
  });
});
