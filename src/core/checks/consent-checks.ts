import { phaseAt, type Audit } from '../audit/audit.ts';
import type { CnilCategory } from '../knowledge/types.ts';
import { cnil } from './references.ts';
import { findingAbout, type Subject } from './subjects.ts';
import type { Finding } from './types.ts';

/** The purposes that need consent first, the most demanding first: a cookie named for several is worded as that. */
const CONSENT_PURPOSES: [CnilCategory, string][] = [
  ['publicite', 'publicitaire'],
  ['reseaux-sociaux', 'de réseau social'],
  ['mesure-audience', "de mesure d'audience"],
];

/** The CNIL's conditions of the exemption, not its recommendations (the 13-month lifetime is one: lifetime-checks.ts). */
const AUDIENCE_EXEMPTION =
  "Il peut être exempté de consentement s'il remplit les conditions que pose la CNIL (finalité strictement limitée à la mesure d'audience, pour le compte exclusif de l'éditeur ; données statistiques anonymes uniquement ; ni recoupement avec d'autres traitements, ni suivi de la navigation sur d'autres sites)";

/**
 * Measurement, advertising and social cookies that first appeared before the visitor made any choice, or after a
 * refusal, in the audit's phases. A cookie first seen outside the audit (before it started) has no known phase.
 */
export function consentFindings(subjects: readonly Subject[], audit: Audit | null): Finding[] {
  if (!audit) return [];
  const findings: Finding[] = [];
  for (const subject of subjects) {
    const purpose = CONSENT_PURPOSES.find(([category]) => subject.categories.has(category));
    const firstSeen = subject.cookie.firstSeen;
    if (!purpose || firstSeen < audit.startedAt || (audit.endedAt !== null && firstSeen > audit.endedAt)) continue;
    const [category, kind] = purpose;
    const isAudience = category === 'mesure-audience';
    const toVerify = isAudience ? ` ${AUDIENCE_EXEMPTION} : à vérifier.` : ' À vérifier.';
    const phase = phaseAt(audit, firstSeen);
    if (phase === 'before-choice') {
      const needsConsent = isAudience ? '.' : ", alors qu'un tel cookie demande en principe un consentement préalable.";
      findings.push(findingAbout(subject, {
        check: 'set-before-consent',
        explanation: `Ce cookie ${kind} est apparu avant que le visiteur ait fait un choix sur les cookies${needsConsent}${toVerify}`,
        reference: isAudience ? cnil.audienceMeasurement : cnil.compliance,
      }));
    } else if (phase === 'after-refusal') {
      findings.push(findingAbout(subject, {
        check: 'set-after-refusal',
        explanation: `Ce cookie ${kind} est apparu après que le visiteur a refusé les cookies soumis à son choix ; un refus doit être respecté.${toVerify}`,
        reference: cnil.compliance,
      }));
    }
  }
  return findings;
}
