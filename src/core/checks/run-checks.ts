import { consentFindings } from './consent-checks.ts';
import { attributeFindings, undeclaredThirdPartyFindings } from './cookie-checks.ts';
import {
  audienceExpiryExtendedFindings,
  audienceLifetimeFindings,
  declaredLifetimeFindings,
} from './lifetime-checks.ts';
import { subjectsOf } from './subjects.ts';
import type { CheckInput, Finding } from './types.ts';

/**
 * Runs every check on what a portal declares and sets, in a fixed order (lifetimes, consent, undeclared third
 * parties, attributes). Pure: the knowledge lookup, the audit and the French messages the findings are worded in
 * come in with the input.
 */
export function runChecks(input: CheckInput): Finding[] {
  const subjects = subjectsOf(input);
  return [
    ...declaredLifetimeFindings(subjects, input.french),
    ...audienceLifetimeFindings(subjects, input.french),
    ...audienceExpiryExtendedFindings(subjects, input.french),
    ...consentFindings(subjects, input.audit, input.french),
    ...undeclaredThirdPartyFindings(subjects, input.french),
    ...attributeFindings(subjects, input.portalIsHttps, input.french),
  ];
}
