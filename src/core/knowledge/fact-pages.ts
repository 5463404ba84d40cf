import { knowledgeFacts, type FactSources, type SourcePage } from './types.ts';

/**
 * Each vendor page that states a fact, once, in the order of the facts. By address: knowledge that crossed the
 * message boundary as JSON holds one copy of a page per fact.
 */
export function pagesStatingFacts(facts: FactSources): SourcePage[] {
  return [...new Map(knowledgeFacts.flatMap((fact) => facts[fact] ?? []).map((page) => [page.url, page])).values()];
}
