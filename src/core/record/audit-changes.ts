import { consentVerdict, type ConsentChoice } from '../consent/consent-choice.ts';
import { MAX_PAST_AUDITS, type PortalRecord } from './portal-record.ts';
import { charterOrStandard } from '../charter/standard/index.ts';
import { followConsent, startAudit, switchPhaseByHand, type AuditPhase } from '../audit/audit.ts';

/**
 * "Nouvel audit": what was recorded so far becomes a past audit (an observation with no phases when no audit ran),
 * and the record starts clean. The phases start from the visitor's current choice: "avant tout choix" unless the
 * consent cookie is still there.
 */
export function beginNewAudit(record: PortalRecord, at: number): void {
  const cookies = Object.values(record.cookies);
  if (record.audit || cookies.length > 0) {
    const startedAt =
      record.audit?.startedAt ?? cookies.reduce((earliest, cookie) => Math.min(earliest, cookie.firstSeen), at);
    const audit = { startedAt, endedAt: at, phases: record.audit?.phases ?? [] };
    record.pastAudits = [
      ...record.pastAudits,
      { audit, charter: charterOrStandard(record.charter, at), cookies },
    ].slice(-MAX_PAST_AUDITS);
  }
  record.cookies = {};
  record.droppedCookies = { count: 0, lastAt: null };
  record.audit = followConsent(startAudit(at), consentVerdict(record.consent), at);
}

/** The visitor's choice changed (or the consent cookie went): kept decoded, and the audit's phase follows it. */
export function changeConsent(record: PortalRecord, choice: ConsentChoice | null, at: number): boolean {
  if (JSON.stringify(record.consent) === JSON.stringify(choice)) return false;
  record.consent = choice;
  if (record.audit) record.audit = followConsent(record.audit, consentVerdict(choice), at);
  return true;
}

/** The auditor sets the phase by hand. */
export function setAuditPhase(record: PortalRecord, phase: AuditPhase, at: number): boolean {
  if (!record.audit) return false;
  record.audit = switchPhaseByHand(record.audit, phase, at);
  return true;
}
