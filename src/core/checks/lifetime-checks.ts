import { parseDeclaredDuration } from '../duration/parse-declared-duration.ts';
import { describeLifetime, formatDateTime } from '../words/format.ts';
import { cnil } from './references.ts';
import { findingAbout, requestedLifetimeOf, type Subject } from './subjects.ts';
import type { Finding } from './types.ts';

const DAY = 24 * 60 * 60 * 1000;
/** A lifetime this much longer than declared, and by a day at least, is not a rounding of the charter's words. */
const TOLERATED_RATIO = 1.5;
/**
 * 13 months as a calendar counts them at the longest (365 days, a 31-day month and a leap day): a site that sets
 * "13 mois" by the calendar is not flagged, whichever day it sets it.
 */
const THIRTEEN_MONTHS = 397 * DAY;
/** What browsers keep at most, whatever a site asks (Chrome and Firefox cap cookie lifetimes at 400 days). */
const BROWSER_CAP = 400 * DAY;

/** "13 mois", "2 ans", as the popup words lifetimes. */
export function wordsFor(lifetimeMs: number): string {
  return describeLifetime({ setAt: 0, expiresAt: lifetimeMs });
}

/** A lifetime a site asked for, saying when browsers shorten it. */
export function askedLifetime(lifetimeMs: number): string {
  const words = wordsFor(lifetimeMs);
  return lifetimeMs > BROWSER_CAP ? `${words} (ramenés à 400 jours par le navigateur)` : words;
}

/** The lifetime a charter line declares against the one the site asked for. */
export function declaredLifetimeFindings(subjects: readonly Subject[]): Finding[] {
  const findings: Finding[] = [];
  for (const subject of subjects) {
    const wording = subject.declared?.duration;
    const declared = wording ? parseDeclaredDuration(wording) : null;
    if (!wording || !declared) continue;
    const actual = requestedLifetimeOf(subject.cookie);
    const reference = cnil.compliance;
    if (declared.kind === 'session' && actual !== null) {
      findings.push(findingAbout(subject, {
        check: 'declared-session-but-persistent',
        explanation: `La charte annonce « ${wording} », un cookie de session, mais ce cookie a été déposé pour ${askedLifetime(actual)} : il reste sur l'appareil après la fermeture du navigateur. L'information donnée aux visiteurs est à vérifier.`,
        reference,
      }));
    } else if (declared.kind === 'duration' && actual === null) {
      findings.push(findingAbout(subject, {
        check: 'declared-persistent-but-session',
        explanation: `La charte annonce « ${wording} », mais ce cookie a été déposé comme cookie de session, effacé à la fermeture du navigateur. La durée annoncée est à vérifier.`,
        reference,
      }));
    } else if (declared.kind === 'duration' && actual !== null && actual > declared.maxMs * TOLERATED_RATIO && actual - declared.maxMs >= DAY) {
      findings.push(findingAbout(subject, {
        check: 'lifetime-longer-than-declared',
        explanation: `La charte annonce « ${wording} », mais le site a demandé une durée de vie de ${askedLifetime(actual)}, nettement plus longue. L'information donnée aux visiteurs est à vérifier.`,
        reference,
      }));
    }
  }
  return findings;
}

/**
 * What the CNIL words as recommendations on audience-measurement trackers, apart from the conditions of the consent
 * exemption: their lifetime limited to 13 months, and not extended automatically at each new visit.
 */
const RECOMMENDATION_NOT_CONDITION = "c'est une recommandation de la CNIL, distincte des conditions de l'exemption de consentement";

/** An audience-measurement cookie set to live longer than the 13 months the CNIL recommends. */
export function audienceLifetimeFindings(subjects: readonly Subject[]): Finding[] {
  return subjects.flatMap((subject) => {
    const actual = requestedLifetimeOf(subject.cookie);
    if (!subject.categories.has('mesure-audience') || actual === null || actual <= THIRTEEN_MONTHS) return [];
    return [findingAbout(subject, {
      check: 'audience-lifetime-over-13-months',
      explanation: `Ce cookie de mesure d'audience a été déposé pour ${askedLifetime(actual)}. La CNIL recommande de limiter la durée de vie des traceurs de mesure d'audience à 13 mois (${RECOMMENDATION_NOT_CONDITION}) : à vérifier.`,
      reference: cnil.audienceMeasurement,
    })];
  });
}

/** An audience-measurement cookie whose expiry moved forward each time it was set again during the observation. */
export function audienceExpiryExtendedFindings(subjects: readonly Subject[]): Finding[] {
  return subjects.flatMap((subject) => {
    const { firstExpiresAt, expiresAt, expiryExtensions } = subject.cookie;
    if (!subject.categories.has('mesure-audience') || expiryExtensions === 0 || firstExpiresAt === null || expiresAt === null) return [];
    const times = expiryExtensions === 1 ? 'une fois' : `${expiryExtensions} fois`;
    return [findingAbout(subject, {
      check: 'audience-expiry-extended',
      explanation: `L'échéance de ce cookie de mesure d'audience a été repoussée ${times} pendant l'observation, à chaque nouveau dépôt : du ${formatDateTime(firstExpiresAt)} au ${formatDateTime(expiresAt)}. La CNIL recommande que la durée de vie de ces traceurs ne soit pas prorogée automatiquement lors des nouvelles visites (${RECOMMENDATION_NOT_CONDITION}) : à vérifier.`,
      reference: cnil.audienceMeasurement,
    })];
  });
}
