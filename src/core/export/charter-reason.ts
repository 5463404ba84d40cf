import { urlRefusalInFrench } from '../charter/locate.ts';
import type { CharterFallbackReason } from '../charter/types.ts';
import { keptUrl } from '../url/kept-url.ts';

type PageReason = Exclude<CharterFallbackReason, { kind: 'not-read-yet' }>;

/** Why the portal's own charter could not be read, in French, as the popup words it; its addresses as keptUrl keeps them. */
export function charterFallbackInFrench(reason: CharterFallbackReason): string {
  if (reason.kind === 'not-read-yet') return 'charte pas encore lue';
  const problem = problemOf({ ...reason, url: keptUrl(reason.url) || reason.url });
  return 'redirectedFrom' in reason && reason.redirectedFrom ? `${problem}, après redirection depuis ${keptUrl(reason.redirectedFrom)}` : problem;
}

function problemOf(reason: PageReason): string {
  switch (reason.kind) {
    case 'network-error':
      return `erreur réseau en demandant ${reason.url} (${reason.message})`;
    case 'timeout':
      return `${reason.url} n'a pas répondu en ${reason.timeoutMs / 1000} secondes`;
    case 'http-error':
      return `le serveur a répondu HTTP ${reason.status} : ${reason.url}`;
    case 'not-html':
      return `${reason.url} n'est pas une page HTML (type : ${reason.contentType || 'non indiqué'})`;
    case 'too-large':
      return `page de plus de ${reason.limitBytes / 1024 / 1024} Mo, lecture arrêtée : ${reason.url}`;
    case 'no-table':
      return `aucun tableau sur ${reason.url}`;
    case 'no-cookie-column':
      return `aucune colonne de noms de cookies dans les tableaux de ${reason.url} (colonnes : ${reason.columns.join(' | ') || 'aucune'})`;
    case 'empty-table':
      return `le tableau des cookies de ${reason.url} ne nomme aucun cookie`;
    case 'refused-redirect':
      return `${reason.url} redirige vers ${reason.target ?? 'une adresse inconnue'}, ${urlRefusalInFrench[reason.why]} : redirection non suivie, rien n'en a été lu`;
    case 'refused-link':
      return `le lien de charte du pied de page mène à ${reason.url}, ${urlRefusalInFrench[reason.why]} : lien non suivi, rien n'en a été lu`;
  }
}
