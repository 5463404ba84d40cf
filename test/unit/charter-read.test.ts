// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FetchedPage, PageFetcher } from '../../src/core/charter/read.ts';
import { readPortalCharter } from '../../src/core/charter/read.ts';
import { standardCharters } from '../../src/core/charter/standard/index.ts';
import { anySha256 } from '../support/any-sha256.ts';

const ORIGIN = 'https://portail.example';
const POLICY_URL = `${ORIGIN}/terms/cookies-policy/?flg=fr`;
const INFORMATION_URL = `${ORIGIN}/terms/cookies-information/?flg=fr`;
const NOW = 1_750_000_000_000;
const now = () => NOW;

const fixture = (name: string) => readFileSync(new URL(`../fixtures/charters/${name}`, import.meta.url), 'utf8');
const CHARTER_HTML = fixture('newer-template-fr.html');
const CHARTER_TEXT = fixture('data.montreuil.fr.txt');
const NO_TABLE_HTML = fixture('no-cookie-table.html');

const html = (url: string, text: string): FetchedPage => ({
  ok: true,
  url,
  text,
  contentType: 'text/html; charset=utf-8',
});
const notFound = (url: string): FetchedPage => ({ ok: false, reason: { kind: 'http-error', url, status: 404 } });

/** Answers from a table of pages (404 for any other URL) and records the URLs asked for. */
function fakeFetcher(pages: Record<string, FetchedPage | Error>): PageFetcher & { asked: string[] } {
  const asked: string[] = [];
  const fetcher = async (url: string): Promise<FetchedPage> => {
    asked.push(url);
    const page = pages[url] ?? notFound(url);
    if (page instanceof Error) throw page;
    return page;
  };
  return Object.assign(fetcher, { asked });
}

