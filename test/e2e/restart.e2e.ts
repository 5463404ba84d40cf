/**
 * Browsers stop an idle extension background: Chromium its service worker after 30 s, Firefox its event page once
 * `extensions.background.idle.timeout` has passed. What the background recorded before must survive it, and the
 * next visit must add to it. A marker left in the old background proves a new one runs.
 */
import { describe, expect, it } from 'vitest';
import { browserNames } from './support/driver.ts';
import { montreuil } from './support/expected.ts';
import { browserFixture } from './support/fixture.ts';
import { entryFor, groupTitles, openPopup, type PopupView } from './support/popup.ts';
import { answerBanner, visitPortal } from './support/visit.ts';

/** Observed: in "Observés mais non déclarés", or in "Déclarés et observés" (a charter line lists the cookies it covers). */
const listed = (view: PopupView, name: string) =>
  view.groups.some(
    (g) =>
      (g.title === groupTitles.undeclared || g.title === groupTitles.seen) &&
      (entryFor(g, name) !== undefined || g.text.includes(name)),
  );
const listsAll = (names: readonly string[]) => (view: PopupView) => names.every((name) => listed(view, name));

describe.each(browserNames)('[%s]', (browserName) => {
  const browser = browserFixture(browserName);

  it('background restart: keeps every cookie recorded before the background stopped and adds the ones set after', async () => {
    const { driver } = browser();
    const tab = await visitPortal(driver, montreuil.host, 'ignore');
    const before = await openPopup(driver, montreuil.host, {
      until: listsAll(montreuil.beforeConsent),
      what: 'the cookies set before consent',
      screenshot: `${montreuil.host}-before-background-restart`,
    });
    for (const name of montreuil.afterConsent) expect(listed(before.view, name), `${name} not set yet`).toBe(false);
    await before.page.close();

    await driver.stopBackground();

    // Second visit: a dataset page, where the visitor accepts the banner (cookies_preferences, _pk_id).
    await tab.goto(`https://${montreuil.host}/explore/dataset/arbres-remarquables/`);
    await answerBanner(tab, 'accept');

    const after = await openPopup(driver, montreuil.host, {
      until: listsAll([...montreuil.beforeConsent, ...montreuil.afterConsent]),
      what: 'the cookies of both visits',
      screenshot: `${montreuil.host}-after-background-restart`,
    });
    expect(await driver.backgroundWasRestarted(), 'the background now running is a new one').toBe(true);
    for (const name of [...montreuil.beforeConsent, ...montreuil.afterConsent])
      expect(listed(after.view, name), name).toBe(true);
    await Promise.all([tab.close(), after.page.close()]);
  });
});
