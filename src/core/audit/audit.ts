import type { ConsentVerdict } from '../consent/consent-choice.ts';

/**
 * An audit: a clean run of observation of one portal, split into consent phases. A cookie's phase is the phase
 * in force when it first appeared, so it is derived from its first sighting, never stored twice.
 */
export const AUDIT_PHASES = ['before-choice', 'after-accept', 'after-refusal'] as const;
export type AuditPhase = (typeof AUDIT_PHASES)[number];

export interface PhaseChange {
  at: number;
  phase: AuditPhase;
  /** 'consent': the visitor's choice in the consent cookie switched it; 'user': switched by hand in the popup. */
  by: 'start' | 'consent' | 'user';
}

export interface Audit {
  startedAt: number;
  /** Set when a newer audit replaced it. */
  endedAt: number | null;
  /** In order of time; the first is the start, "avant tout choix". */
  phases: PhaseChange[];
}

export function startAudit(at: number): Audit {
  return { startedAt: at, endedAt: null, phases: [{ at, phase: 'before-choice', by: 'start' }] };
}

export function currentPhase(audit: Audit): AuditPhase {
  return audit.phases[audit.phases.length - 1]?.phase ?? 'before-choice';
}

/** The phase in force at a moment of the audit (the start's phase for a moment before it). */
export function phaseAt(audit: Audit, at: number): AuditPhase {
  let phase: AuditPhase = 'before-choice';
  for (const change of audit.phases) {
    if (change.at > at) break;
    phase = change.phase;
  }
  return phase;
}

function withPhase(audit: Audit, change: PhaseChange): Audit {
  return currentPhase(audit) === change.phase ? audit : { ...audit, phases: [...audit.phases, change] };
}

/**
 * Phases follow the consent cookie by themselves, until the user switches by hand: from then on the user's
 * choice stands, since a hand switch says the automatic reading was not what the auditor meant.
 */
export function followConsent(audit: Audit, verdict: ConsentVerdict, at: number): Audit {
  if (audit.phases.some((change) => change.by === 'user')) return audit;
  const phase: AuditPhase =
    verdict === 'accepted' ? 'after-accept' : verdict === 'refused' ? 'after-refusal' : 'before-choice';
  return withPhase(audit, { at, phase, by: 'consent' });
}

export function switchPhaseByHand(audit: Audit, phase: AuditPhase, at: number): Audit {
  return withPhase(audit, { at, phase, by: 'user' });
}
