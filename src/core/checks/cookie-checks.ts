import type { Say } from '../words/messages.ts';
import { cnilReference } from './references.ts';
import { findingAbout, type Subject } from './subjects.ts';
import type { Finding } from './types.ts';

/** Third-party cookies the charter does not declare: the visitor is not told who sets them. */
export function undeclaredThirdPartyFindings(subjects: readonly Subject[], say: Say): Finding[] {
  return subjects
    .filter((subject) => subject.declared === null && subject.cookie.party === 'third')
    .map((subject) => {
      const vendor = subject.knowledge ? ` (${subject.knowledge.vendor})` : '';
      return findingAbout(subject, {
        check: 'undeclared-third-party',
        explanation: say('explainUndeclaredThirdParty', `${subject.cookie.domain}${vendor}`),
        reference: cnilReference('compliance', say),
      });
    });
}

/** Cookie attributes that weaken security: no Secure on an HTTPS portal, SameSite=None without Secure. */
export function attributeFindings(subjects: readonly Subject[], portalIsHttps: boolean, say: Say): Finding[] {
  const findings: Finding[] = [];
  for (const subject of subjects) {
    if (subject.cookie.secure) continue;
    if (subject.cookie.sameSite === 'none') {
      findings.push(
        findingAbout(subject, {
          check: 'samesite-none-without-secure',
          explanation: say('explainSameSiteNoneWithoutSecure'),
          reference: cnilReference('security', say),
        }),
      );
    } else if (portalIsHttps) {
      findings.push(
        findingAbout(subject, {
          check: 'missing-secure',
          explanation: say('explainMissingSecure'),
          reference: cnilReference('security', say),
        }),
      );
    }
  }
  return findings;
}
