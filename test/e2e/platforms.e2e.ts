/**
 * `data.*` sites that are not Opendatasoft portals (udata-, CKAN- and Socrata-like) have their cookies listed and
 * nothing compared, no charter asked for, no badge; a hostile `data.*` page that looks like Opendatasoft but whose
 * charter paths redirect to a local-network name and whose footer links to localhost gets no request to either
 * (both targets reach the local portal, which logs every request), and the popup says why. In every browser.
 */
import { describe, expect, it } from 'vitest';
import { hostileRedirectTarget, otherSites, type OtherSite } from '../portal/index.ts';
import { browserNames, type BrowserDriver } from './support/driver.ts';
import { eventually } from './support/environment.ts';
import { browserFixture } from './support/fixture.ts';
import { openPopup } from './support/popup.ts';

const NOT_OPENDATASOFT = 'Ce site ne ressemble pas à un portail Opendatasoft';
const cookieNames: Record<OtherSite['platform'], string[]> = {
  udata: ['session'],
  CKAN: ['ckan'],
  Socrata: ['_socrata_session_id', 'socrata-csrf-token'],
  'Opendatasoft (piège)': ['sessionid', 'csrftoken'],
};
const plain = (text: string) => text.replace(/\s+/g, ' ');

/** Opens a site's home page and waits until its script has called its own API, as the real platforms' pages do. */
async function visit(driver: BrowserDriver, host: string) {
  const page = await driver.visit(`https://${host}/`);
  await page.waitForSelector('html[data-api="200"]');
  return page;
}

describe.each(browserNames)('[%s]', (browserName) => {
  const browser = browserFixture(browserName);

  for (const site of otherSites.filter((candidate) => candidate.platform !== 'Opendatasoft (piège)')) {
    it(`${site.host} (${site.platform}): cookies listed, not compared, no charter asked for, no badge`, async () => {
      const { driver, portal } = browser();
      const tab = await visit(driver, site.host);
      const names = cookieNames[site.platform];
      const { page, view } = await openPopup(driver, site.host, {
        until: (v) => v.text.includes(NOT_OPENDATASOFT) && names.every((name) => v.text.includes(name)),
        what: `the not-Opendatasoft notice and ${names.join(', ')}`,
        screenshot: `not-opendatasoft-${site.host}`,
      });
      const text = plain(view.text);
      expect(text).toContain('/api/explore/v2.1/');
      expect(text).toContain("Il n'est donc pas comparé à la charte standard d'Opendatasoft");
      expect(text).not.toContain('non déclaré');
      expect(text).toContain('Le traiter comme un portail Opendatasoft');
      expect(await driver.badgeText(`https://${site.host}/*`)).toBe('');
      // The extension's own requests carry no cookie; the page's always do (its server set them on the first answer).
      const charterPaths = portal.requests.filter(
        (request) => request.host === site.host && (request.path.startsWith('/terms/') || !request.sentCookies),
      );
      expect(
        charterPaths.map((request) => request.path),
        'the extension asked nothing of a site that is not a portal',
      ).toEqual(['/']);
      await Promise.all([tab.close(), page.close()]);
    });
  }

  it('a hostile data.* page: no request to the local-network name its charter path redirects to, nor to localhost, and the popup says why', async () => {
    const { driver, portal } = browser();
    const host = 'data.piege-exemple.fr';
    const tab = await visit(driver, host);
    const { page, view } = await openPopup(driver, host, {
      until: (v) => v.text.includes("n'en a rien lu"),
      what: 'the refused redirect, worded',
      screenshot: 'hostile-data-page',
    });
    const text = plain(view.text);
    // Addresses are kept without their query (issue 12): the popup names the page without its "?flg=fr".
    expect(text).toContain(
      `https://${host}/terms/cookies-policy/ redirige vers ${hostileRedirectTarget}, un nom du réseau local`,
    );
    expect(text).toContain("l'extension n'a pas suivi cette redirection et n'en a rien lu");
    expect(text).not.toContain('intranet_secret');

    // The extension did ask for the portal's own charter paths and home page (a redirect each, and a footer link):
    // requests without cookies, the home page twice (the visitor's first visit, then the extension)…
    const asked = await eventually(
      async () => {
        const paths = portal.requests
          .filter((r) => r.host === host && !r.sentCookies)
          .map((r) => `${r.path} ${r.status}`);
        return paths.includes('/terms/cookies-information/?flg=fr 302') &&
          paths.filter((path) => path === '/ 200').length >= 2
          ? paths
          : undefined;
      },
      { timeoutMs: 5_000, what: 'the extension to ask for the hostile page’s charter paths and home page' },
    );
    expect(asked).toEqual(
      expect.arrayContaining(['/terms/cookies-policy/?flg=fr 302', '/terms/cookies-information/?flg=fr 302', '/ 200']),
    );
    // …and nothing of where they pointed: both targets reach this very server, which logs every request.
    expect(portal.requests.filter((r) => r.host === 'wiki.mairie.internal')).toEqual([]);
    expect(portal.requests.filter((r) => r.host.startsWith('localhost') || r.host.startsWith('127.0.0.1'))).toEqual([]);
    await Promise.all([tab.close(), page.close()]);
  });
});
