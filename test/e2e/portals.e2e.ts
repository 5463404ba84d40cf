/**
 * A visitor browses the local portals, then opens the popup (as a tab, for the portal's host) and reads the three
 * groups, in French; once, the real toolbar popup, which finds the active tab by itself. The same scenarios in
 * every browser: one browser per `describe`, each test visits another portal.
 */
import { describe, expect, it } from 'vitest';
import { browserNames } from './support/driver.ts';
import { eventually } from './support/environment.ts';
import { djangoCookies, dreux, montreuil, orleans, valenciennes } from './support/expected.ts';
import { browserFixture } from './support/fixture.ts';
import { entryFor, firstRenderMs, group, groupTitles, openPopup, type PopupView } from './support/popup.ts';
import { recordMeasurement } from './support/results.ts';
import { visitPortal } from './support/visit.ts';

const shows = (view: PopupView, title: string, name: string) =>
  view.groups.some((g) => g.title === title && entryFor(g, name) !== undefined);
const showsEveryMontreuilCookie = (v: PopupView) =>
  montreuil.undeclared.every((cookie) => shows(v, groupTitles.undeclared, cookie.name)) &&
  montreuil.declared.every((line) => shows(v, groupTitles.seen, line.name));

describe.each(browserNames)('[%s]', (browserName) => {
  const browser = browserFixture(browserName);

  it('data.montreuil.fr: declared purposes verbatim, undeclared first- and third-party cookies, partitioned cookie, knowledge, badge', async () => {
    const { driver } = browser();
    const tab = await visitPortal(driver, montreuil.host, 'accept');
    const { page, view } = await openPopup(driver, montreuil.host, {
      until: showsEveryMontreuilCookie,
      what: 'every cookie of the visit',
    });
    const renderMs = await firstRenderMs(page);
    if (renderMs !== null) recordMeasurement(`popup first render (data.montreuil.fr, ${browserName})`, renderMs, 'ms');

    expect(view.lang, 'the popup speaks French').toMatch(/^fr\b/);
    expect(view.groups.map((g) => g.title)).toEqual(expect.arrayContaining(Object.values(groupTitles)));
    expect(view.text, 'the charter read from the portal, not the standard one').toContain(
      `Charte lue sur https://${montreuil.host}/terms/cookies-policy/ le `,
    ); // kept without its query (keptUrl)
    const seen = group(view, groupTitles.seen);
    for (const line of montreuil.declared) {
      expect(entryFor(seen, line.name), `${line.name} declared and seen`).toBeDefined();
      expect(view.text, 'purpose shown exactly as the charter words it').toContain(line.purpose);
    }
    expect(group(view, groupTitles.notSeen).entries).toEqual([]);

    // One entry per real cookie: a third-party cookie Firefox partitions under the portal must not also appear unpartitioned.
    const undeclared = group(view, groupTitles.undeclared);
    expect(undeclared.entries).toHaveLength(montreuil.undeclared.length);
    for (const cookie of montreuil.undeclared) {
      const entry = entryFor(undeclared, cookie.name) ?? '';
      expect(entry, cookie.name).toContain(cookie.domain);
      // Its line: name, then "propriétaire" (the portal's own) or "tiers", the CNIL's words.
      expect(entry, cookie.name).toMatch(cookie.party === 'first' ? /^\S+ propriétaire · / : /^\S+ tiers · /);
    }
    const tiles = entryFor(undeclared, 'carto_uid') ?? '';
    if (driver.partitionsThirdPartyCookies)
      expect(tiles, 'the map tiles cookie, kept in the portal partition').toContain('Partitionné');
    else expect(tiles).not.toContain('Partitionné');
    // atuserid asks for 25 months; the browser keeps 400 days: the popup shows what the site asked for.
    const atuserid = entryFor(undeclared, 'atuserid') ?? '';
    expect(atuserid).toContain('25 mois demandés par le site');
    // The knowledge data files are read by the background (CSP connect-src 'self'), and the CNIL check applies.
    expect(atuserid).toContain('AT Internet (Piano)');
    expect(atuserid).toContain("Mesure d'audience");
    expect(atuserid).toContain("mesure d'audience au-delà de 13 mois");

    const badge = await eventually(
      async () => {
        const text = await driver.badgeText(`https://${montreuil.host}/*`);
        return text === String(montreuil.undeclared.length) ? text : undefined;
      },
      { timeoutMs: 5_000, what: `the badge on the ${montreuil.host} tab to read ${montreuil.undeclared.length}` },
    );
    expect(badge).toBe(String(montreuil.undeclared.length));
    await page.close();

    // The real toolbar popup, opened with no URL parameter on the portal's tab: it finds the active tab by itself.
    await tab.activate();
    const toolbar = await driver.openToolbarPopup();
    expect(toolbar.lang).toMatch(/^fr\b/);
    expect(toolbar.text).toContain(montreuil.host);
    expect(group(toolbar, groupTitles.undeclared).entries).toHaveLength(montreuil.undeclared.length);
    await tab.close();
  });

  it('a page that is not a portal: no badge, and the popup says so', async () => {
    const { driver } = browser();
    const host = 'tuiles.carto-tiers.fr';
    const tab = await driver.visit(`https://${host}/`);
    expect(await driver.badgeText(`https://${host}/*`), 'no badge on a page that is not a portal').toBe('');
    const { page, view } = await openPopup(driver, host, {
      until: (v) => v.text.includes("n'est pas reconnu"),
      what: 'the not-a-portal notice',
      screenshot: `${host}-not-portal`,
    });
    expect(view.text).toContain(`${host} n'est pas reconnu comme un portail Opendatasoft.`);
    expect(view.groups.filter((g) => Object.values(groupTitles).includes(g.title as never))).toEqual([]);
    await Promise.all([tab.close(), page.close()]);
  });

  it('valenciennesmetro.opendatasoft.com: newer template, durations, Matomo covered by its prefix lines', async () => {
    const { driver } = browser();
    const tab = await visitPortal(driver, valenciennes.host, 'accept');
    const { page, view } = await openPopup(driver, valenciennes.host, {
      until: (v) =>
        shows(v, groupTitles.undeclared, 'lecteur_visiteur') &&
        djangoCookies.every((name) => shows(v, groupTitles.seen, name)) &&
        valenciennes.matomo.every((name) => v.groups.find((g) => g.title === groupTitles.seen)?.text.includes(name)),
      what: 'the Django cookies, Matomo cookies and the video cookie',
    });

    for (const line of valenciennes.declared) {
      expect(view.text, `purpose of ${line.name}`).toContain(line.purpose);
      expect(view.text, `duration of ${line.name}`).toContain(line.duration);
    }
    const undeclared = group(view, groupTitles.undeclared);
    for (const name of valenciennes.matomo)
      expect(entryFor(undeclared, name), `${name} is declared by its prefix`).toBeUndefined();
    const video = entryFor(undeclared, 'lecteur_visiteur') ?? '';
    expect(video).toContain('video.lecteur-tiers.com');
    expect(video).toMatch(/^lecteur_visiteur tiers · /);
    await Promise.all([tab.close(), page.close()]);
  });

  it('data.orleans-metropole.fr: charter found through the footer link', async () => {
    const { portal, driver } = browser();
    const tab = await visitPortal(driver, orleans.host, 'refuse');
    const { page, view } = await openPopup(driver, orleans.host, {
      until: (v) => v.text.includes(orleans.charterUrl) && shows(v, groupTitles.seen, 'cookies_preferences'),
      what: `the charter read from ${orleans.charterUrl}`,
    });

    expect(view.text).not.toContain(dreux.standardNotice);
    for (const line of orleans.declared) expect(view.text).toContain(line.purpose);
    const seen = group(view, groupTitles.seen);
    for (const name of [...djangoCookies, 'cookies_preferences']) expect(entryFor(seen, name), name).toBeDefined();
    expect(
      portal.requests.some(
        (r) => r.host === orleans.host && r.path.startsWith('/terms/cookies-policy/') && r.status === 404,
      ),
    ).toBe(true);
    await Promise.all([tab.close(), page.close()]);
  });

  it('dreux-agglomeration-centrevaldeloire.opendatasoft.com: no charter, the standard one stands in', async () => {
    const { portal, driver } = browser();
    const tab = await visitPortal(driver, dreux.host, 'accept');
    const { page, view } = await openPopup(driver, dreux.host, {
      until: (v) =>
        v.text.includes(dreux.standardNotice) &&
        shows(v, groupTitles.seen, 'sessionid') &&
        !v.text.includes('charte pas encore lue'),
      what: 'the standard-charter notice after the charter was tried',
    });

    expect(view.text).toContain(dreux.standardNotice);
    const seen = group(view, groupTitles.seen);
    for (const name of [...djangoCookies, 'cookies_preferences']) expect(entryFor(seen, name), name).toBeDefined();
    const tried = portal.requests
      .filter((r) => r.host === dreux.host && r.path.startsWith('/terms/'))
      .map((r) => `${r.path} ${r.status}`);
    expect(tried).toEqual(
      expect.arrayContaining(['/terms/cookies-policy/?flg=fr 404', '/terms/cookies-information/?flg=fr 404']),
    );
    await Promise.all([tab.close(), page.close()]);
  });
});
