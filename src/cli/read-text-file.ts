import { readFile } from 'node:fs/promises';
import { sayInBothAbout } from './messages.ts';

/** Why a file could not be opened or read (French / English): not found, or the system's own words. */
export function fileProblem(path: string, error: unknown): string {
  const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
  return notFound
    ? sayInBothAbout('cliFileNotFound', path)
    : sayInBothAbout('cliCannotRead', `${path} (${String(error)})`);
}

/** Reads a text file, or says why not (French / English). */
export async function readTextFile(path: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    return { ok: false, message: fileProblem(path, error) };
  }
}
