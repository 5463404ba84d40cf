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
import { frenchMessages, sayInFrench } from '../messages.ts';
import { usageError } from '../usage.ts';

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
    extensionVersion: sayInFrench('cliToolVersion', packageJson.version),
    browser: har.browser
      ? { name: har.browser.name, version: sayInFrench('cliBrowserFromHar', har.browser.version).trim() }
      : { name: sayInFrench('exportUnknown'), version: '' },
    audit: har.audit,
    consent: har.consent,
    cookies: har.cookies,
    knowledge: await loadCookieKnowledge(),
    frenchMessages,
    exportedAt: Date.now(),
    requestOnlyCookies: har.requestOnlyCookies,
  });
  process.stdout.write(auditSummary(evidence, har, sayInFrench));
  return writeOutputs([
    [options.outputs.csv, () => evidenceToCsv(evidence, sayInFrench)],
    [options.outputs.json, () => evidenceToJson(evidence, sayInFrench)],
    [options.outputs.html, () => evidenceToHtml(evidence, sayInFrench)],
  ]);
}
