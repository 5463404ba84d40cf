/**
 * Chromium: a visitor browses the local portals, then opens the popup (as a tab, for the portal's host) and reads
 * the three groups. One browser for the file; each test visits another portal.
 */
import { describe, expect, it } from 'vitest';
import { eventually } from './support/environment.ts';
import { djangoCookies, dreux, montreuil, orleans, valenciennes } from './support/expected.ts';
import { chromiumFixture } from './support/fixture.ts';
import { entryFor, group, groupTitles, openPopup, type PopupView } from './support/popup.ts';
import { recordMeasurement } from './support/results.ts';
import { visitPortal } from './support/visit.ts';

const chromium = chromiumFixture();

const shows = (view: PopupView, title: string, name: string) => view.groups.some((g) => g.title === title && entryFor(g, name) !== undefined);

describe('Chromium', () => {
  it('data.montreuil.fr: declared purposes verbatim, undeclared first- and third-party cookies, badge', async () => {
    const { session } = chromium();
    const tab = await visitPortal(session.context, montreuil.host, 'accept');
    const { page, view, firstRenderMs } = await openPopup(session, montreuil.host, {
      until: (v) =>
        montreuil.undeclared.every((cookie) => shows(v, groupTitles.undeclared, cookie.name)) &&
        montreuil.declared.every((line) => shows(v, groupTitles.seen, line.name)),
      what: 'every cookie of the visit',
    });
    if (firstRenderMs !== null) recordMeasurement('popup first render (data.montreuil.fr, Chromium)', firstRenderMs, 'ms');

    expect(view.groups.map((g) => g.title)).toEqual(expect.arrayContaining(Object.values(groupTitles)));
    const seen = group(view, groupTitles.seen);
    for (const line of montreuil.declared) {
      expect(entryFor(seen, line.name), `${line.name} declared and seen`).toBeDefined();
      expect(view.text, 'purpose shown exactly as the charter words it').toContain(line.purpose);
    }
    expect(group(view, groupTitles.notSeen).entries).toEqual([]);

    const undeclared = group(view, groupTitles.undeclared);
    expect(undeclared.entries).toHaveLength(montreuil.undeclared.length);
    for (const cookie of montreuil.undeclared) {
      const entry = entryFor(undeclared, cookie.name) ?? '';
      expect(entry, cookie.name).toContain(cookie.domain);
      expect(entry, cookie.name).toContain(cookie.party === 'first' ? '1re partie' : 'tierce partie');
      expect(entry, cookie.name).not.toContain(cookie.party === 'first' ? 'tierce partie' : '1re partie');
    }
    // atuserid asks for 25 months; the browser keeps 400 days: the popup shows what the site asked for.
    expect(entryFor(undeclared, 'atuserid')).toContain('25 mois demandés par le site');

    const portalTab = await session.tabIdOf(`https://${montreuil.host}/*`);
    const badge = await eventually(
      async () => {
        const text = await session.badgeText(portalTab);
        return text === String(montreuil.undeclared.length) ? text : undefined;
      },
      { timeoutMs: 5_000, what: `the badge on the ${montreuil.host} tab to read ${montreuil.undeclared.length}` },
    );
    expect(badge).toBe(String(montreuil.undeclared.length));

    const elsewhere = await session.context.newPage();
    await elsewhere.goto('https://tuiles.carto-tiers.fr/');
    const otherTab = await session.tabIdOf('https://tuiles.carto-tiers.fr/*');
    expect(await session.badgeText(otherTab), 'no badge on a page that is not a portal').toBe('');
    await Promise.all([tab.close(), page.close(), elsewhere.close()]);
  });

  it('valenciennesmetro.opendatasoft.com: newer template, durations, Matomo covered by its prefix lines', async () => {
    const { session } = chromium();
    const tab = await visitPortal(session.context, valenciennes.host, 'accept');
    const { page, view } = await openPopup(session, valenciennes.host, {
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
    for (const name of valenciennes.matomo) expect(entryFor(undeclared, name), `${name} is declared by its prefix`).toBeUndefined();
    const video = entryFor(undeclared, 'lecteur_visiteur') ?? '';
    expect(video).toContain('video.lecteur-tiers.com');
    expect(video).toContain('tierce partie');
    await Promise.all([tab.close(), page.close()]);
  });

  it('data.orleans-metropole.fr: charter found through the footer link', async () => {
    const { portal, session } = chromium();
    const tab = await visitPortal(session.context, orleans.host, 'refuse');
    const { page, view } = await openPopup(session, orleans.host, {
      until: (v) => v.text.includes(orleans.charterUrl) && shows(v, groupTitles.seen, 'cookies_preferences'),
      what: `the charter read from ${orleans.charterUrl}`,
    });

    expect(view.text).not.toContain(dreux.standardNotice);
    for (const line of orleans.declared) expect(view.text).toContain(line.purpose);
    const seen = group(view, groupTitles.seen);
    for (const name of [...djangoCookies, 'cookies_preferences']) expect(entryFor(seen, name), name).toBeDefined();
    expect(portal.requests.some((r) => r.host === orleans.host && r.path.startsWith('/terms/cookies-policy/') && r.status === 404)).toBe(true);
    await Promise.all([tab.close(), page.close()]);
  });

  it('dreux-agglomeration-centrevaldeloire.opendatasoft.com: no charter, the standard one stands in', async () => {
    const { portal, session } = chromium();
    const tab = await visitPortal(session.context, dreux.host, 'accept');
    const { page, view } = await openPopup(session, dreux.host, {
      until: (v) => v.text.includes(dreux.standardNotice) && shows(v, groupTitles.seen, 'sessionid') && !v.text.includes('charte pas encore lue'),
      what: 'the standard-charter notice after the charter was tried',
    });

    expect(view.text).toContain(dreux.standardNotice);
    const seen = group(view, groupTitles.seen);
    for (const name of [...djangoCookies, 'cookies_preferences']) expect(entryFor(seen, name), name).toBeDefined();
    const tried = portal.requests.filter((r) => r.host === dreux.host && r.path.startsWith('/terms/')).map((r) => `${r.path} ${r.status}`);
    expect(tried).toEqual(expect.arrayContaining(['/terms/cookies-policy/?flg=fr 404', '/terms/cookies-information/?flg=fr 404']));
    await Promise.all([tab.close(), page.close()]);
  });
});
