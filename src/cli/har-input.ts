import { writeFile } from 'node:fs/promises';
import { auditHar, type HarAudit } from '../core/har/har-audit.ts';
import type { HarProblem } from '../core/har/read-har.ts';
import { fail, EXIT_OK } from './exit.ts';
import { loadCharter, type LoadedCharter } from './load-charter.ts';
import { sayInBoth, sayInBothAbout } from './messages.ts';
import { readHarFile } from './read-har-file.ts';
import { usageError } from './usage.ts';

/** The message key of each way a file is not a HAR the commands can read. */
const HAR_PROBLEMS: Record<HarProblem, string> = {
  'not-json': 'cliHarNotJson',
  'not-a-har': 'cliHarNotHar',
  'no-entries': 'cliHarNoEntries',
};

export type HarInput =
  { ok: true; har: HarAudit; charter: Extract<LoadedCharter, { ok: true }> } | { ok: false; exitCode: number };

/**
 * What `audit` and `draft` both start from: the visit recorded in the HAR file, replayed as the extension records
 * cookies, and the charter as the user named it. Says on stderr what may make the recording incomplete.
 */
export async function readHarAndCharter(options: { charter: string; har: string }): Promise<HarInput> {
  const file = await readHarFile(options.har);
  if (!file.ok) return { ok: false, exitCode: fail(file.message) };
  const { reading } = file;
  if (!reading.ok) return { ok: false, exitCode: fail(sayInBothAbout(HAR_PROBLEMS[reading.problem], options.har)) };
  const har = auditHar(reading.log);
  if (!har) return { ok: false, exitCode: fail(sayInBothAbout('cliHarNoPage', options.har)) };
  const charter = await loadCharter(options.charter, Date.now);
  if (!charter.ok)
    return { ok: false, exitCode: charter.isUsage ? usageError(charter.message) : fail(charter.message) };

  if (har.setCookieLines === 0) process.stderr.write(`${sayInBoth('cliSanitizedHar')}\n`);
  if (reading.log.skippedEntries > 0) {
    process.stderr.write(`${sayInBoth('cliSkippedRequests', String(reading.log.skippedEntries))}\n`);
  }
  return { ok: true, har, charter };
}

/** Writes each file asked for (a null path: not asked), saying so on stderr; stops at the first that cannot be written. */
export async function writeOutputs(
  outputs: readonly [path: string | null, content: () => string | Promise<string>][],
): Promise<number> {
  for (const [path, content] of outputs) {
    if (path === null) continue;
    try {
      await writeFile(path, await content(), 'utf8');
    } catch (error) {
      return fail(sayInBothAbout('cliCannotWrite', `${path} (${String(error)})`));
    }
    process.stderr.write(`${sayInBothAbout('cliWritten', path)}\n`);
  }
  return EXIT_OK;
}
