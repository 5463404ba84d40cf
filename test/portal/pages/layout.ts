import type { PortalSite } from '../sites.ts';
import { documentHtml, escapeHtml } from './html.ts';

/**
 * The frame every page of a local portal shares, shaped like an Opendatasoft portal: header and menu,
 * the consent banner, and the footer whose links the extension searches for the charter.
 */
export function portalPage(site: PortalSite, { title, main }: { title: string; main: string }): string {
  const matomo = site.matomo
    ? ` data-matomo-site="${site.matomo.siteId}" data-matomo-hash="${site.matomo.hash}" data-matomo-session="${site.matomo.sessionCookie}"`
    : '';
  const ignoresRefusal = site.banner === 'ignores-refusal' ? ' data-ignores-refusal="true"' : '';
  return documentHtml({
    title: `${title} — ${site.title}`,
    head: `<link rel="stylesheet" href="/static/ods-portal.css">
<style>:root { --portal-color: ${site.color}; }</style>
<script src="/static/ods-portal.js" defer></script>`,
    bodyAttributes: `class="ods-portal"${matomo}${ignoresRefusal}`,
    body: `${header(site)}
<main class="ods-main">
${main}
</main>
${footer(site)}
${site.banner === 'none' ? '' : consentBanner()}`,
  });
}

function header(site: PortalSite): string {
  return `<header class="ods-header">
  <a class="ods-header__logo" href="/">${escapeHtml(site.title)}</a>
  <nav class="ods-header__menu" aria-label="Menu principal">
    <a href="/">Accueil</a>
    <a href="/explore/">Données</a>
    <a href="/api/">API</a>
    <a href="/pages/a-propos/">À propos</a>
  </nav>
</header>`;
}

function footer(site: PortalSite): string {
  const links = [
    '<a href="/pages/mentions-legales/">Mentions légales</a>',
    '<a href="/pages/accessibilite/">Accessibilité : partiellement conforme</a>',
    site.footerCharterLink
      ? `<a href="${site.footerCharterLink.path}">${escapeHtml(site.footerCharterLink.text)}</a>`
      : '',
    '<a href="/pages/contact/">Contact</a>',
  ].filter(Boolean);
  return `<footer class="ods-footer">
  <p class="ods-footer__publisher">${escapeHtml(site.publisher)}</p>
  <nav class="ods-footer__links" aria-label="Liens de pied de page">${links.join('\n    ')}</nav>
  <p class="ods-footer__powered">Propulsé par <a href="https://www.opendatasoft.com/fr/">Opendatasoft</a></p>
</footer>`;
}

function consentBanner(): string {
  return `<div class="ods-cookie-banner" id="ods-cookie-banner" role="dialog" aria-label="Consentement aux cookies" hidden>
  <p>Ce site utilise des cookies pour assurer son bon fonctionnement et, avec votre accord, mesurer son audience.</p>
  <div class="ods-cookie-banner__buttons">
    <button type="button" data-consent="refuse">Tout refuser</button>
    <button type="button" data-consent="accept">Tout accepter</button>
  </div>
</div>`;
}
