import packageJson from '../../../package.json';
import { evidenceToCsv } from '../../core/export/csv.ts';
import { buildEvidence } from '../../core/export/evidence.ts';
import { evidenceToHtml } from '../../core/export/html.ts';
import { evidenceToJson } from '../../core/export/json.ts';
import { sha256Hex } from '../../core/hash/sha256.ts';
import { loadCookieKnowledge } from '../../core/knowledge/load.ts';
import { auditSummary } from '../audit-summary.ts';
import { parseHarCommandOptions } from '../har-command-options.ts';
import { readHarAndCharter, writeOutputs } from '../har-input.ts';
import { frenchMessages } from '../messages.ts';
import { usageError } from '../usage.ts';

const TOOL_VERSION = `Charte vs cookies ${packageJson.version} (ligne de commande)`;

/** `charter audit --charter <file or URL> --har <file.har> [--csv …] [--json …] [--html …]`. */
export async function runAudit(args: readonly string[]): Promise<number> {
  const parsed = parseHarCommandOptions(args, ['csv', 'json', 'html'] as const);
  if (!parsed.ok) return usageError(parsed.message);
  const { options } = parsed;
  const input = await readHarAndCharter(options);
  if (!input.ok) return input.exitCode;
  const { har, charter: loaded } = input;
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
  return writeOutputs([
    [options.outputs.csv, () => evidenceToCsv(evidence)],
    [options.outputs.json, () => evidenceToJson(evidence)],
    [options.outputs.html, () => evidenceToHtml(evidence)],
  ]);
}
