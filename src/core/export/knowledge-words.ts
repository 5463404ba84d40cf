import { cnilCategoryLabel } from '../knowledge/categories.ts';
import { pagesStatingFacts } from '../knowledge/fact-pages.ts';
import type { CookieKnowledge, KnowledgeFact } from '../knowledge/types.ts';
import type { Say } from '../words/messages.ts';

/** What the exports say of an undeclared cookie, as the popup says it: each fact, and where it comes from. */
export interface KnowledgeWords {
  category: string;
  vendor: string;
  purpose: string;
  lifetime: string;
  /** Each vendor page stating a fact, with the day it was read; or the community source. */
  source: string;
}

export const noKnowledgeWords: KnowledgeWords = { category: '', vendor: '', purpose: '', lifetime: '', source: '' };

/**
 * The facts of the project's base, each marked when no vendor page read states it (unless none does: the source
 * then says so once, as in the popup); the Open Cookie Database's, with it as their source.
 */
export function knowledgeWords(knowledge: CookieKnowledge | null, say: Say): KnowledgeWords {
  if (!knowledge) return noKnowledgeWords;
  const { facts } = knowledge;
  const pages = pagesStatingFacts(facts);
  const isProject = knowledge.source.kind === 'project';
  const community = say('communityDescription');
  const marked = (fact: KnowledgeFact, words: string) =>
    isProject && pages.length > 0 && facts[fact] === null ? `${words} (${community})` : words;
  let source: string;
  if (!isProject) source = [say('exportOpenCookieDatabase'), knowledge.source.url].filter(Boolean).join(' : ');
  else if (pages.length === 0) source = community;
  else source = pages.map((page) => `${page.url} (${say('vendorDocumentationChecked', page.checked)})`).join(' ; ');
  return {
    category: marked('category', cnilCategoryLabel(knowledge.category, say)),
    vendor: marked('vendor', knowledge.vendor),
    purpose: marked('purpose', knowledge.purpose),
    lifetime: knowledge.typicalLifetime === null ? '' : marked('lifetime', knowledge.typicalLifetime),
    source,
  };
}
