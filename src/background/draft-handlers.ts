import { charterOrStandard } from '../core/charter/standard/index.ts';
import { buildCharterDraft } from '../core/draft/build-draft.ts';
import { draftHtmlBody, draftToHtml } from '../core/draft/render-html.ts';
import { draftToMarkdown } from '../core/draft/render-markdown.ts';
import { draftToText } from '../core/draft/render-text.ts';
import { exportFileName } from '../core/export/file-name.ts';
import { sayIn } from '../core/words/messages.ts';
import type { CharterDraftFiles } from '../messaging/protocol.ts';
import type { Handlers } from '../messaging/server.ts';
import { portalIsHttps, requirePortal, type HandlerDeps } from './handlers.ts';

/** The corrected charter of a portal, drafted from its record as the evidence is, in French, in its three forms. */
async function draftCharter(host: string, deps: HandlerDeps): Promise<CharterDraftFiles> {
  const record = await deps.recordStore.record(host);
  const madeAt = deps.now();
  const draft = buildCharterDraft({
    portalHost: host,
    portalIsHttps: portalIsHttps(host, deps.openTabs),
    charter: charterOrStandard(record.charter, madeAt),
    cookies: Object.values(record.cookies),
    audit: record.audit,
    knowledge: (await deps.knowledge()).cookies,
    observation: {
      kind: 'browser',
      browser: await deps.browser.runtime.browserInfo(),
      extensionVersion: deps.browser.runtime.extensionVersion(),
    },
    madeAt,
    say: sayIn(await deps.frenchMessages()),
  });
  const markdown = draftToMarkdown(draft);
  const file = (extension: 'md' | 'html' | 'txt', mimeType: string, content: string) => ({
    fileName: exportFileName(host, madeAt, extension, 'projet-de-charte'),
    mimeType,
    content,
  });
  return {
    markdown,
    html: draftHtmlBody(draft),
    files: {
      markdown: file('md', 'text/markdown;charset=utf-8', markdown),
      html: file('html', 'text/html;charset=utf-8', draftToHtml(draft)),
      text: file('txt', 'text/plain;charset=utf-8', draftToText(draft)),
    },
  };
}

/** The request for the corrected charter: drafted here, in the background; the popup only shows, copies and saves it. */
export function createDraftHandlers(deps: HandlerDeps): Pick<Handlers, 'draftCharter'> {
  return { draftCharter: async ({ host }) => draftCharter(await requirePortal(host, deps), deps) };
}
