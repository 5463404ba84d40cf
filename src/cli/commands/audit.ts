import { writeFile } from 'node:fs/promises';
import packageJson from '../../../package.json';
import { evidenceToCsv } from '../../core/export/csv.ts';
import { buildEvidence, type Evidence } from '../../core/export/evidence.ts';
import { evidenceToHtml } from '../../core/export/html.ts';
import { evidenceToJson } from '../../core/export/json.ts';
import { sha256Hex } from '../../core/hash/sha256.ts';
import { auditHar } from '../../core/har/har-audit.ts';
import type { HarProblem } from '../../core/har/read-har.ts';
import { loadCookieKnowledge } from '../../core/knowledge/load.ts';
import { parseAuditOptions, type AuditOptions } from '../audit-options.ts';
import { auditSummary } from '../audit-summary.ts';
import { frenchMessages } from '../messages.ts';
import { EXIT_OK, fail } from '../exit.ts';
import { loadCharter } from '../load-charter.ts';
import { readHarFile } from '../read-har-file.ts';
import { usageError } from '../usage.ts';

const TOOL_VERSION = `Charte vs cookies ${packageJson.version} (ligne de commande)`;

const HAR_PROBLEMS: Record<HarProblem, string> = {
  'not-json': "Ce fichier n'est pas du JSON / This file is not JSON",
  'not-a-har': "Ce fichier n'est pas un HAR (pas de log.entries) / This file is not a HAR (no log.entries)",
  'no-entries': 'Aucune requête lisible dans ce HAR / No readable request in this HAR',
};

const SANITIZED_HAR_WARNING =
  "Attention : aucun en-tête Set-Cookie dans ce fichier. Enregistré sans les données sensibles ? Dans Chrome, utilisez « Export HAR (with sensitive data) ». / Warning: no Set-Cookie header in this file. Saved without sensitive data? In Chrome, use \"Export HAR (with sensitive data)\".";

/** `charter audit --charter <file or URL> --har <file.har> [--csv …] [--json …] [--html …]`. */
export async function runAudit(args: readonly string[]): Promise<number> {
  const parsed = parseAuditOptions(args);
  if (!parsed.ok) return usageError(parsed.message);
  const { options } = parsed;
  const file = await readHarFile(options.har);
  if (!file.ok) return fail(file.message);
  const { reading } = file;
  if (!reading.ok) return fail(`${HAR_PROBLEMS[reading.problem]} : ${options.har}`);
  const har = auditHar(reading.log);
  if (!har) return fail(`Aucune page web dans ce HAR / No web page in this HAR : ${options.har}`);
  const loaded = await loadCharter(options.charter, Date.now);
  if (!loaded.ok) return loaded.isUsage ? usageError(loaded.message) : fail(loaded.message);

  if (har.setCookieLines === 0) process.stderr.write(`${SANITIZED_HAR_WARNING}\n`);
  if (reading.log.skippedEntries > 0) {
    const skipped = reading.log.skippedEntries;
    process.stderr.write(`Requêtes illisibles (date ou adresse) ignorées : ${skipped} / Unreadable requests (time or URL) skipped: ${skipped}\n`);
  }
  const evidence = buildEvidence({
    portalHost: har.portalHost,
    portalIsHttps: har.portalUrl.startsWith('https:'),
    charter: loaded.charter,
    charterTextSha256: loaded.text === null ? null : await sha256Hex(loaded.text),
    extensionVersion: TOOL_VERSION,
    browser: har.browser ? { name: har.browser.name, version: `${har.browser.version} (d'après le fichier HAR)`.trim() } : { name: 'inconnu', version: '' },
    audit: har.audit,
    cookies: har.cookies,
    knowledge: await loadCookieKnowledge(),
    frenchMessages,
    exportedAt: Date.now(),
    requestOnlyCookies: har.requestOnlyCookies,
  });
  process.stdout.write(auditSummary(evidence, har));
  return writeExports(evidence, options);
}

async function writeExports(evidence: Evidence, options: AuditOptions): Promise<number> {
  const exports: [path: string | null, render: (evidence: Evidence) => string | Promise<string>][] = [
    [options.csv, evidenceToCsv],
    [options.json, evidenceToJson],
    [options.html, evidenceToHtml],
  ];
  for (const [path, render] of exports) {
    if (path === null) continue;
    try {
      await writeFile(path, await render(evidence), 'utf8');
    } catch (error) {
      return fail(`Écriture impossible / Cannot write : ${path} (${String(error)})`);
    }
    process.stderr.write(`Écrit / Written : ${path}\n`);
  }
  return EXIT_OK;
}
