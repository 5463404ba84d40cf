import { runAudit } from './commands/audit.ts';
import { runDraft } from './commands/draft.ts';
import { printDeclared } from './commands/declared.ts';
import { EXIT_OK } from './exit.ts';
import { sayInBoth } from './messages.ts';
import { USAGE, usageError } from './usage.ts';

/**
 * `charter <file or URL>` prints what a charter declares; `charter audit …` audits a HAR recording against it;
 * `charter draft …` drafts the corrected charter from it.
 */
async function main(args: readonly string[]): Promise<number> {
  const [first, ...rest] = args;
  const isHelp = (arg: string | undefined) => arg === '-h' || arg === '--help';
  const isCommand = first === 'audit' || first === 'draft';
  if ((args.length === 1 && isHelp(first)) || (isCommand && rest.length === 1 && isHelp(rest[0]))) {
    process.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (first === 'audit') return runAudit(rest);
  if (first === 'draft') return runDraft(rest);
  if (args.length !== 1 || !first) return usageError(sayInBoth('cliOneArgument'));
  return printDeclared(first);
}

process.exitCode = await main(process.argv.slice(2));
