import { basename } from 'node:path';
import { buildCharterDraft } from '../../core/draft/build-draft.ts';
import { draftToHtml } from '../../core/draft/render-html.ts';
import { draftToMarkdown } from '../../core/draft/render-markdown.ts';
import { draftToText } from '../../core/draft/render-text.ts';
import { loadCookieKnowledge } from '../../core/knowledge/load.ts';
import { sayIn } from '../../core/words/messages.ts';
import { parseHarCommandOptions } from '../har-command-options.ts';
import { readHarAndCharter, writeOutputs } from '../har-input.ts';
import { frenchMessages } from '../messages.ts';
import { usageError } from '../usage.ts';

/**
 * `charter draft --charter <file or URL> --har <file.har> [--md …] [--html …]`: the corrected charter drafted from
 * the visit, in plain text on stdout, and in Markdown and HTML in the files asked for.
 */
export async function runDraft(args: readonly string[]): Promise<number> {
  const parsed = parseHarCommandOptions(args, ['md', 'html'] as const);
  if (!parsed.ok) return usageError(parsed.message);
  const { options } = parsed;
  const input = await readHarAndCharter(options);
  if (!input.ok) return input.exitCode;
  const { har, charter } = input;
  const draft = buildCharterDraft({
    portalHost: har.portalHost,
    portalIsHttps: har.portalUrl.startsWith('https:'),
    charter: charter.charter,
    cookies: har.cookies,
    audit: har.audit,
    knowledge: await loadCookieKnowledge(),
    // The file's name, never its path: the path may say who audited, and where they keep their files.
    observation: { kind: 'har', fileName: basename(options.har), entries: har.entries },
    requestOnlyCookies: har.requestOnlyCookies,
    madeAt: Date.now(),
    say: sayIn(frenchMessages),
  });
  process.stdout.write(draftToText(draft));
  return writeOutputs([
    [options.outputs.md, () => draftToMarkdown(draft)],
    [options.outputs.html, () => draftToHtml(draft)],
  ]);
}
