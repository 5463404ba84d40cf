import { parseDeclaredDuration } from '../duration/parse-declared-duration.ts';
import { describeLifetime, formatDateTime, pluralForm } from '../words/format.ts';
import type { Say } from '../words/messages.ts';
import { cnilReference } from './references.ts';
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

/** "13 mois", "2 ans", as the popup words lifetimes (in French: `say` gives the French messages). */
export function wordsFor(lifetimeMs: number, say: Say): string {
  return describeLifetime({ setAt: 0, expiresAt: lifetimeMs }, 'fr-FR', {
    session: say('lifetimeSession'),
    expired: say('lifetimeExpired'),
  });
}

/** A lifetime a site asked for, saying when browsers shorten it. */
export function askedLifetime(lifetimeMs: number, say: Say): string {
  const words = wordsFor(lifetimeMs, say);
  return lifetimeMs > BROWSER_CAP ? say('lifetimeCappedByBrowser', words) : words;
}

/** The lifetime a charter line declares against the one the site asked for. */
export function declaredLifetimeFindings(subjects: readonly Subject[], say: Say): Finding[] {
  const findings: Finding[] = [];
  for (const subject of subjects) {
    const wording = subject.declared?.duration;
    const declared = wording ? parseDeclaredDuration(wording) : null;
    if (!wording || !declared) continue;
    const actual = requestedLifetimeOf(subject.cookie);
    const reference = cnilReference('compliance', say);
    if (declared.kind === 'session' && actual !== null) {
      findings.push(
        findingAbout(subject, {
          check: 'declared-session-but-persistent',
          explanation: say('explainDeclaredSessionButPersistent', [wording, askedLifetime(actual, say)]),
          reference,
        }),
      );
    } else if (declared.kind === 'duration' && actual === null) {
      findings.push(
        findingAbout(subject, {
          check: 'declared-persistent-but-session',
          explanation: say('explainDeclaredPersistentButSession', wording),
          reference,
        }),
      );
    } else if (
      declared.kind === 'duration' &&
      actual !== null &&
      actual > declared.maxMs * TOLERATED_RATIO &&
      actual - declared.maxMs >= DAY
    ) {
      findings.push(
        findingAbout(subject, {
          check: 'lifetime-longer-than-declared',
          explanation: say('explainLifetimeLongerThanDeclared', [wording, askedLifetime(actual, say)]),
          reference,
        }),
      );
    }
  }
  return findings;
}

/** An audience-measurement cookie set to live longer than the 13 months the CNIL recommends. */
export function audienceLifetimeFindings(subjects: readonly Subject[], say: Say): Finding[] {
  return subjects.flatMap((subject) => {
    const actual = requestedLifetimeOf(subject.cookie);
    if (!subject.categories.has('mesure-audience') || actual === null || actual <= THIRTEEN_MONTHS) return [];
    return [
      findingAbout(subject, {
        check: 'audience-lifetime-over-13-months',
        explanation: say('explainAudienceLifetimeOver13Months', [
          askedLifetime(actual, say),
          say('findingRecommendationNotCondition'),
        ]),
        reference: cnilReference('audienceMeasurement', say),
      }),
    ];
  });
}

/** An audience-measurement cookie whose expiry moved forward each time it was set again during the observation. */
export function audienceExpiryExtendedFindings(subjects: readonly Subject[], say: Say): Finding[] {
  return subjects.flatMap((subject) => {
    const { firstExpiresAt, expiresAt, expiryExtensions } = subject.cookie;
    if (
      !subject.categories.has('mesure-audience') ||
      expiryExtensions === 0 ||
      firstExpiresAt === null ||
      expiresAt === null
    )
      return [];
    const times = say(`findingTimes_${pluralForm(expiryExtensions)}`, String(expiryExtensions));
    return [
      findingAbout(subject, {
        check: 'audience-expiry-extended',
        explanation: say('explainAudienceExpiryExtended', [
          times,
          formatDateTime(firstExpiresAt),
          formatDateTime(expiresAt),
          say('findingRecommendationNotCondition'),
        ]),
        reference: cnilReference('audienceMeasurement', say),
      }),
    ];
  });
}
