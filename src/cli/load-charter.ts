import { basename } from 'node:path';
import { fetchPage } from '../adapters/fetch-page.ts';
import { parseCharter } from '../core/charter/parse.ts';
import { readPortalCharter, type PageFetcher } from '../core/charter/read.ts';
import type { Charter } from '../core/charter/types.ts';
import { describeFallbackReason } from './describe-reason.ts';
import { sayInBothAbout } from './messages.ts';
import { readTextFile } from './read-text-file.ts';

export type CharterTarget = 'file' | 'page' | 'portal';

export type LoadedCharter =
  /** `text`: the page or file the charter was read from, for its hash; null when the standard charter stands in. */
  | { ok: true; target: CharterTarget; charter: Charter; text: string | null }
  | { ok: false; message: string; isUsage: boolean };

/**
 * Reads a charter the way the user named it: a saved file, a charter page, or a portal's origin (whose charter is
 * looked for as the extension does, the standard one standing in). A file or page declaring nothing is a failure.
 */
export async function loadCharter(target: string, now: () => number): Promise<LoadedCharter> {
  if (!/^https?:\/\//i.test(target)) {
    const file = await readTextFile(target);
    if (!file.ok) return { ok: false, message: file.message, isUsage: false };
    // Exports name the file, never its absolute path: the path may say who audited, and where they keep their files.
    return declaredOrFailure('file', file.text, basename(target), target, now);
  }
  const url = URL.canParse(target) ? new URL(target) : null;
  if (!url) return { ok: false, message: sayInBothAbout('cliInvalidUrl', target), isUsage: true };
  if (url.pathname === '/' && url.search === '' && url.hash === '') return readPortal(url.origin, now);
  const page = await fetchPage(url.href);
  if (!page.ok)
    return {
      ok: false,
      message: sayInBothAbout('cliCannotReadPage', describeFallbackReason(page.reason)),
      isUsage: false,
    };
  return declaredOrFailure('page', page.text, page.url, page.url, now);
}

function declaredOrFailure(
  target: CharterTarget,
  text: string,
  url: string,
  shownAs: string,
  now: () => number,
): LoadedCharter {
  const declared = parseCharter(text);
  if (declared.length === 0) return { ok: false, message: sayInBothAbout('cliNoCookieTable', shownAs), isUsage: false };
  return { ok: true, target, charter: { declared, source: { kind: 'portal', url, readAt: now() } }, text };
}

/** The portal's own charter, keeping the text of the page it was read from. */
async function readPortal(origin: string, now: () => number): Promise<LoadedCharter> {
  const texts = new Map<string, string>();
  const keepingText: PageFetcher = async (url, policy) => {
    const page = await fetchPage(url, policy);
    if (page.ok) texts.set(page.url, page.text);
    return page;
  };
  const charter = await readPortalCharter(origin, keepingText, now);
  return {
    ok: true,
    target: 'portal',
    charter,
    text: charter.source.kind === 'portal' ? (texts.get(charter.source.url) ?? null) : null,
  };
}
