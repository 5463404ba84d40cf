// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { charterUrlCandidates, findCharterLink } from '../../src/core/charter/locate.ts';

describe('charterUrlCandidates', () => {
  it('lists both charter paths of the portal, in French', () => {
    const expected = [
      'https://data.montreuil.fr/terms/cookies-policy/?flg=fr',
      'https://data.montreuil.fr/terms/cookies-information/?flg=fr',
    ];
    expect(charterUrlCandidates('https://data.montreuil.fr')).toEqual(expected);
    expect(charterUrlCandidates('https://data.montreuil.fr/')).toEqual(expected);
  });
});

describe('findCharterLink', () => {
  const PAGE = 'https://portail.example/pages/accueil/';
  const footer = (links: string) =>
    `<html><body><main><a href="/explore/">Données</a></main><footer>${links}</footer></body></html>`;

  it.each([
    ['Charte cookies', '/terms/cookies-policy/'],
    ['Charte des cookies', '/a/'],
    ['Gestion des cookies', '/a/'],
    ['Politique cookies', '/a/'],
    ['Politique de cookies', '/a/'],
    ['Politique relative aux cookies', '/a/'],
    ['Données personnelles', '/a/'],
    ['Cookie policy', '/a/'],
    ['Cookies Policy', '/a/'],
    ['Cookies', '/a/'],
    ['  CHARTE&nbsp;<span>cookies</span> ', '/a/'],
  ])('finds a link named %j', (text, href) => {
    expect(findCharterLink(footer(`<a href="${href}">${text}</a>`), PAGE)).toBe(new URL(href, PAGE).href);
  });

  it('resolves relative links against the page URL', () => {
    expect(findCharterLink('<a href="../terms/charte/">Charte cookies</a>', PAGE)).toBe(
      'https://portail.example/pages/terms/charte/',
    );
  });

  it('prefers the last link naming the charter', () => {
    const html = '<a href="/haut/">Charte cookies</a>' + footer('<a href="/bas/">Charte cookies</a>');
    expect(findCharterLink(html, PAGE)).toBe('https://portail.example/bas/');
  });

  it('prefers a link naming the charter over a "Données personnelles" or "Cookies" link', () => {
    const html = footer(
      '<a href="/charte/">Charte cookies</a><a href="/rgpd/">Données personnelles</a><a href="/c/">Cookies</a>',
    );
    expect(findCharterLink(html, PAGE)).toBe('https://portail.example/charte/');
  });

  it('ignores other links, links without href and non-http links', () => {
    const html = footer(
      '<a href="/mentions/">Mentions légales</a><a>Charte cookies</a><a href="javascript:void(0)">Charte cookies</a><a href="mailto:x@y.fr">Cookies</a><a href="/cookies-tiers/">Nos cookies tiers</a>',
    );
    expect(findCharterLink(html, PAGE)).toBeNull();
  });

  it('finds nothing in a page without links, or in garbage', () => {
    expect(findCharterLink('', PAGE)).toBeNull();
    expect(findCharterLink('<a href="http://[">Charte cookies</a>', PAGE)).toBeNull();
  });
});
