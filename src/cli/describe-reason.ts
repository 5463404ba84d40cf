import type { CharterFallbackReason } from '../core/charter/types.ts';

/** Says, in French and English, why a charter page could not be read. */
export function describeFallbackReason(reason: CharterFallbackReason): string {
  switch (reason.kind) {
    case 'network-error':
      return `erreur réseau / network error (${reason.message}) : ${reason.url}`;
    case 'http-error':
      return `réponse HTTP ${reason.status} / HTTP status ${reason.status} : ${reason.url}`;
    case 'not-html':
      return `ni HTML ni texte / neither HTML nor text (${reason.contentType || 'type absent / no type'}) : ${reason.url}`;
    case 'too-large':
      return `page trop grande / page too large (> ${reason.limitBytes / 1024 / 1024} Mo/MB) : ${reason.url}`;
    case 'no-table':
      return `aucun tableau de cookies / no cookie table : ${reason.url}`;
    case 'not-read-yet':
      return 'pas encore lue / not read yet';
  }
}
