import { lookup } from 'node:dns/promises';
import { checkServerIdentity, connect, type PeerCertificate } from 'node:tls';
import { sayInFrench } from '../cli/messages.ts';
import type { VisitFailure } from './failure.ts';
import { resolveByRules, type ResolveRule } from './resolve-rules.ts';

/**
 * What can be said of a portal before a browser is started: its name resolves (under the same rules as the
 * browser's) and its TLS certificate names it. With `insecure`, a self-signed certificate is accepted, never one
 * issued for another name: that is a broken site, not a test server. Null when both hold.
 */
export async function preflight(
  host: string,
  { rules, insecure, timeoutMs }: { rules: readonly ResolveRule[]; insecure: boolean; timeoutMs: number },
): Promise<VisitFailure | null> {
  const mapped = resolveByRules(rules, host, 443);
  if (mapped === 'not-found') return { kind: 'dns', reason: sayInFrench('observatoryFailureDnsRule') };
  let address: { host: string; port: number };
  if (mapped === 'system') {
    try {
      address = { host: (await withTimeout(lookup(host), timeoutMs)).address, port: 443 };
    } catch (error) {
      return {
        kind: 'dns',
        reason: sayInFrench('observatoryFailureDns', (error as NodeJS.ErrnoException).code ?? (error as Error).message),
      };
    }
  } else {
    address = mapped;
  }
  return tlsCheck(host, address, insecure, timeoutMs);
}

function tlsCheck(
  host: string,
  address: { host: string; port: number },
  insecure: boolean,
  timeoutMs: number,
): Promise<VisitFailure | null> {
  return new Promise((resolve) => {
    const socket = connect({
      host: address.host,
      port: address.port,
      servername: host,
      rejectUnauthorized: !insecure,
      timeout: timeoutMs,
    });
    const done = (failure: VisitFailure | null) => {
      socket.destroy();
      resolve(failure);
    };
    socket.once('secureConnect', () => {
      const nameError = checkServerIdentity(host, socket.getPeerCertificate() as PeerCertificate);
      const code = (nameError as NodeJS.ErrnoException | undefined)?.code ?? 'ERR_TLS_CERT_ALTNAME_INVALID';
      done(nameError ? { kind: 'tls', reason: sayInFrench('observatoryFailureCertificateName', [host, code]) } : null);
    });
    socket.once('timeout', () => done({ kind: 'timeout', reason: sayInFrench('observatoryFailureNoTlsAnswer') }));
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      if (/CERT|SELF_SIGNED|ERR_TLS|SSL|ALTNAME/.test(code))
        done({ kind: 'tls', reason: sayInFrench('observatoryFailureCertificate', code) });
      else done({ kind: 'network', reason: sayInFrench('observatoryFailureConnection', code) });
    });
  });
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(sayInFrench('observatoryDelayExceeded'))), timeoutMs);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
