import { sayInFrench } from '../cli/messages.ts';

/** Why a portal could not be audited, as the summary records it; the run goes on to the next portal. */
export type FailureKind = 'dns' | 'tls' | 'timeout' | 'http' | 'network' | 'not-opendatasoft' | 'extension';

export interface VisitFailure {
  kind: FailureKind;
  /** In French (from _locales), for the dashboard: what failed, with the browser's or system's code. */
  reason: string;
}

/** Thrown inside a visit to stop it with a recorded reason. */
export class PortalFailure extends Error {
  constructor(readonly failure: VisitFailure) {
    super(failure.reason);
  }
}

export const fail = (kind: FailureKind, reason: string): never => {
  throw new PortalFailure({ kind, reason });
};

/** An error's first line: Playwright's messages go on with a call log. */
export const firstLine = (message: string) => message.split('\n')[0]!;

/** A Chromium network error (net::ERR_…) in the summary's terms. */
export function browserFailure(message: string): VisitFailure {
  const code = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
  if (!code) {
    return /Timeout|timed out/i.test(message)
      ? { kind: 'timeout', reason: sayInFrench('observatoryFailureTimeout') }
      : { kind: 'network', reason: sayInFrench('observatoryFailureBrowser', firstLine(message)) };
  }
  if (code === 'ERR_NAME_NOT_RESOLVED') return { kind: 'dns', reason: sayInFrench('observatoryFailureDns', code) };
  if (/CERT|SSL/.test(code)) return { kind: 'tls', reason: sayInFrench('observatoryFailureTls', code) };
  if (code === 'ERR_TIMED_OUT') return { kind: 'timeout', reason: sayInFrench('observatoryFailureNoAnswer', code) };
  return { kind: 'network', reason: sayInFrench('observatoryFailureNetwork', code) };
}
