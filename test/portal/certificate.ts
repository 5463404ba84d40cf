import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Certificate {
  keyPem: string;
  certPem: string;
  /** "AB:CD:…", as Firefox's cert_override.txt writes it. */
  sha256Fingerprint: string;
}

/**
 * A self-signed server certificate (not a CA) naming every host, made by openssl in a temporary directory
 * that is removed at once. Short-lived and never written to the repository.
 */
export async function createCertificate(
  hosts: readonly string[],
  openssl = process.env.OPENSSL ?? 'openssl',
): Promise<Certificate> {
  const dir = await mkdtemp(join(tmpdir(), 'charte-portal-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    await run(openssl, [
      'req',
      '-x509',
      '-nodes',
      '-days',
      '30',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-subj',
      '/O=Charte vs cookies/CN=Portail de test local',
      '-addext',
      `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`,
      '-addext',
      'basicConstraints=critical,CA:FALSE',
      '-addext',
      'keyUsage=critical,digitalSignature',
      '-addext',
      'extendedKeyUsage=serverAuth',
    ]).catch((error: Error) => {
      throw new Error(`openssl could not make the test portal's certificate (${openssl}): ${error.message}`);
    });
    const [keyPem, certPem] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
    return { keyPem, certPem, sha256Fingerprint: new X509Certificate(certPem).fingerprint256 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The lines of a Firefox profile's cert_override.txt that make Firefox accept this certificate for each host on
 * port 443, as if the user had clicked "Accept the risk" (used by the demo, where no WebDriver can do it).
 */
export function firefoxCertOverride(certificate: Certificate, hosts: readonly string[]): string {
  const lines = hosts.map((host) => `${host}:443:\tOID.2.16.840.1.101.3.4.2.1\t${certificate.sha256Fingerprint}\t`);
  return ['# PSM Certificate Override Settings file', '# This is a generated file!  Do not edit.', ...lines, ''].join(
    '\n',
  );
}
