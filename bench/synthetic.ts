/**
 * Generated inputs for the benchmark, shaped like what portals give: charters of exact names and prefix lines
 * (`_pk_id.*`), cookies that match them or not, on the portal's domain and on third parties.
 */
import type { DeclaredCookie } from '../src/core/charter/types.ts';
import { addSighting } from '../src/core/cookies/kept-cookie.ts';
import type { CookieObservation, KeptCookie } from '../src/core/cookies/types.ts';

const dayMs = 24 * 60 * 60 * 1000;
export const benchPortalHost = 'data.montreuil.fr';
const domains = [benchPortalHost, 'montreuil.fr', 'tuiles.carto-tiers.fr', 'video.lecteur-tiers.com'];

/** `count` charter lines, one in ten a prefix line, as charters declare Matomo's `_pk_id.*`. */
export function declaredEntries(count: number): DeclaredCookie[] {
  return Array.from({ length: count }, (_, index) => ({
    name: index % 10 === 9 ? `_pfx${index}.` : `declared_${index}`,
    match: index % 10 === 9 ? 'prefix' : 'exact',
    provider: 'Prestataire',
    service: null,
    purpose: 'Mesurer la fréquentation du portail',
    duration: '13 mois',
    category: "Cookies de mesure d'audience",
  }));
}

/**
 * Cookie names against `declared`: four in ten carry a declared exact name, three in ten start with a declared
 * prefix, three in ten are declared nowhere.
 */
function cookieNames(count: number, declared: readonly DeclaredCookie[]): string[] {
  const exact = declared.filter((line) => line.match === 'exact').map((line) => line.name);
  const prefixes = declared.filter((line) => line.match === 'prefix').map((line) => line.name);
  return Array.from({ length: count }, (_, index) => {
    const kind = index % 10;
    if (kind < 4 && exact.length > 0) return exact[index % exact.length]!;
    if (kind < 7 && prefixes.length > 0) return `${prefixes[index % prefixes.length]}${index}`;
    return `undeclared_${index}`;
  });
}

/** One cookie as the browser reports it, on one of the portal's, its parent's or a third party's domains. */
export function observation(index: number, name: string, at: number, path = '/'): CookieObservation {
  const domain = domains[index % domains.length]!;
  return {
    name,
    domain,
    hostOnly: domain === benchPortalHost,
    path,
    secure: true,
    httpOnly: index % 3 === 0,
    sameSite: domain.endsWith('montreuil.fr') ? 'lax' : 'none',
    partitionKey: null,
    expiresAt: index % 5 === 0 ? null : at + 395 * dayMs,
  };
}

/**
 * `count` recorded cookies named against `declared` as `cookieNames` says, built as the recordStore builds them,
 * each its own browser slot:
 * a name met again on the same domain lives on another path, as on real portals.
 */
export function recordedCookies(
  count: number,
  declared: readonly DeclaredCookie[],
  at = Date.UTC(2026, 10, 23),
): KeptCookie[] {
  const slotsTaken = new Map<string, number>();
  return cookieNames(count, declared).map((name, index) => {
    const slot = `${name}@${domains[index % domains.length]}`;
    const taken = slotsTaken.get(slot) ?? 0;
    slotsTaken.set(slot, taken + 1);
    const seen = observation(index, name, at, taken === 0 ? '/' : `/explore/${taken}/`);
    return addSighting(undefined, seen, {
      at,
      seenBy: 'cookie-event',
      party: seen.domain.endsWith('montreuil.fr') ? 'first' : 'third',
    });
  });
}

/** An HTML charter page of at least `bytes`: sections, each a heading and a table of 20 rows, both templates. */
export function syntheticCharterPage(bytes: number): { html: string; rows: number } {
  const parts = [
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Charte cookies</title></head><body><main>',
  ];
  let size = parts[0]!.length;
  let rows = 0;
  for (let section = 0; size < bytes; section++) {
    const newer = section % 2 === 0;
    const header = newer
      ? '<tr><th>Nom du fournisseur</th><th>Nom du cookie</th><th>Durée</th><th>Fonction</th></tr>'
      : '<tr><td><strong>Nom du prestataire</strong></td><td><strong>Service et emplacement</strong></td><td><strong>Nom du cookies</strong></td><td><strong>Finalités</strong></td></tr>';
    const body = Array.from({ length: 20 }, (_, row) => {
      const name = row % 7 === 6 ? `Tout cookie commençant par _s${section}r${row}_` : `cookie_${section}_${row}`;
      const purpose = `Mesurer l&rsquo;audience des pages &amp; des jeux de donn&eacute;es (section ${section})`;
      return newer
        ? `<tr><td>Prestataire ${section}</td><td>${name}</td><td>13 mois</td><td>${purpose}</td></tr>`
        : `<tr><td>Prestataire ${section}</td><td>Portail, toutes les pages</td><td>${name}</td><td><p>${purpose}</p></td></tr>`;
    }).join('');
    const part = `<h2>Cookies de mesure d&rsquo;audience ${section}</h2><p>Ces cookies nous aident à comprendre l'usage du portail.</p><table><thead>${header}</thead><tbody>${body}</tbody></table>`;
    parts.push(part);
    size += part.length;
    rows += 20;
  }
  parts.push('</main></body></html>');
  return { html: parts.join(''), rows };
}
