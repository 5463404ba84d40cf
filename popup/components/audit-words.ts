import { t } from '../../src/adapters/i18n.ts';
import type { AuditPhase, PhaseChange } from '../../src/core/audit/audit.ts';
import { phaseKeys } from '../../src/core/words/phase-keys.ts';

/** An audit phase in words: "avant tout choix", "après acceptation", "après refus". */
export const phaseText = (phase: AuditPhase): string => t(phaseKeys[phase]);

/** What started a phase: the audit's start, the consent cookie, or the user's hand. */
export function phaseTriggerText(by: PhaseChange['by']): string {
  switch (by) {
    case 'start':
      return t('phaseByStart');
    case 'consent':
      return t('phaseByConsent');
    case 'user':
      return t('phaseByUser');
  }
}

export const auditPhases: readonly AuditPhase[] = ['before-choice', 'after-accept', 'after-refusal'];
