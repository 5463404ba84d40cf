import { changeConsent } from './audit-changes.ts';
import { decodeConsentChoice } from '../consent/consent-choice.ts';
import type { PortalRecord } from './portal-record.ts';

/**
 * The one cookie value this extension reads: the consent cookie's, decoded at once into the visitor's choices
 * (booleans and a date), the raw value dropped. Every other cookie's value is never touched.
 */
export function consentChange(cookie: { name: string; value?: string }, removed: boolean, at: number) {
  const choice = removed ? null : decodeConsentChoice(cookie.value ?? '');
  return (record: PortalRecord): boolean => changeConsent(record, choice, at);
}
