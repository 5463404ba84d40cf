/**
 * An auditor's walk through the consent phases on data.montreuil.fr: a new audit with the portal's cookies deleted,
 * a first visit left unanswered, a refusal, then an acceptance; each cookie must carry the phase it appeared in,
 * and the three evidence files (CSV, JSON, HTML report), downloaded as a user does, must say the same, with no
 * cookie value in them.
 */
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/core/export/evidence.ts';
import { browserNames, type BrowserPage } from './support/driver.ts';
import { montreuil } from './support/expected.ts';
import { browserFixture } from './support/fixture.ts';
import { entryFor, group, groupTitles, openPopup, type PopupView } from './support/popup.ts';
import { answerBanner, visitPortal } from './support/visit.ts';

/** The entry of a cookie in either observed group, as the user reads it. */
function observedEntry(view: PopupView, name: string): string {
  for (const title of [groupTitles.undeclared, groupTitles.seen]) {
    const found = view.groups.find((g) => g.title === title);
    const entry = found && (entryFor(found, name) ?? found.entries.find((text) => text.includes(name)));
    if (entry) return entry;
  }
  throw new Error(`${name} is in no observed group:\n${view.text}`);
}

/** The phase the popup gives a cookie: "Apparu : <phase>" in its entry (under its charter line for declared ones). */
function appearedPhase(view: PopupView, name: string): string | undefined {
  const entry = observedEntry(view, name);
  const after = entry.slice(entry.indexOf(name));
  return /Apparu : (avant tout choix|après acceptation|après refus)/.exec(after)?.[1];
}

async function startAuditFromPopup(popup: BrowserPage): Promise<void> {
  await popup.click({ role: 'text', name: 'Audit : aucun en cours' });
  await popup.click({ role: 'button', name: 'Nouvel audit' });
  await popup.click({ role: 'checkbox', name: /Supprimer aussi les cookies de ce portail/ });
  await popup.click({ role: 'button', name: "Démarrer l'audit" });
  await popup.waitForText(/Audit démarré/);
}

const exportName = (extension: string) =>
  new RegExp(`^charte-vs-cookies_data\\.montreuil\\.fr_\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.${extension}$`);

describe.each(browserNames)('[%s]', (browserName) => {
  const browser = browserFixture(browserName);

  it('audit walk: before any choice, after refusal, after acceptance, and the three exports say the same without any cookie value', async () => {
    const { driver } = browser();
    const portalTab = await visitPortal(driver, montreuil.host, 'ignore');
    const start = await openPopup(driver, montreuil.host, {
      until: (view) => view.text.includes('sessionid'),
      what: 'the first visit',
      screenshot: `${montreuil.host}-audit-start`,
    });
    await startAuditFromPopup(start.page);
    await start.page.close();

    // Before any choice: a fresh visit (the cookies were deleted), banner left unanswered.
    await portalTab.reload();
    // Refusal, then the visitor changes their mind: the banner comes back once its cookie is gone, and they accept.
    await answerBanner(portalTab, 'refuse');
    await portalTab.evaluate(() => (document.cookie = 'cookies_preferences=; Max-Age=0; Path=/'), undefined);
    await portalTab.reload();
    await answerBanner(portalTab, 'accept');

    const { page, view } = await openPopup(driver, montreuil.host, {
      until: (shown) => shown.text.includes('_pk_id.1.ab12') && shown.text.includes('après acceptation'),
      what: 'the cookies of every phase',
      screenshot: `${montreuil.host}-audit`,
    });
    expect(view.text).toMatch(/Audit en cours depuis le .* — après acceptation/);
    expect(appearedPhase(view, 'sessionid')).toBe('avant tout choix');
    expect(appearedPhase(view, 'atuserid')).toBe('avant tout choix');
    expect(appearedPhase(view, 'cookies_preferences')).toBe('après refus');
    expect(appearedPhase(view, '_pk_id.1.ab12')).toBe('après acceptation');
    expect(group(view, groupTitles.undeclared).entries.length).toBeGreaterThan(0);
    await page.click({ role: 'text', name: /^Audit en cours depuis le/ });
    await page.waitForText('1 audit précédent');

    const csv = await page.download('Télécharger CSV');
    expect(csv.filename).toMatch(exportName('csv'));
    expect(
      csv.text.startsWith('\uFEFFNum;Domaine;Chemin;Nom;Expiration;sameSite;httpOnly;hostOnly;isSecure;Partie;'),
    ).toBe(true);
    const rowOf = (name: string) => csv.text.split('\r\n').find((line) => line.split(';')[3] === name) ?? '';
    expect(rowOf('_pk_id.1.ab12')).toContain('après acceptation');
    expect(rowOf('sessionid')).toContain('avant tout choix');

    const json = await page.download('Télécharger JSON');
    expect(json.filename).toMatch(exportName('json'));
    const evidence = JSON.parse(json.text) as Evidence;
    expect(evidence.portalHost).toBe(montreuil.host);
    expect(evidence.browser.name, 'the browser that recorded the evidence').toMatch(
      browserName === 'firefox' ? /firefox/i : /chrom/i,
    );
    // Deleting the consent cookie takes the audit back to "before any choice" until the visitor answers again.
    expect(evidence.audit?.phases.map((change) => change.label)).toEqual([
      'avant tout choix',
      'après refus',
      'avant tout choix',
      'après acceptation',
    ]);
    const phaseOf = (name: string) => evidence.rows.find((row) => row.name === name)?.phase;
    expect(phaseOf('cookies_preferences')).toBe('après refus');
    expect(phaseOf('_pk_id.1.ab12')).toBe('après acceptation');
    // The visitor's latest choice, decoded (never the value): Matomo accepted, and when.
    expect(evidence.consent?.services).toContainEqual({ service: 'matomo', accepted: true });
    expect(evidence.consent?.decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(rowOf('cookies_preferences')).toMatch(/matomo\u00a0: accepté — choix du /);

    const report = await page.download('Télécharger le rapport HTML');
    expect(report.filename).toMatch(exportName('html'));
    expect(report.text).toContain('<!DOCTYPE html>');
    // The report lists what the popup shows as undeclared (the map tiles' third-party cookie, set before the audit
    // and not a portal cookie it deletes, comes back only if the browser asks for a tile again).
    const shownUndeclared = group(view, groupTitles.undeclared).entries.map((entry) => entry.split(' ')[0]!);
    expect(shownUndeclared).toEqual(expect.arrayContaining(['atuserid', '_pk_id.1.ab12']));
    for (const name of shownUndeclared) expect(report.text, name).toContain(name);
    expect(report.text).toContain('après acceptation');
    expect(report.text).toMatch(/<dt>Choix du visiteur \(bandeau du portail\)<\/dt><dd>[^<]*matomo\u00a0: accepté/);

    // The local portal's values are fake but shaped like real ones: none may leak into the evidence.
    const values = await portalTab.evaluate(
      () => document.cookie.split('; ').map((pair) => pair.slice(pair.indexOf('=') + 1)),
      undefined,
    );
    const secrets = values.filter((value) => value.length >= 8 && !value.includes('functional_cookies'));
    expect(secrets.length, 'cookie values to search for').toBeGreaterThan(0);
    for (const file of [csv, json, report])
      for (const value of secrets)
        expect(file.text.includes(value), `${file.filename} holds a cookie value`).toBe(false);
    await Promise.all([page.close(), portalTab.close()]);
  });
});
