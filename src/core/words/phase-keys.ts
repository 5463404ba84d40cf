import type { AuditPhase, PhaseChange } from '../audit/audit.ts';

/** The message key of each audit phase's name ("avant tout choix"…): the popup and the exports say it alike. */
export const phaseKeys: Record<AuditPhase, string> = {
  'before-choice': 'phaseBeforeChoice',
  'after-accept': 'phaseAfterAccept',
  'after-refusal': 'phaseAfterRefusal',
};

/** What started a phase, as the exports word it in a column of its own (the popup says it in a sentence). */
export const exportPhaseTriggerKeys: Record<PhaseChange['by'], string> = {
  start: 'phaseByStart',
  consent: 'exportPhaseByConsent',
  user: 'exportPhaseByUser',
};
