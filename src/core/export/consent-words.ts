import type { Say } from '../words/messages.ts';
import type { EvidenceConsent } from './evidence.ts';
import { parisDateTime } from './paris-time.ts';

/**
 * The visitor's decoded choice in words, as every export and the command line state it: each service accepted or
 * refused, then the day and time of the choice (Paris time); "aucun choix enregistré" without one.
 */
export function consentWords(consent: EvidenceConsent | null, say: Say): string {
  if (!consent) return say('exportConsentNone');
  const choices = consent.services
    .map(({ service, accepted }) =>
      say('exportConsentService', [service, say(accepted ? 'exportConsentAccepted' : 'exportConsentRefused')]),
    )
    .join(', ');
  return consent.decidedAt ? say('exportConsentDecidedAt', [choices, parisDateTime(consent.decidedAt)]) : choices;
}
