/**
 * Chromium stops an idle extension service worker after 30 s. What the background recorded before must survive it,
 * and the next visit must add to it. The worker is stopped through the DevTools protocol (ServiceWorker.stopAllWorkers).
 */
import { describe, expect, it } from 'vitest';
import { montreuil } from './support/expected.ts';
import { chromiumFixture } from './support/fixture.ts';
import { entryFor, groupTitles, openPopup, type PopupView } from './support/popup.ts';
import { visitPortal } from './support/visit.ts';

const chromium = chromiumFixture();

/** Observed: in "Observés mais non déclarés", or in "Déclarés et observés" (a charter line lists the cookies it covers). */
const listed = (view: PopupView, name: string) =>
  view.groups.some((g) => (g.title === groupTitles.undeclared || g.title === groupTitles.seen) && (entryFor(g, name) !== undefined || g.text.includes(name)));
const listsAll = (names: readonly string[]) => (view: PopupView) => names.every((name) => listed(view, name));

describe('Chromium service worker restart', () => {
  it('keeps every cookie recorded before the worker stopped and adds the ones set after', async () => {
    const { session } = chromium();
    const tab = await visitPortal(session.context, montreuil.host, 'ignore');
    const before = await openPopup(session, montreuil.host, {
      until: listsAll(montreuil.beforeConsent),
      what: 'the cookies set before consent',
      screenshot: `chromium-${montreuil.host}-before-worker-restart`,
    });
    for (const name of montreuil.afterConsent) expect(listed(before.view, name), `${name} not set yet`).toBe(false);
    await before.page.close();

    await session.stopServiceWorker();

    // Second visit: a dataset page, where the visitor accepts the banner (cookies_preferences, _pk_id).
    await tab.goto(`https://${montreuil.host}/explore/dataset/arbres-remarquables/`);
    await tab.getByRole('button', { name: 'Tout accepter' }).click();
    await tab.waitForSelector('html[data-consent="accepted"]');

    const after = await openPopup(session, montreuil.host, {
      until: listsAll([...montreuil.beforeConsent, ...montreuil.afterConsent]),
      what: 'the cookies of both visits',
      screenshot: `chromium-${montreuil.host}-after-worker-restart`,
    });
    expect(await session.workerWasRestarted(), 'the service worker now running is a new one').toBe(true);
    for (const name of [...montreuil.beforeConsent, ...montreuil.afterConsent]) expect(listed(after.view, name), name).toBe(true);
    await Promise.all([tab.close(), after.page.close()]);
  });
});
