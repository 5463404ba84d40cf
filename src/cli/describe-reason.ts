import type { CharterFallbackReason, UrlRefusal } from '../core/charter/types.ts';

type PageReason = Exclude<CharterFallbackReason, { kind: 'not-read-yet' }>;

/** Says, in French and English, why a charter page could not be read, and where. */
export function describeFallbackReason(reason: CharterFallbackReason): string {
  if (reason.kind === 'not-read-yet') return 'pas encore lue / not read yet';
  const redirect = 'redirectedFrom' in reason && reason.redirectedFrom ? ` (redirigé depuis / redirected from ${reason.redirectedFrom})` : '';
  return `${problemOf(reason)} : ${reason.url}${redirect}`;
}

function problemOf(reason: PageReason): string {
  switch (reason.kind) {
    case 'network-error':
      return `erreur réseau / network error (${reason.message})`;
    case 'timeout':
      return `pas de réponse en ${reason.timeoutMs / 1000} s / no answer within ${reason.timeoutMs / 1000} s`;
    case 'http-error':
      return `réponse HTTP ${reason.status} / HTTP status ${reason.status}`;
    case 'not-html':
      return `ni HTML ni texte / neither HTML nor text (${reason.contentType || 'type absent / no type'})`;
    case 'too-large':
      return `page trop grande / page too large (> ${reason.limitBytes / 1024 / 1024} Mo/MB)`;
    case 'no-table':
      return 'aucun tableau / no table';
    case 'no-cookie-column':
      return `aucune colonne de noms de cookies / no cookie-name column (${reason.columns.join(' | ')})`;
    case 'empty-table':
      return 'tableau de cookies vide / empty cookie table';
    case 'refused-redirect':
      return `redirection non suivie / redirect not followed → ${reason.target ?? '?'} (${refusalWords[reason.why]})`;
    case 'refused-link':
      return `lien de charte non suivi / charter link not followed (${refusalWords[reason.why]})`;
  }
}

const refusalWords: Record<UrlRefusal, string> = {
  'not-http': "pas une page web / not a web page",
  'ip-literal': 'adresse IP / IP address',
  'local-name': 'nom du réseau local / local-network name',
  'non-default-port': 'port inhabituel / non-default port',
  'other-site': 'autre site que le portail / not the portal\'s site',
  'unknown-target': 'destination inconnue / unknown target',
  'too-many-redirects': 'trop de redirections / too many redirects',
};
