import { phaseAt, type Audit } from '../audit/audit.ts';
import type { CnilCategory } from '../knowledge/types.ts';
import type { Say } from '../words/messages.ts';
import { cnilReference } from './references.ts';
import { findingAbout, type Subject } from './subjects.ts';
import type { Finding } from './types.ts';

/**
 * The purposes that need consent first, the most demanding first: a cookie named for several is worded as that.
 * Each with the message key of its kind; audience measurement has sentences of its own, which name the CNIL's
 * conditions of its exemption (not its recommendations: the 13-month lifetime is one, lifetime-checks.ts).
 */
const CONSENT_PURPOSES: [CnilCategory, string | null][] = [
  ['publicite', 'findingKindAdvertising'],
  ['reseaux-sociaux', 'findingKindSocial'],
  ['mesure-audience', null],
];

/**
 * Measurement, advertising and social cookies that first appeared before the visitor made any choice, or after a
 * refusal, in the audit's phases. A cookie first seen outside the audit (before it started) has no known phase.
 */
export function consentFindings(subjects: readonly Subject[], audit: Audit | null, say: Say): Finding[] {
  if (!audit) return [];
  const findings: Finding[] = [];
  for (const subject of subjects) {
    const purpose = CONSENT_PURPOSES.find(([category]) => subject.categories.has(category));
    const firstSeen = subject.cookie.firstSeen;
    if (!purpose || firstSeen < audit.startedAt || (audit.endedAt !== null && firstSeen > audit.endedAt)) continue;
    const kindKey = purpose[1];
    const phase = phaseAt(audit, firstSeen);
    if (phase === 'before-choice') {
      findings.push(
        findingAbout(subject, {
          check: 'set-before-consent',
          explanation: kindKey
            ? say('explainSetBeforeConsent', say(kindKey))
            : say('explainAudienceSetBeforeConsent', say('findingAudienceExemption')),
          reference: cnilReference(kindKey ? 'compliance' : 'audienceMeasurement', say),
        }),
      );
    } else if (phase === 'after-refusal') {
      findings.push(
        findingAbout(subject, {
          check: 'set-after-refusal',
          explanation: kindKey
            ? say('explainSetAfterRefusal', say(kindKey))
            : say('explainAudienceSetAfterRefusal', say('findingAudienceExemption')),
          reference: cnilReference('compliance', say),
        }),
      );
    }
  }
  return findings;
}
