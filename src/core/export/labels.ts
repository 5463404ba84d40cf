import type { AuditPhase, PhaseChange } from '../audit/audit.ts';
import type { CheckId } from '../checks/types.ts';
import type { Party } from '../portal/site.ts';

/*
 * The French words of the evidence exports. Product content, like the findings' explanations: a DPO files the
 * exports in French whatever the browser's language, so they live here rather than in _locales.
 */

export const phaseLabels: Record<AuditPhase, string> = {
  'before-choice': 'avant tout choix',
  'after-accept': 'après acceptation',
  'after-refusal': 'après refus',
};

export const phaseTriggerLabels: Record<PhaseChange['by'], string> = {
  start: "début de l'audit",
  consent: 'choix enregistré dans le cookie de consentement',
  user: 'changement manuel',
};

export const partyLabels: Record<Party, '1re' | '3e'> = { first: '1re', third: '3e' };

export type EvidenceStatus = 'déclaré et observé' | 'non déclaré' | 'déclaré non observé';

/** A finding in a few words, for a table cell; the full explanation comes with the findings. */
export const findingTitles: Record<CheckId, string> = {
  'declared-session-but-persistent': 'déclaré de session, mais persistant',
  'declared-persistent-but-session': 'déclaré persistant, mais de session',
  'lifetime-longer-than-declared': 'durée plus longue que déclarée',
  'audience-lifetime-over-13-months': "mesure d'audience au-delà de 13 mois",
  'audience-expiry-extended': "mesure d'audience prorogée à chaque visite",
  'set-before-consent': 'déposé avant tout choix',
  'set-after-refusal': 'déposé après refus',
  'undeclared-third-party': 'tiers non déclaré',
  'missing-secure': 'sans attribut Secure',
  'samesite-none-without-secure': 'SameSite=None sans Secure',
};

export const STANDARD_CHARTER_LABEL = "charte standard d'Opendatasoft";

/** Which standard charter stood in, and why that one: a record kept before both were shipped has the older. */
export function standardCharterLabel(source: { template?: 'older' | 'newer'; templateFromPortal?: true }): string {
  const template = source.template === 'newer' ? 'modèle récent, avec durées' : 'ancien modèle, sans durées';
  return `${STANDARD_CHARTER_LABEL} (${template}${source.templateFromPortal ? ', celui de la charte du portail, lue en partie' : ''})`;
}