describe('readPortalCharter', () => {
  it('reads the charter at the usual path', async () => {
    const fetcher = fakeFetcher({ [POLICY_URL]: html(`${ORIGIN}/terms/cookies-policy/`, CHARTER_HTML) });
    const charter = await readPortalCharter(ORIGIN, fetcher, now);
    expect(charter.source).toEqual({
      kind: 'portal',
      url: `${ORIGIN}/terms/cookies-policy/`,
      readAt: NOW,
      textSha256: anySha256,
    });
    expect(charter.declared.map(({ name }) => name)).toContain('_hjid');
    expect(fetcher.asked).toEqual([POLICY_URL]);
  });

  it('reads the charter at the second path, and a plain-text answer', async () => {
    const fetcher = fakeFetcher({
      [INFORMATION_URL]: { ok: true, url: INFORMATION_URL, text: CHARTER_TEXT, contentType: 'text/plain' },
    });
    const charter = await readPortalCharter(`${ORIGIN}/`, fetcher, now);
    expect(charter.source).toEqual({ kind: 'portal', url: INFORMATION_URL, readAt: NOW, textSha256: anySha256 });
    expect(charter.declared).toHaveLength(4);
  });

  it('follows the footer link of the home page when both paths answer 404', async () => {
    const fetcher = fakeFetcher({
      [`${ORIGIN}/`]: html(
        `${ORIGIN}/pages/accueil/`,
        '<footer><a href="../charte-cookies/">Charte cookies</a></footer>',
      ),
      [`${ORIGIN}/pages/charte-cookies/`]: html(`${ORIGIN}/pages/charte-cookies/`, CHARTER_HTML),
    });
    const charter = await readPortalCharter(ORIGIN, fetcher, now);
    expect(charter.source).toEqual({
      kind: 'portal',
      url: `${ORIGIN}/pages/charte-cookies/`,
      readAt: NOW,
      textSha256: anySha256,
    });
    expect(fetcher.asked).toEqual([POLICY_URL, INFORMATION_URL, `${ORIGIN}/`, `${ORIGIN}/pages/charte-cookies/`]);
  });

  it('stands in the newer standard charter, saying 404, when nothing is found', async () => {
    const charter = await readPortalCharter(ORIGIN, fakeFetcher({}), now);
    expect(charter).toEqual({
      declared: standardCharters.newer.declared,
      source: {
        kind: 'standard',
        reason: { kind: 'http-error', url: POLICY_URL, status: 404 },
        readAt: NOW,
        template: 'newer',
      },
    });
  });

  it("stands in the template of the portal's own charter when its page was read in part", async () => {
    const olderHeaderOnly =
      '<h2>Cookies nécessaires</h2><table><tr><th>Nom du prestataire</th><th>Service et emplacement</th><th>Nom du cookies</th><th>Finalités</th></tr><tr><td></td><td></td><td></td><td></td></tr></table>';
    const charter = await readPortalCharter(
      ORIGIN,
      fakeFetcher({ [POLICY_URL]: html(POLICY_URL, olderHeaderOnly) }),
      now,
    );
    expect(charter.declared).toBe(standardCharters.older.declared);
    expect(charter.source).toEqual({
      kind: 'standard',
      reason: { kind: 'empty-table', url: POLICY_URL },
      readAt: NOW,
      template: 'older',
      templateFromPortal: true,
    });
  });

  it('stands in the standard charter, saying network error, when the network fails or the fetcher throws', async () => {
    const networkError: FetchedPage = {
      ok: false,
      reason: { kind: 'network-error', url: POLICY_URL, message: 'ENOTFOUND' },
    };
    const failing = await readPortalCharter(ORIGIN, fakeFetcher({ [POLICY_URL]: networkError }), now);
    expect(failing.source).toEqual({ kind: 'standard', reason: networkError.reason, readAt: NOW, template: 'newer' });

    const throwing = await readPortalCharter(ORIGIN, fakeFetcher({ [POLICY_URL]: new Error('boom') }), now);
    expect(throwing.source).toEqual({
      kind: 'standard',
      reason: { kind: 'network-error', url: POLICY_URL, message: 'boom' },
      readAt: NOW,
      template: 'newer',
    });
  });

  it('stands in the standard charter, naming the columns found, when a page has tables but no cookie column', async () => {
    const fetcher = fakeFetcher({ [INFORMATION_URL]: html(INFORMATION_URL, NO_TABLE_HTML) });
    const charter = await readPortalCharter(ORIGIN, fetcher, now);
    expect(charter.declared).toBe(standardCharters.newer.declared);
    expect(charter.source).toEqual({
      kind: 'standard',
      reason: {
        kind: 'no-cookie-column',
        url: INFORMATION_URL,
        columns: ['Jeu de données', 'Producteur', 'Mise à jour'],
      },
      readAt: NOW,
      template: 'newer',
    });
  });

  it('prefers what the linked page lacks to the 404 of the usual paths', async () => {
    const fetcher = fakeFetcher({
      [`${ORIGIN}/`]: html(`${ORIGIN}/`, '<a href="/p/cookies/">Gestion des cookies</a>'),
      [`${ORIGIN}/p/cookies/`]: html(`${ORIGIN}/p/cookies/`, '<h1>Cookies</h1><p>Aucun tableau ici.</p>'),
    });
    const charter = await readPortalCharter(ORIGIN, fetcher, now);
    expect(charter.source).toEqual({
      kind: 'standard',
      reason: { kind: 'no-table', url: `${ORIGIN}/p/cookies/` },
      readAt: NOW,
      template: 'newer',
    });
  });

  it('does not fetch a usual path twice when the footer links to it', async () => {
    const fetcher = fakeFetcher({ [`${ORIGIN}/`]: html(`${ORIGIN}/`, `<a href="${POLICY_URL}">Charte cookies</a>`) });
    await readPortalCharter(ORIGIN, fetcher, now);
    expect(fetcher.asked).toEqual([POLICY_URL, INFORMATION_URL, `${ORIGIN}/`]);
  });
});
