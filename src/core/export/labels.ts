import type { Party } from '../portal/site.ts';
import type { Say } from '../words/messages.ts';

/*
 * What the exports state as values rather than words: the JSON schema (evidence.schema.json) lists them, so they
 * stay as they are whatever the wording of the messages.
 */

export const partyLabels: Record<Party, '1re' | '3e'> = { first: '1re', third: '3e' };

export type EvidenceStatus = 'déclaré et observé' | 'non déclaré' | 'déclaré non observé';

/** Which standard charter stood in, and why that one: a record kept before both were shipped has the older. */
export function standardCharterLabel(
  source: { template?: 'older' | 'newer'; templateFromPortal?: true },
  say: Say,
): string {
  const template = say(source.template === 'newer' ? 'exportTemplateNewer' : 'exportTemplateOlder');
  return say('exportStandardCharter', source.templateFromPortal ? say('exportTemplateFromPortal', template) : template);
}
