/**
 * An auditor's walk through the consent phases on data.montreuil.fr: a new audit with the portal's cookies deleted,
 * a first visit left unanswered, a refusal, then an acceptance; each cookie must carry the phase it appeared in,
 * and the CSV evidence must say the same, with no cookie value in it.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { montreuil } from './support/expected.ts';
import { chromiumFixture } from './support/fixture.ts';
import { entryFor, group, groupTitles, openPopup, type PopupView } from './support/popup.ts';
import { visitPortal } from './support/visit.ts';

const chromium = chromiumFixture();

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

async function startAuditFromPopup(page: Page): Promise<void> {
  await page.getByText('Audit : aucun en cours').click();
  await page.getByRole('button', { name: 'Nouvel audit' }).click();
  await page.getByRole('checkbox', { name: /Supprimer aussi les cookies de ce portail/ }).check();
  await page.getByRole('button', { name: "Démarrer l'audit" }).click();
  await page.getByText(/Audit démarré/).waitFor();
}

describe('Chromium audit', () => {
  it('walks the consent phases: before any choice, after refusal, after acceptance, and exports them', async () => {
    const { session } = chromium();
    const first = await visitPortal(session.context, montreuil.host, 'ignore');
    const start = await openPopup(session, montreuil.host, { until: (view) => view.text.includes('sessionid'), what: 'the first visit' });
    await startAuditFromPopup(start.page);
    await start.page.close();

    // Before any choice: a fresh visit (the cookies were deleted), banner left unanswered.
    await first.reload({ waitUntil: 'load' });
    // Refusal, then the visitor changes their mind: the banner comes back once its cookie is gone, and they accept.
    await first.getByRole('button', { name: 'Tout refuser' }).click();
    await first.waitForSelector('html[data-consent="refused"]');
    await first.evaluate(() => (document.cookie = 'cookies_preferences=; Max-Age=0; Path=/'));
    await first.reload({ waitUntil: 'load' });
    await first.getByRole('button', { name: 'Tout accepter' }).click();
    await first.waitForSelector('html[data-consent="accepted"]');

    const { page, view } = await openPopup(session, montreuil.host, {
      until: (shown) => shown.text.includes('_pk_id.1.ab12') && shown.text.includes('après acceptation'),
      what: 'the cookies of every phase',
      screenshot: `chromium-${montreuil.host}-audit`,
    });
    expect(view.text).toMatch(/Audit en cours depuis le .* — après acceptation/);
    expect(appearedPhase(view, 'sessionid')).toBe('avant tout choix');
    expect(appearedPhase(view, 'atuserid')).toBe('avant tout choix');
    expect(appearedPhase(view, 'cookies_preferences')).toBe('après refus');
    expect(appearedPhase(view, '_pk_id.1.ab12')).toBe('après acceptation');
    expect(group(view, groupTitles.undeclared).entries.length).toBeGreaterThan(0);
    await page.getByText(/^Audit en cours depuis le/).click();
    await page.getByText('1 audit précédent').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^charte-vs-cookies_data\.montreuil\.fr_\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFNum;Domaine;Chemin;Nom;Expiration;sameSite;httpOnly;hostOnly;isSecure;Partie;')).toBe(true);
    const rowOf = (name: string) => csv.split('\r\n').find((line) => line.split(';')[3] === name) ?? '';
    expect(rowOf('_pk_id.1.ab12')).toContain('après acceptation');
    expect(rowOf('sessionid')).toContain('avant tout choix');
    // The local portal's values are fake but shaped like real ones: none may leak into the evidence.
    const values = await first.evaluate(() => document.cookie.split('; ').map((pair) => pair.slice(pair.indexOf('=') + 1)));
    for (const value of values.filter((v) => v.length >= 8 && !v.includes('functional_cookies'))) expect(csv).not.toContain(value);
    await Promise.all([page.close(), first.close()]);
  });
});
