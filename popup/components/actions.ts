import type { AuditPhase } from '../../src/core/audit/audit.ts';
import type { AuditDiff } from '../../src/core/audit/diff.ts';
import type { CharterDraftFiles, EvidenceFile, EvidenceFormat } from '../../src/messaging/protocol.ts';

/** What the views may ask for; each runs one request and shows what it returns (App.tsx runs them). */
export interface PopupActions {
  busy: boolean;
  reread(host: string): void;
  clear(host: string): void;
  addHost(host: string): void;
  treatAsPortal(host: string): void;
  requestPermission(): void;
  startAudit(host: string, deleteCookies: boolean): void;
  switchPhase(host: string, phase: AuditPhase): void;
  /** `show` receives the differences, unless the request failed (the failure is then shown as feedback). */
  compare(host: string, startedAt: number, show: (diff: AuditDiff) => void): void;
  exportEvidence(host: string, format: EvidenceFormat): void;
  /** `show` receives the corrected charter the background drafted, unless the request failed. */
  draftCharter(host: string, show: (draft: CharterDraftFiles) => void): void;
  copyDraft(draft: CharterDraftFiles): void;
  /** Saves a file already in hand (a form of the draft), saying so. */
  saveFile(file: EvidenceFile): void;
}
