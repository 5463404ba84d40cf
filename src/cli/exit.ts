/** The command line's exit codes, and how it reports a failure (in French and English, on stderr). */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return EXIT_FAILED;
}
