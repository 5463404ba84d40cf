import { visibleText } from '../core/report/visible-name.ts';

/**
 * The command line's exit codes, and how it reports a failure (in French and English, on stderr); a message may
 * quote a page (a charter's column titles), so its invisible and control characters are made visible.
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function fail(message: string): number {
  process.stderr.write(`${visibleText(message)}\n`);
  return EXIT_FAILED;
}
