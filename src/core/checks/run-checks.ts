import { consentFindings } from './consent-checks.ts';
import { attributeFindings, undeclaredThirdPartyFindings } from './cookie-checks.ts';
import { audienceExpiryExtendedFindings, audienceLifetimeFindings, declaredLifetimeFindings } from './lifetime-checks.ts';
import { subjectsOf } from './subjects.ts';
import type { CheckInput, Finding } from './types.ts';

/**
 * Runs every check on what a portal declares and sets, in a fixed order (lifetimes, consent, undeclared third
 * parties, attributes). Pure: the knowledge lookup and the audit come in with the input. The explanations are
 * French product content, like the charter's own wording, so they live here rather than in _locales.
 */
export function runChecks(input: CheckInput): Finding[] {
  const subjects = subjectsOf(input);
  return [
    ...declaredLifetimeFindings(subjects),
    ...audienceLifetimeFindings(subjects),
    ...audienceExpiryExtendedFindings(subjects),
    ...consentFindings(subjects, input.audit),
    ...undeclaredThirdPartyFindings(subjects),
    ...attributeFindings(subjects, input.portalIsHttps),
  ];
}
