import { writeFile } from 'node:fs/promises';
import { auditHar, type HarAudit } from '../core/har/har-audit.ts';
import type { HarProblem } from '../core/har/read-har.ts';
import { fail, EXIT_OK } from './exit.ts';
import { loadCharter, type LoadedCharter } from './load-charter.ts';
import { readHarFile } from './read-har-file.ts';
import { usageError } from './usage.ts';

const HAR_PROBLEMS: Record<HarProblem, string> = {
  'not-json': "Ce fichier n'est pas du JSON / This file is not JSON",
  'not-a-har': "Ce fichier n'est pas un HAR (pas de log.entries) / This file is not a HAR (no log.entries)",
  'no-entries': 'Aucune requête lisible dans ce HAR / No readable request in this HAR',
};

const SANITIZED_HAR_WARNING =
  "Attention : aucun en-tête Set-Cookie dans ce fichier. Enregistré sans les données sensibles ? Dans Chrome, utilisez « Export HAR (with sensitive data) ». / Warning: no Set-Cookie header in this file. Saved without sensitive data? In Chrome, use \"Export HAR (with sensitive data)\".";

export type HarInput = { ok: true; har: HarAudit; charter: Extract<LoadedCharter, { ok: true }> } | { ok: false; exitCode: number };

/**
 * What `audit` and `draft` both start from: the visit recorded in the HAR file, replayed as the extension records
 * cookies, and the charter as the user named it. Says on stderr what may make the recording incomplete.
 */
export async function readHarAndCharter(options: { charter: string; har: string }): Promise<HarInput> {
  const file = await readHarFile(options.har);
  if (!file.ok) return { ok: false, exitCode: fail(file.message) };
  const { reading } = file;
  if (!reading.ok) return { ok: false, exitCode: fail(`${HAR_PROBLEMS[reading.problem]} : ${options.har}`) };
  const har = auditHar(reading.log);
  if (!har) return { ok: false, exitCode: fail(`Aucune page web dans ce HAR / No web page in this HAR : ${options.har}`) };
  const charter = await loadCharter(options.charter, Date.now);
  if (!charter.ok) return { ok: false, exitCode: charter.isUsage ? usageError(charter.message) : fail(charter.message) };

  if (har.setCookieLines === 0) process.stderr.write(`${SANITIZED_HAR_WARNING}\n`);
  if (reading.log.skippedEntries > 0) {
    const skipped = reading.log.skippedEntries;
    process.stderr.write(`Requêtes illisibles (date ou adresse) ignorées : ${skipped} / Unreadable requests (time or URL) skipped: ${skipped}\n`);
  }
  return { ok: true, har, charter };
}

/** Writes each file asked for (a null path: not asked), saying so on stderr; stops at the first that cannot be written. */
export async function writeOutputs(outputs: readonly [path: string | null, content: () => string | Promise<string>][]): Promise<number> {
  for (const [path, content] of outputs) {
    if (path === null) continue;
    try {
      await writeFile(path, await content(), 'utf8');
    } catch (error) {
      return fail(`Écriture impossible / Cannot write : ${path} (${String(error)})`);
    }
    process.stderr.write(`Écrit / Written : ${path}\n`);
  }
  return EXIT_OK;
}
