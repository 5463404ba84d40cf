/**
 * A page of the local portal that sets and changes hundreds of cookies in quick succession, by script and by
 * `Set-Cookie` headers, for the test that stops the extension's service worker in the middle of it
 * (test/e2e/flood.e2e.ts). Every value carries a marker that must never reach the extension's storage,
 * its popup or its console.
 */
import type { PortalSite } from '../sites.ts';
import { portalPage } from './layout.ts';

export const floodPath = '/essais/rafale/';
export const floodScriptPath = '/static/rafale.js';
const headerBatchPath = '/essais/rafale/entetes/';

/** In every value the flood sets: a test searches for it in everything the extension keeps or shows. */
export const floodSecret = 'SECRET-c0ffee-ne-jamais-garder';
/**
 * Each round sets this many new cookies of each kind, and changes the value of every cookie of the rounds before:
 * 150 cookies in all, set 300 times. Chrome keeps at most 180 cookies per site and evicts the oldest past that.
 */
const perRound = 25;
const rounds = 3;
/** Cookies per response of the header batches. */
const batchSize = 10;

const scriptCookieName = (round: number, index: number) => `rafale_js_${round}_${index}`;
const headerCookieName = (round: number, index: number) => `rafale_hdr_${round}_${index}`;

/** Every cookie name the flood leaves in the browser. */
export function floodCookieNames(): string[] {
  return Array.from({ length: rounds }, (_, round) =>
    Array.from({ length: perRound }, (_, index) => [
      scriptCookieName(round + 1, index),
      headerCookieName(round + 1, index),
    ]),
  ).flat(2);
}

export function floodPage(site: PortalSite): string {
  return portalPage(site, {
    title: 'Essai : rafale de cookies',
    main: `<h1>Rafale de cookies</h1>
<p>Cette page dépose et modifie des centaines de cookies, par script et par en-têtes <code>Set-Cookie</code>.</p>
<script src="${floodScriptPath}" defer></script>`,
  });
}

/**
 * The page's script, round after round: sets the round's new script cookies and changes the older ones, then asks
 * for the header batches, with short pauses so that the flood lasts long enough for the test to stop the service
 * worker within it. `html[data-rafale]` tells the round under way, then "done".
 */
export const floodScript = `(function () {
  'use strict';
  var root = document.documentElement;
  var pause = function () { return new Promise(function (resolve) { setTimeout(resolve, 30); }); };
  async function round(number) {
    root.dataset.rafale = String(number);
    for (var earlier = 1; earlier <= number; earlier++) {
      for (var index = 0; index < ${perRound}; index++) {
        document.cookie = 'rafale_js_' + earlier + '_' + index + '=${floodSecret}-' + number + '-' + index + '; path=/; max-age=3600; SameSite=Lax; Secure';
      }
      await pause();
    }
    for (var start = 0; start < ${perRound}; start += ${batchSize}) {
      await fetch('${headerBatchPath}?tour=' + number + '&debut=' + start, { cache: 'no-store' });
      await pause();
    }
  }
  (async function () {
    for (var number = 1; number <= ${rounds}; number++) await round(number);
    root.dataset.rafale = 'done';
  })();
})();
`;

/** `Set-Cookie` values for one header batch: the round's new cookies, and new values for the same ones of earlier rounds. */
export function floodHeaderCookies(url: URL): string[] | null {
  if (url.pathname !== headerBatchPath) return null;
  const round = Number(url.searchParams.get('tour'));
  const start = Number(url.searchParams.get('debut'));
  if (!Number.isInteger(round) || round < 1 || round > rounds || !Number.isInteger(start) || start < 0) return [];
  const cookies: string[] = [];
  for (let earlier = 1; earlier <= round; earlier++) {
    for (let index = start; index < Math.min(start + batchSize, perRound); index++) {
      cookies.push(
        `${headerCookieName(earlier, index)}=${floodSecret}-${round}-${index}; Path=/; Max-Age=3600; SameSite=Lax; Secure; HttpOnly`,
      );
    }
  }
  return cookies;
}
