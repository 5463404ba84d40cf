import { readFile } from 'node:fs/promises';
import { sayInBothAbout } from './messages.ts';

/** Reads a text file, or says why not (French / English). */
export async function readTextFile(path: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      ok: false,
      message: notFound
        ? sayInBothAbout('cliFileNotFound', path)
        : sayInBothAbout('cliCannotRead', `${path} (${String(error)})`),
    };
  }
}
