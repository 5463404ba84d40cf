import type { Charter } from '../../core/charter/types.ts';
import { keptUrl } from '../../core/url/kept-url.ts';
import { visibleText, withInvisibleEscaped } from '../../core/report/visible-name.ts';
import { describeFallbackReason } from '../describe-reason.ts';
import { EXIT_OK, fail } from '../exit.ts';
import { usageError } from '../usage.ts';
import { sayInBothAbout } from '../messages.ts';
import { loadCharter } from '../load-charter.ts';

/** `charter <file or URL>`: prints the declared cookies as JSON. */
export async function printDeclared(target: string): Promise<number> {
  const loaded = await loadCharter(target, Date.now);
  if (!loaded.ok) return loaded.isUsage ? usageError(loaded.message) : fail(loaded.message);
  if (loaded.target === 'portal') process.stderr.write(`${visibleText(whereRead(loaded.charter))}\n`);
  process.stdout.write(`${withInvisibleEscaped(JSON.stringify(loaded.charter.declared, null, 2))}\n`);
  return EXIT_OK;
}

function whereRead({ source }: Charter): string {
  return source.kind === 'portal'
    ? sayInBothAbout('cliCharterReadFrom', keptUrl(source.url) || source.url)
    : sayInBothAbout('cliStandardCharterUsed', describeFallbackReason(source.reason));
}
