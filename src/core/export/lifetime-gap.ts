import { askedLifetime, wordsFor } from '../checks/lifetime-checks.ts';
import { requestedLifetimeOf } from '../checks/subjects.ts';
import type { KeptCookie } from '../cookies/types.ts';
import { parseDeclaredDuration } from '../duration/parse-declared-duration.ts';
import type { Say } from '../words/messages.ts';

/** How long the site asked a cookie to live, in words: "13 mois", "session", "25 mois (ramenés à 400 jours…)". */
export function observedLifetime(cookie: KeptCookie, say: Say): string {
  const lifetime = requestedLifetimeOf(cookie);
  return lifetime === null ? say('exportSession') : askedLifetime(lifetime, say);
}

/**
 * The gap between the lifetime a charter declares and the one the site asked for, in French words
 * ("observé 25 mois, déclaré 13 mois"); "aucun écart" when both read the same; empty when the charter states no
 * duration that can be read. Both sides are worded alike, so "13 mois" declared and 395 days observed agree.
 */
export function lifetimeGap(declaredWording: string | null, cookie: KeptCookie, say: Say): string {
  const declared = declaredWording ? parseDeclaredDuration(declaredWording) : null;
  if (!declared) return '';
  const actual = requestedLifetimeOf(cookie);
  const sessionWords = say('exportSessionLifetime');
  const observedWords = actual === null ? sessionWords : wordsFor(actual, say);
  const declaredWords = declared.kind === 'session' ? sessionWords : wordsFor(declared.maxMs, say);
  return observedWords === declaredWords ? say('exportNoGap') : say('exportGap', [observedWords, declaredWords]);
}
