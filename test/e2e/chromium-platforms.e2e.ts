/**
 * Chromium: `data.*` sites that are not Opendatasoft portals (udata-, CKAN- and Socrata-like) have their cookies
 * listed and nothing compared, no charter asked for, no badge; a hostile `data.*` page that looks like Opendatasoft
 * but whose charter path redirects to a local-network name and whose footer links to localhost gets no request to
 * either (the local portal logs every request, and both targets are routed to it), and the popup says why.
 */
import { describe, expect, it } from 'vitest';
import { hostileRedirectTarget, otherSites, type OtherSite } from '../portal/index.ts';
import { eventually } from './support/environment.ts';
import { chromiumFixture } from './support/fixture.ts';
import { openPopup } from './support/popup.ts';

const chromium = chromiumFixture();
const NOT_OPENDATASOFT = 'Ce site ne ressemble pas à un portail Opendatasoft';
const cookieNames: Record<OtherSite['platform'], string[]> = {
  udata: ['session'],
  CKAN: ['ckan'],
  Socrata: ['_socrata_session_id', 'socrata-csrf-token'],
  'Opendatasoft (piège)': ['sessionid', 'csrftoken'],
};
const plain = (text: string) => text.replace(/\s+/g, ' ');

/** Opens a site's home page and waits until its script has called its API, as the real platforms' pages do. */
async function visit(host: string) {
  const { session } = chromium();
  const page = await session.context.newPage();
  const response = await page.goto(`https://${host}/`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`https://${host}/ answered ${response?.status()}: is the host mapped to the local portal?`);
  await page.waitForSelector('html[data-api="200"]');
  return page;
}

describe('Chromium: data.* sites of other platforms', () => {
  for (const site of otherSites.filter((candidate) => candidate.platform !== 'Opendatasoft (piège)')) {
    it(`${site.host} (${site.platform}): cookies listed, not compared, no charter asked for, no badge`, async () => {
      const { session, portal } = chromium();
      const tab = await visit(site.host);
      const names = cookieNames[site.platform];
      const { page, view } = await openPopup(session, site.host, {
        until: (v) => v.text.includes(NOT_OPENDATASOFT) && names.every((name) => v.text.includes(name)),
        what: `the not-Opendatasoft notice and ${names.join(', ')}`,
        screenshot: `chromium-not-opendatasoft-${site.host}`,
      });
      const text = plain(view.text);
      expect(text).toContain('/api/explore/v2.1/');
      expect(text).toContain("Il n'est donc pas comparé à la charte standard d'Opendatasoft");
      expect(text).not.toContain('non déclaré');
      expect(text).toContain('Le traiter comme un portail Opendatasoft');
      expect(await session.badgeText(await session.tabIdOf(`https://${site.host}/*`))).toBe('');
      const fromExtension = portal.requests.filter((request) => request.host === site.host && request.fetchSite === 'none' && request.fetchDest === 'empty');
      expect(fromExtension, 'the extension asked nothing of a site that is not a portal').toEqual([]);
      await Promise.all([tab.close(), page.close()]);
    });
  }
});

describe('Chromium: a hostile data.* page', () => {
  it('gets no request to the local-network name its charter path redirects to, nor to localhost, and the popup says why', async () => {
    const { session, portal } = chromium();
    const host = 'data.piege-exemple.fr';
    const tab = await visit(host);
    const { page, view } = await openPopup(session, host, {
      until: (v) => v.text.includes("n'en a rien lu"),
      what: 'the refused redirect, worded',
      screenshot: 'chromium-hostile-data-page',
    });
    const text = plain(view.text);
    expect(text).toContain(`${`https://${host}/terms/cookies-policy/?flg=fr`} redirige vers ${hostileRedirectTarget}, un nom du réseau local`);
    expect(text).toContain("l'extension n'a pas suivi cette redirection et n'en a rien lu");
    expect(text).not.toContain('intranet_secret');

    // The extension did ask the portal's own charter paths and home page (they answered a redirect and a footer link)…
    const asked = await eventually(
      async () => {
        const paths = portal.requests.filter((r) => r.host === host && r.fetchSite === 'none').map((r) => `${r.path} ${r.status}`);
        return paths.includes('/ 200') ? paths : undefined;
      },
      { timeoutMs: 5_000, what: 'the extension to ask for the hostile page’s charter paths and home page' },
    );
    expect(asked).toEqual(expect.arrayContaining(['/terms/cookies-policy/?flg=fr 302', '/terms/cookies-information/?flg=fr 302', '/ 200']));
    // …and nothing of where they pointed: both targets reach this very server, which logs every request.
    expect(portal.requests.filter((r) => r.host === 'wiki.mairie.internal')).toEqual([]);
    expect(portal.requests.filter((r) => r.host.startsWith('localhost') || r.host.startsWith('127.0.0.1'))).toEqual([]);
    await Promise.all([tab.close(), page.close()]);
  });
});
