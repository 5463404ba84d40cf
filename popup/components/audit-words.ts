import { t } from '../../src/adapters/i18n.ts';
import type { AuditPhase, PhaseChange } from '../../src/core/audit/audit.ts';

/** An audit phase in words: "avant tout choix", "après acceptation", "après refus". */
export function phaseText(phase: AuditPhase): string {
  switch (phase) {
    case 'before-choice':
      return t('phaseBeforeChoice');
    case 'after-accept':
      return t('phaseAfterAccept');
    case 'after-refusal':
      return t('phaseAfterRefusal');
  }
}

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
