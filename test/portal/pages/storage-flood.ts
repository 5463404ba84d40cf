/**
 * Issue 12's flooding page: a page of a `data.*` portal whose address is 20 KB long (a token, then a long path)
 * and that sets 1,000 cookies, half by script on that page, half by `Set-Cookie` on responses to that same long
 * address. Before the records were capped in bytes, its portal's record grew past what storage accepts and no
 * portal could be saved any more (test/e2e/chromium-storage-flood.e2e.ts).
 */
import type { PortalSite } from '../sites.ts';
import { portalPage } from './layout.ts';

const prefix = '/essais/inondation/';
/** A session token in the path: it must never be kept whole. */
export const storageFloodToken = 'jeton9F3aK2mQ7xZ4bR8cT1vW6yH0pL5nD';
/** In every cookie value of the page. */
export const storageFloodSecret = 'SECRET-inondation-ne-jamais-garder';
/** The page's address: the token, then 20 KB of path. */
export const storageFloodPath = `${prefix}${storageFloodToken}/${'chemin-tres-long-'.repeat(1200)}/`;
const scriptCookies = 500;
const headerCookies = 500;
const perResponse = 100;

export const storageFloodCookieNames = (): string[] => [
  ...Array.from({ length: scriptCookies }, (_, index) => `inondation_js_${index}`),
  ...Array.from({ length: headerCookies }, (_, index) => `inondation_hdr_${index}`),
];

/** The page, whatever long path under the prefix it is asked with; `html[data-inondation="done"]` when all are set. */
export function storageFloodPage(site: PortalSite, path: string): string | null {
  if (!path.startsWith(prefix) || path.endsWith('/lot')) return null;
  return portalPage(site, {
    title: 'Essai : inondation de cookies',
    main: `<h1>Inondation de cookies</h1>
<p>Cette page à l'adresse de 20 Ko dépose 1 000 cookies.</p>
<script>
(async function () {
  for (var index = 0; index < ${scriptCookies}; index++) {
    document.cookie = 'inondation_js_' + index + '=${storageFloodSecret}-' + index + '; path=/; max-age=3600; SameSite=Lax; Secure';
  }
  for (var start = 0; start < ${headerCookies}; start += ${perResponse}) {
    await fetch(location.pathname + 'lot?debut=' + start, { cache: 'no-store' });
  }
  document.documentElement.dataset.inondation = 'done';
})();
</script>`,
  });
}

/** `Set-Cookie` values for one response to `<the long path>lot?debut=N`; null for any other address. */
export function storageFloodHeaderCookies(url: URL): string[] | null {
  if (!url.pathname.startsWith(prefix) || !url.pathname.endsWith('/lot')) return null;
  const start = Number(url.searchParams.get('debut'));
  if (!Number.isInteger(start) || start < 0) return [];
  return Array.from(
    { length: Math.max(0, Math.min(perResponse, headerCookies - start)) },
    (_, offset) =>
      `inondation_hdr_${start + offset}=${storageFloodSecret}-${start + offset}; Path=/; Max-Age=3600; SameSite=Lax; Secure; HttpOnly`,
  );
}
