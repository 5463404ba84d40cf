// @vitest-environment jsdom
/** The visitor's consent choice, the audit (start, phases, past audits) and the evidence exports, as a user sees them. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../popup/components/download.ts';
import type { Audit } from '../../src/core/audit/audit.ts';
import type { AuditDiff } from '../../src/core/audit/diff.ts';
import type { ReportFields } from '../support/popup-report.tsx';
import { fakeBackground } from '../support/fake-background.ts';
import {
  cookie,
  declared,
  fact,
  group,
  HOST,
  openLine,
  plain,
  portal,
  READ_AT,
  ready,
  renderPopup,
} from '../support/popup-report.tsx';

const MINUTE = 60_000;

beforeEach(() => {
  delete document.documentElement.dataset.ready;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const byText = (expected: string) =>
  screen.getByText(
    (_, element) =>
      plain(element?.textContent) === expected &&
      [...(element?.children ?? [])].every((child) => plain(child.textContent) !== expected),
  );

const runningAudit: Audit = {
  startedAt: READ_AT,
  endedAt: null,
  phases: [
    { at: READ_AT, phase: 'before-choice', by: 'start' },
    { at: READ_AT + 5 * MINUTE, phase: 'after-accept', by: 'consent' },
  ],
};

describe('popup: the visitor’s choice in the portal’s banner', () => {
  it('lists each service as accepted or refused, with the date of the choice', async () => {
    fakeBackground({
      getTabState: () =>
        portal({ consent: { choices: { functional_cookies: true, matomo: false }, decidedAt: READ_AT } }),
    });
    renderPopup();
    await ready();
    const choices = screen.getByRole('list', { name: /^Choix du visiteur \(bandeau\)/ });
    expect(
      within(choices)
        .getAllByRole('listitem')
        .map((item) => plain(item.textContent)),
    ).toEqual(['functional_cookies ✓ accepté', 'matomo ✗ refusé']);
    expect(plain(choices.parentElement?.textContent)).toMatch(/refusé — le 23\/11\/2026 15:42$/);
  });

  it('says when no choice is recorded', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await ready();
    expect(screen.getByText('Aucun choix enregistré dans le bandeau du portail.')).toBeTruthy();
  });
});

describe('popup: starting an audit', () => {
  async function openConfirmation() {
    fireEvent.click(screen.getByText('Audit : aucun en cours'));
    fireEvent.click(screen.getByRole('button', { name: 'Nouvel audit' }));
    const confirmation = screen.getByRole('group', { name: 'Nouvel audit' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(confirmation).getByRole('button', { name: 'Annuler' })),
    );
    return confirmation;
  }

  it('asks inline first, says what happens to what was recorded, and sends nothing on "Annuler"', async () => {
    const sent = fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await ready();
    const confirmation = await openConfirmation();
    expect(plain(confirmation.textContent)).toContain(
      `Ce qui a été enregistré pour ${HOST} devient un audit précédent`,
    );
    const checkbox = within(confirmation).getByRole('checkbox', {
      name: 'Supprimer aussi les cookies de ce portail dans le navigateur (vous serez déconnecté du portail)',
    }) as HTMLInputElement;
    expect(checkbox.checked).toBe(false);
    fireEvent.click(within(confirmation).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('group', { name: 'Nouvel audit' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nouvel audit' })));
    expect(sent.map((message) => message.type)).toEqual(['getTabState']);
  });

  it('starts an audit keeping the browser’s cookies, then shows it', async () => {
    const sent = fakeBackground({
      getTabState: () => portal(),
      startAudit: () => portal({ audit: { ...runningAudit, phases: runningAudit.phases.slice(0, 1) } }),
    });
    renderPopup();
    await ready();
    const confirmation = await openConfirmation();
    fireEvent.click(within(confirmation).getByRole('button', { name: "Démarrer l'audit" }));
    await screen.findByText('Audit démarré.');
    expect(sent.at(-1)).toEqual({ type: 'startAudit', request: { host: HOST, deleteCookies: false } });
    expect(byText('Audit en cours depuis le 23/11/2026 15:42 — avant tout choix')).toBeTruthy();
  });

  it('deletes the portal’s cookies from the browser too when the box is checked, and says so', async () => {
    const sent = fakeBackground({ getTabState: () => portal(), startAudit: () => portal({ audit: runningAudit }) });
    renderPopup();
    await ready();
    const confirmation = await openConfirmation();
    fireEvent.click(within(confirmation).getByRole('checkbox'));
    fireEvent.click(within(confirmation).getByRole('button', { name: "Démarrer l'audit" }));
    await screen.findByText(
      (text) => plain(text) === 'Audit démarré ; les cookies du portail ont été supprimés du navigateur.',
    );
    expect(sent.at(-1)).toEqual({ type: 'startAudit', request: { host: HOST, deleteCookies: true } });
  });
});

describe('popup: the audit in progress', () => {
  const ga = cookie({ name: '_ga', httpOnly: false, firstSeen: READ_AT + 6 * MINUTE });
  const withAudit = (audit: Audit): Partial<ReportFields> => ({
    audit,
    comparison: { declaredAndSeen: [], undeclared: [ga], declaredNotSeen: [] },
    insights: { [ga.id]: { knowledge: null, organisation: null, phase: 'after-accept' } },
  });

  it('shows its start, its phase, the timeline with what switched each phase, and each cookie’s phase', async () => {
    fakeBackground({ getTabState: () => portal(withAudit(runningAudit)) });
    renderPopup();
    await ready();
    const summary = byText('Audit en cours depuis le 23/11/2026 15:42 — après acceptation');
    fireEvent.click(summary);
    const panel = summary.closest('details') as HTMLElement;
    const timeline = within(panel).getByRole('list', { name: 'Chronologie des phases' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => plain(item.textContent)),
    ).toEqual([
      "23/11/2026 15:42 — avant tout choix (début de l'audit)",
      '23/11/2026 15:47 — après acceptation (suivant le cookie de consentement)',
    ]);
    expect(plain(panel.textContent)).toContain(
      "La phase suit d'elle-même le cookie de consentement du portail, jusqu'à ce que vous la changiez à la main.",
    );
    const phases = within(panel).getByRole('group', { name: /^Phase en cours/ });
    expect(within(phases).getByRole('button', { name: 'après acceptation' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(phases).getByRole('button', { name: 'avant tout choix' }).getAttribute('aria-pressed')).toBe('false');
    expect(fact(openLine(group('Observés mais non déclarés'), '_ga'), 'Apparu :')).toBe('après acceptation');
  });

  it('switches the phase by hand, then says the consent cookie no longer switches it', async () => {
    const switched: Audit = {
      ...runningAudit,
      phases: [...runningAudit.phases, { at: READ_AT + 9 * MINUTE, phase: 'after-refusal', by: 'user' }],
    };
    const sent = fakeBackground({
      getTabState: () => portal(withAudit(runningAudit)),
      switchAuditPhase: () => portal(withAudit(switched)),
    });
    renderPopup();
    await ready();
    fireEvent.click(byText('Audit en cours depuis le 23/11/2026 15:42 — après acceptation'));
    fireEvent.click(screen.getByRole('button', { name: 'après refus' }));
    await screen.findByText((text) => plain(text) === 'Phase en cours : après refus.');
    expect(sent.at(-1)).toEqual({ type: 'switchAuditPhase', request: { host: HOST, phase: 'after-refusal' } });
    expect(screen.getByRole('button', { name: 'après refus' }).getAttribute('aria-pressed')).toBe('true');
    expect(byText('23/11/2026 15:51 — après refus (choisie à la main)')).toBeTruthy();
    expect(screen.getByText((text) => plain(text).startsWith('Phase choisie à la main'))).toBeTruthy();
    // The phase in force is pressed already: pressing it again sends nothing.
    fireEvent.click(screen.getByRole('button', { name: 'après refus' }));
    expect(sent.filter((message) => message.type === 'switchAuditPhase')).toHaveLength(1);
  });
});

describe('popup: past audits', () => {
  const diff: AuditDiff = {
    cookiesAppeared: [cookie({ name: '_ga' })],
    cookiesGone: [cookie({ name: 'old_tracker', domain: 'tiers.example', party: 'third' })],
    declaredAdded: [declared({ name: '_pk_', match: 'prefix' })],
    declaredRemoved: [],
    declaredReworded: [
      { before: declared({ purpose: 'Ancienne finalité' }), after: declared({ purpose: 'Nouvelle finalité' }) },
    ],
  };

  it('lists them and compares one with the current audit, inline, until closed', async () => {
    const past = { startedAt: READ_AT - 2 * 86_400_000, endedAt: READ_AT - 1000, cookieCount: 12 };
    const sent = fakeBackground({
      getTabState: () => portal({ audit: runningAudit, pastAudits: [past] }),
      compareWithPastAudit: () => diff,
    });
    renderPopup();
    await ready();
    fireEvent.click(byText('Audit en cours depuis le 23/11/2026 15:42 — après acceptation'));
    const list = screen.getByRole('list', { name: '1 audit précédent' });
    expect(plain(within(list).getByRole('listitem').querySelector('p')?.textContent)).toBe(
      'du 21/11/2026 15:42 au 23/11/2026 15:41 · 12 cookies',
    );
    const compare = within(list).getByRole('button', { name: "Comparer avec l'audit en cours" });
    fireEvent.click(compare);
    const shownDiff = await screen.findByRole('region', {
      name: "Depuis l'audit du 21/11/2026 15:42 au 23/11/2026 15:41",
    });
    expect(sent.at(-1)).toEqual({ type: 'compareWithPastAudit', request: { host: HOST, startedAt: past.startedAt } });
    expect(within(shownDiff).getByRole('list', { name: /^Cookies apparus/ }).textContent).toContain('_ga');
    expect(within(shownDiff).getByRole('list', { name: /^Cookies disparus/ }).textContent).toContain('old_tracker');
    expect(within(shownDiff).getByRole('list', { name: /^Lignes de charte ajoutées/ }).textContent).toContain('_pk_*');
    expect(within(shownDiff).queryByRole('list', { name: /^Lignes de charte retirées/ })).toBeNull();
    const reworded = within(shownDiff).getByRole('list', { name: /^Lignes de charte reformulées/ });
    expect(within(reworded).getByText('sessionid')).toBeTruthy();
    expect([...reworded.querySelectorAll('dt, dd')].map((term) => plain(term.textContent))).toEqual([
      'Finalité :',
      '« Ancienne finalité » → « Nouvelle finalité »',
    ]);
    expect(compare.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(shownDiff).getByRole('button', { name: 'Fermer la comparaison' }));
    expect(screen.queryByRole('region', { name: /^Depuis l'audit/ })).toBeNull();
    expect(document.activeElement).toBe(compare);
  });
});

describe('popup: evidence exports', () => {
  /** jsdom has no Blob addresses, and a click on a link would navigate: both are stood in for. */
  function standInForDownloads() {
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    const clicked: HTMLAnchorElement[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return `blob:popup/${blobs.length}`;
    };
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    return { blobs, revoked, clicked };
  }

  it('downloads the file the background prepares through a Blob link, its content as is', async () => {
    const content = '\uFEFFNum;Domaine;Chemin;Nom\r\n1;data.montreuil.fr;/;sessionid\r\n';
    const fileName = 'charte-vs-cookies_data.montreuil.fr_2026-11-23-1542.csv';
    const sent = fakeBackground({
      getTabState: () => portal(),
      exportEvidence: () => ({ fileName, mimeType: 'text/csv;charset=utf-8', content }),
    });
    const { blobs, clicked } = standInForDownloads();
    renderPopup();
    await ready();
    const exports = screen.getByRole('region', { name: 'Preuves à télécharger' });
    // One verb for the three.
    expect(
      within(exports)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Télécharger CSV', 'Télécharger JSON', 'Télécharger le rapport HTML']);
    fireEvent.click(within(exports).getByRole('button', { name: 'Télécharger CSV' }));
    await screen.findByText((text) => plain(text) === `Téléchargement lancé : ${fileName}`);
    expect(sent.at(-1)).toEqual({ type: 'exportEvidence', request: { host: HOST, format: 'csv' } });
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(await blobs[0]!.text()).toBe(content.slice(1));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe(fileName);
    expect(clicked[0]!.getAttribute('href')).toBe('blob:popup/1');
    expect(clicked[0]!.isConnected).toBe(false);
  });

  it('proposes the corrected charter the background drafts: a preview, a copy to the clipboard, a download of each form', async () => {
    const file = (fileName: string, content: string) => ({
      fileName,
      mimeType: 'text/markdown;charset=utf-8',
      content,
    });
    const markdown =
      '# Projet de charte — à relire\n\n| Nom du fournisseur | Nom du cookie |\n| --- | --- |\n| Matomo | `_pk_id.*` |\n| <b>x</b> | `y` |\n';
    const draft = {
      markdown,
      html: '<h1>Projet de charte — à relire</h1>',
      files: {
        markdown: file('projet-de-charte_data.montreuil.fr_2026-11-23-1542.md', markdown),
        html: file('projet.html', '<p></p>'),
        text: file('projet.txt', 'texte'),
      },
    };
    const sent = fakeBackground({ getTabState: () => portal(), draftCharter: () => draft });
    const { blobs, clicked } = standInForDownloads();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    renderPopup();
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Proposer une charte corrigée' }));
    const preview = await screen.findByRole('heading', { name: 'Projet de charte corrigée' });
    expect(sent.at(-1)).toEqual({ type: 'draftCharter', request: { host: HOST } });
    // The Markdown as text: the page's words never become markup.
    const shown = preview.parentElement!.querySelector('pre')!;
    expect(shown.textContent).toBe(markdown);
    expect(shown.querySelector('b')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copier le projet' }));
    await screen.findByText('Projet copié dans le presse-papiers.');
    expect(copied).toEqual([markdown]);
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger (Markdown)' }));
    await screen.findByText(
      (text) => plain(text) === 'Téléchargement lancé : projet-de-charte_data.montreuil.fr_2026-11-23-1542.md',
    );
    expect(await blobs[0]!.text()).toBe(markdown);
    expect(clicked[0]!.download).toBe('projet-de-charte_data.montreuil.fr_2026-11-23-1542.md');
    expect(
      within(preview.parentElement!)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([
      'Proposer une charte corrigée',
      'Copier le projet',
      'Télécharger (Markdown)',
      'Télécharger (HTML)',
      'Télécharger (texte)',
    ]);
  });

  it('revokes the Blob address once the browser has had time to read it', () => {
    vi.useFakeTimers();
    try {
      const { revoked } = standInForDownloads();
      downloadFile({ fileName: 'preuves.json', mimeType: 'application/json', content: '{}' });
      expect(revoked).toEqual([]);
      vi.advanceTimersByTime(10_000);
      expect(revoked).toEqual(['blob:popup/1']);
    } finally {
      vi.useRealTimers();
    }
  });
});
